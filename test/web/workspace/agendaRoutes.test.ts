import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agendaForPack } from '../../../src/app/agenda/agendaForPack.js';
import { PaperFiles } from '../../../src/store/files/paperFiles.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { agendaApp, Clerk, LATE, makePdf, seedAgendaWorld, type AgendaApp } from './agendaFixtures.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the agenda in the workspace`, () => {
    let t: TestStore;
    let env: AgendaApp;
    let meetingId: string;
    let otherMeetingId: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      ({ meetingId, otherMeetingId } = await seedAgendaWorld(t.store));
      env = await agendaApp(t.store, { uploadMaxBytes: 8 * 1024 });
    });
    afterEach(async () => {
      await t?.drop();
      if (env) await fs.rm(env.dataDir, { recursive: true, force: true });
    });

    it('should start with the standard items, keep drafts off the public page, reorder, and keep published numbers', async () => {
      const clerk = await new Clerk(env.app, meetingId).signIn();
      expect((await clerk.start()).status).toBe(303);
      expect((await clerk.items()).map((i) => i.title)).toEqual([
        'Apologies for absence',
        'Declarations of interests',
        'Minutes of the last meeting',
        'Work programme',
      ]);
      expect((await clerk.addItem('Library opening hours')).status).toBe(303);
      const library = (await clerk.items()).at(-1)!;
      expect((await clerk.move(library.id, 'up')).status).toBe(303);
      expect((await clerk.items()).map((i) => [i.number, i.title])).toEqual([
        ['1', 'Apologies for absence'],
        ['2', 'Declarations of interests'],
        ['3', 'Minutes of the last meeting'],
        ['4', 'Library opening hours'],
        ['5', 'Work programme'],
      ]);
      // A draft is the clerk's alone.
      expect(await (await env.app.request(`/meetings/${meetingId}`)).text()).not.toContain('Library opening hours');

      const published = await clerk.publish();
      expect(published.status).toBe(303);
      const confirmation = await clerk.browser.request(published.headers.get('location')!);
      expect(confirmation.status).toBe(200);
      expect(await confirmation.text()).toContain('Agenda published');
      const page = await (await env.app.request(`/meetings/${meetingId}`)).text();
      expect(page).toContain('Library opening hours');
      expect(page).toContain('Agenda published');

      // After publication: a new item moved between 2 and 3 gets "2A"; a new last item gets 6.
      await clerk.addItem('Bus lane consultation');
      await clerk.addItem('Urgent: flood grant');
      const bus = (await clerk.items()).find((i) => i.title === 'Bus lane consultation')!;
      await clerk.move(bus.id, 'up');
      await clerk.move(bus.id, 'up');
      await clerk.move(bus.id, 'up');
      const refused = await clerk.publish();
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('Enter what changed');
      expect((await clerk.publish({ notice: 'Two items added: the bus lane and a flood grant.' })).status).toBe(303);
      expect((await clerk.items()).map((i) => `${i.number} ${i.title}`)).toEqual([
        '1 Apologies for absence',
        '2 Declarations of interests',
        '2A Bus lane consultation',
        '3 Minutes of the last meeting',
        '4 Library opening hours',
        '5 Work programme',
        '6 Urgent: flood grant',
      ]);
      const after = await (await env.app.request(`/meetings/${meetingId}`)).text();
      expect(after).toContain('The agenda has changed');
      expect(after).toContain('Two items added: the bus lane and a flood grant.');
      expect(after).toContain('Item 2A');
      const audit = (await t.store.repos.audit.list({ limit: 100 })).map((e) => e.action);
      expect(audit).toEqual(
        expect.arrayContaining([
          'agenda.start',
          'agenda.item.add',
          'agenda.item.move',
          'agenda.publish.agenda',
          'agenda.publish.supplementary',
        ]),
      );
    });

    it('should check uploads from their bytes: refuse what is not a PDF or too big, keep one file per content', async () => {
      const clerk = await new Clerk(env.app, meetingId).signIn();
      await clerk.start();
      const item = (await clerk.items())[2]!;
      const fake = new TextEncoder().encode('<html>not a pdf at all</html>');
      const notPdf = await clerk.upload(item.id, fake, 'Minutes of 4 February', 'minutes.pdf');
      expect(notPdf.status).toBe(400);
      const html = await notPdf.text();
      expect(html).toContain('The file must be a PDF');
      expect(html).toContain('value="Minutes of 4 February"');
      const damaged = await clerk.upload(item.id, new TextEncoder().encode('%PDF-1.7\nnothing else'), 'Damaged');
      expect(damaged.status).toBe(400);
      expect(await damaged.text()).toContain('cannot be opened');
      const big = await makePdf('x'.repeat(80), 60);
      expect(big.byteLength).toBeGreaterThan(8 * 1024);
      const tooBig = await clerk.upload(item.id, big, 'Huge');
      expect(tooBig.status).toBe(400);
      expect(await tooBig.text()).toContain('smaller than');

      // Far over the limit: cut off as it arrives (413), before anything reads it whole.
      const huge = await clerk.upload(item.id, new Uint8Array(200 * 1024), 'Huge');
      expect(huge.status).toBe(413);
      const pdf = await makePdf('Minutes of the meeting of 4 February', 2);
      expect((await clerk.upload(item.id, pdf, 'Minutes of 4 February')).status).toBe(303);
      expect((await clerk.upload(item.id, pdf, 'The same minutes again')).status).toBe(303);
      const stored = await fs.readdir(path.join(env.dataDir, 'uploads'));
      expect(stored).toEqual([`${PaperFiles.hashOf(pdf)}.pdf`]);

      // Public once published, and the pack can read it.
      expect(await (await env.app.request(`/meetings/${meetingId}`)).text()).not.toContain('/papers/');
      await clerk.publish();
      const page = await (await env.app.request(`/meetings/${meetingId}`)).text();
      const link = /href="(\/papers\/[^"]+)"/.exec(page)![1]!;
      const served = await env.app.request(link);
      expect(served.headers.get('content-type')).toBe('application/pdf');
      expect(new Uint8Array(await served.arrayBuffer())).toEqual(pdf);
      const pack = await agendaForPack(t.store, new PaperFiles(path.join(env.dataDir, 'uploads')), meetingId);
      expect(pack.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
      expect(pack.items[2]!.papers.map((p) => p.title)).toEqual(['Minutes of 4 February', 'The same minutes again']);
      expect(await pack.items[2]!.papers[0]!.bytes()).toEqual(pdf);
    });

    it('should ask for the Schedule 12A paragraph of an exempt item and withhold its report', async () => {
      const clerk = await new Clerk(env.app, meetingId).signIn();
      await clerk.start();
      const missing = await clerk.addItem('Sale of the depot', { exempt: 'yes', description: 'Offer from QUILLBY' });
      expect(missing.status).toBe(400);
      const html = await missing.text();
      expect(html).toContain('choose the paragraph of Schedule 12A'.replace(/^c/, 'C'));
      expect(html).toContain('Offer from QUILLBY');
      await clerk.addItem('Sale of the depot', {
        exempt: 'yes',
        exemptParagraph: '3',
        description: 'Offer from QUILLBY',
      });
      const depot = (await clerk.items()).find((i) => i.title === 'Sale of the depot')!;
      await clerk.upload(depot.id, await makePdf('QUILLBY offers 4.1 million'), 'Valuation by QUILLBY');
      await clerk.publish();
      const page = await (await env.app.request(`/meetings/${meetingId}`)).text();
      expect(page).toContain('Sale of the depot');
      expect(page).toContain('paragraph 3 of Schedule 12A');
      expect(page).not.toContain('QUILLBY');
      expect(page).not.toContain('/papers/');
      const paperId = (await t.store.repos.agendas.papers(meetingId))[0]!.id;
      expect((await env.app.request(`/papers/${paperId}`)).status).toBe(404);
    });

    it('should refuse a change made from a stale page with 409, the current agenda and the typed text', async () => {
      const first = await new Clerk(env.app, meetingId).signIn();
      await first.start();
      const second = await new Clerk(env.app, meetingId).signIn('admin@council.example');
      const stale = await second.formState();
      expect((await first.addItem('Parks strategy')).status).toBe(303);
      const res = await second.post(
        `${second.agenda}/items`,
        { title: 'Allotment rents <review>', description: 'typed with care', exemptParagraph: '' },
        stale,
      );
      expect(res.status).toBe(409);
      const html = await res.text();
      expect(html).toContain('Someone else changed this agenda since you opened it');
      expect(html).toContain('your change was not saved');
      expect(html).toContain('Parks strategy');
      expect(html).toContain('value="Allotment rents &lt;review&gt;"');
      expect(html).toContain('typed with care');
      expect((await first.items()).map((i) => i.title)).not.toContain('Allotment rents <review>');
      const items = await first.items();
      const moved = await second.post(`${second.agenda}/items/${items[1]!.id}/move`, { direction: 'up' }, stale);
      expect(moved.status).toBe(409);
    });

    it('should refuse a clerk of another body (403) and a councillor', async () => {
      const clerk = await new Clerk(env.app, meetingId).signIn();
      await clerk.start();
      const other = await new Clerk(env.app, meetingId).signIn('planning.clerk@council.example');
      expect((await other.browser.request(other.agenda)).status).toBe(403);
      const { csrf } = await other.formState(`/workspace/meetings/${otherMeetingId}/agenda`);
      const res = await other.post(
        `${other.agenda}/items`,
        { title: 'Not mine', exemptParagraph: '' },
        { csrf, version: '1' },
      );
      expect(res.status).toBe(403);
      expect((await clerk.items()).map((i) => i.title)).not.toContain('Not mine');
      const cllr = await new Clerk(env.app, meetingId).signIn('cllr@council.example');
      expect((await cllr.browser.request(cllr.agenda)).status).toBe(403);
    });

    it('should warn when publication is late and require the reason, which the public page then shows', async () => {
      env.clock.now = LATE;
      const clerk = await new Clerk(env.app, meetingId).signIn();
      await clerk.start();
      const form = await (await clerk.browser.request(`${clerk.agenda}/publish`)).text();
      expect(form).toContain('this agenda is late');
      expect(form).toContain('10 March 2027');
      const refused = await clerk.publish();
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('Enter the reason the agenda is published late');
      expect((await clerk.publish({ lateReason: 'The budget figures came late from the auditors.' })).status).toBe(303);
      const page = await (await env.app.request(`/meetings/${meetingId}`)).text();
      expect(page).toContain('The budget figures came late from the auditors.');
      const [publication] = await t.store.repos.agendas.publications(meetingId);
      expect(publication).toMatchObject({ isLate: true, deadline: '2027-03-10' });
    });
  });
}
