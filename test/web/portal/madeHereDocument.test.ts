import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packOrigin } from '../../../src/app/agenda/agendaPackDocument.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { isMadeHere } from '../../../src/domain/sourceDocument.js';
import { createApp } from '../../../src/web/app.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { numberedPdf } from '../../publish/numberedPdf.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

describe('isMadeHere', () => {
  it('should tell a pack Quorum built from an imported file or page', () => {
    expect(isMadeHere({ origin: packOrigin('m1') })).toBe(true);
    expect(isMadeHere({ origin: 'https://council.example/pack.pdf' })).toBe(false);
    expect(isMadeHere({ origin: 'minutes/quorum:odd-name.txt' })).toBe(false);
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: the page of a document Quorum made`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let made: string;
    let imported: string;
    beforeAll(async () => {
      t = await testStore(dialect);
      const bytes = await numberedPdf(2);
      const store = (origin: string, text: string) =>
        t.store.repos.documents.store({
          bytes: new Uint8Array([...bytes, ...new TextEncoder().encode(`%${text}`)]),
          mediaType: 'application/pdf',
          origin,
          title: 'Agenda pack',
          text,
          pageStarts: [],
          now: '2025-03-05T10:00:00.000Z',
        });
      made = (await store(packOrigin('m1'), 'Agenda pack made here')).document.id;
      imported = (await store('/srv/imports/pack.pdf', 'Agenda pack imported')).document.id;
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: made });
      await recordMeeting(t.store, buildMeetingRecord({ date: '2025-04-09' }), { sourceDocumentId: imported });
      app = createApp(t.store, { today: () => '2025-03-20' });
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should say the council published it here, not that its address went unrecorded', async () => {
      const html = await (await app.request(`/documents/${made}`)).text();
      expect(html).toContain('On this site: the council published it through Quorum.');
      expect(html).toContain('>Published</dt>');
      expect(html).not.toContain('was not recorded when it was imported');
      expect(html).not.toContain('quorum:agenda-pack');
      const other = await (await app.request(`/documents/${imported}`)).text();
      expect(other).toContain('was not recorded when it was imported');
      expect(other).toContain('>Imported</dt>');
    });
  });
}
