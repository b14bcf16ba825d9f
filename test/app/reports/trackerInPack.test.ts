import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAgendaItem } from '../../../src/app/agenda/agendaItems.js';
import type { PackMaker } from '../../../src/app/agenda/agendaPackDocument.js';
import { publishAgenda } from '../../../src/app/agenda/publishAgenda.js';
import { readAgenda } from '../../../src/app/agenda/readAgenda.js';
import { startAgenda } from '../../../src/app/agenda/startAgenda.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { TRACKER_PAPER_TITLE } from '../../../src/app/reports/trackerPackPaper.js';
import type { Account } from '../../../src/domain/account.js';
import { buildAgendaPack } from '../../../src/publish/documentPack/agendaPack.js';
import { PaperFiles } from '../../../src/store/files/paperFiles.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { pageTexts, writeTemp } from '../../publish/documentPack/pdfTools.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { ON_TIME, seedAgendaWorld } from '../../web/workspace/agendaFixtures.js';

const NOW = ON_TIME.toISOString();

for (const dialect of DIALECTS) {
  describe(`${dialect}: the tracker report in the document pack`, () => {
    let t: TestStore;
    let dir: string;
    let meetingId: string;
    let clerk: Account;
    let version: number;

    beforeEach(async () => {
      t = await testStore(dialect);
      ({ meetingId } = await seedAgendaWorld(t.store));
      // An earlier meeting of the same committee made two recommendations, one under an exempt item.
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2027-01-20',
          declarations: [],
          items: [
            {
              minuteNumber: '12',
              title: 'Coastal Flood Defence Programme',
              resolutions: [
                {
                  label: '1',
                  text: 'to recommend that the Executive publishes a flood risk map',
                  kind: 'recommendation',
                },
              ],
            },
            {
              minuteNumber: '13',
              title: 'Sale of the depot',
              isExempt: true,
              resolutions: [{ label: '1', text: 'to recommend the Hiddenprice valuation', kind: 'recommendation' }],
            },
          ],
        }),
        { sourceDocumentId: null },
      );
      await dbOf(t.store)
        .updateTable('recommendations')
        .set({ decisionMaker: 'Executive', responseDueOn: '2027-03-25', status: 'sent' })
        .execute();
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quorum-tracker-pack-'));
      clerk = (await t.store.repos.accounts.findByEmail('clerk@council.example'))!;
      ({ version } = await startAgenda(t.store, clerk, { meetingId }, NOW));
    });
    afterEach(async () => {
      await t?.drop();
      await fs.rm(dir, { recursive: true, force: true });
    });

    const maker = (): PackMaker => ({ files: new PaperFiles(dir), build: buildAgendaPack });
    async function publishWith(title: string) {
      await addAgendaItem(
        t.store,
        clerk,
        { meetingId, version, title, description: '', exempt: false, exemptParagraph: '' },
        NOW,
      );
      version = (await readAgenda(t.store, clerk, meetingId, NOW)).version!;
      const published = await publishAgenda(
        t.store,
        clerk,
        { meetingId, version, lateReason: '', notice: '' },
        NOW,
        maker(),
      );
      const bytes = (await t.store.public.documents.original(published.pack!.documentId))!.bytes;
      return pageTexts(writeTemp(bytes));
    }

    it('should carry the report under the tracker item, listed on the front sheet', async () => {
      const pages = await publishWith('Scrutiny recommendation tracker');
      expect(pages[0]).toContain('Scrutiny recommendation tracker');
      expect(pages[0]).toContain(TRACKER_PAPER_TITLE);
      // Table cells wrap over lines: the words in order are what matter.
      const report = pages.slice(1).join('\n').replace(/\s+/g, ' ');
      expect(report).toContain('Recommendation tracker');
      expect(report).toContain('Harbourside Overview and Scrutiny Committee');
      expect(report).toContain('Coastal Flood Defence Programme');
      // The table's columns interleave in pdftotext's reading order: the words, in order, and the reference.
      expect(report).toMatch(/to recommend that the[\s\S]*Executive publishes a flood[\s\S]*risk map/);
      expect(report).toContain('2026/27-01');
      expect(report).toContain('Awaiting response');
      expect(report).not.toContain('Hiddenprice');
      // The pack's own page stamp runs on over the report's pages.
      pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1}`));
    });

    it('should leave it out when no item is the tracker', async () => {
      const pages = await publishWith('Library opening hours');
      expect(pages.join('\n')).not.toContain(TRACKER_PAPER_TITLE);
      expect(pages.join('\n')).not.toContain('flood risk map');
    });
  });
}
