import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { createApp } from '../../../src/web/app.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

/** Result titles of a search page, in order, tags and entities undone. */
function resultTitles(html: string): string[] {
  return [...html.matchAll(/<h3 class="govuk-heading-s"><a class="govuk-link" href="[^"]*">([^<]*)<\/a>/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'"),
  );
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: search pages that answer questions`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    beforeAll(async () => {
      t = await testStore(dialect);
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          body: { name: 'Children and Young People Scrutiny Committee' },
          date: '2024-05-15',
          items: [
            {
              minuteNumber: '7',
              title: 'Improving Outcomes for Children with Special Educational Need and/or Disability',
              minutesText: 'Members asked about waiting times for assessments.',
            },
            {
              minuteNumber: '8',
              title: 'Transport policy',
              // Neither "the" nor the abbreviation: a short entry that common words must not leave out.
              minutesText: 'Buses to send pupils to schools.',
            },
            { minuteNumber: '9', title: 'Youth Offer', minutesText: 'Funding for youth clubs.' },
          ],
          attendance: [
            { name: 'Councillor Cheryl Barnard', kind: 'present', roleText: 'Chair' },
            { name: 'Councillor Samuel Okonkwo', kind: 'present' },
            {
              name: 'Ailsa Barr',
              kind: 'in_attendance',
              capacity: 'officer',
              roleText: 'Director of Children’s Services',
            },
          ],
          declarations: [],
        }),
        { sourceDocumentId: null },
      );
      app = createApp(t.store, { today: () => '2024-06-01' });
    });
    afterAll(async () => {
      await t?.drop();
    });

    const page = async (query: string) => (await app.request(`/search?${query}`)).text();

    it('should name the committee and the meeting’s date in words in each result', async () => {
      const html = await page('q=youth');
      expect(resultTitles(html)[0]).toBe('Youth Offer');
      expect(html).toContain(
        'Agenda item, Children and Young People Scrutiny Committee, meeting of Wednesday 15 May 2024',
      );
      const meetings = await page('q=transport&kind=meeting');
      expect(resultTitles(meetings)).toEqual(['Children and Young People Scrutiny Committee, Wednesday 15 May 2024']);
      expect(meetings).not.toContain('2024-05-15</a>');
    });

    it('should not count common words such as "the" against a match', async () => {
      // Neither item holds "the"; the meeting, whose entry lists its items' titles, is found too.
      expect(resultTitles(await page('q=the+youth+offer&kind=item'))).toEqual(['Youth Offer']);
      expect(resultTitles(await page('q=buses+to+the+schools&kind=item'))).toEqual(['Transport policy']);
      // A query of common words alone still searches for them.
      expect((await t.store.public.search.search({ text: 'for', limit: 5, offset: 0 })).total).toBeGreaterThan(0);
    });

    it('should find an item by the abbreviation its title spells out, in capitals or with full stops', async () => {
      for (const q of ['SEND', 'S.E.N.D.', 'send']) {
        const titles = resultTitles(await page(`q=${encodeURIComponent(q)}`));
        expect(titles[0], q).toBe('Improving Outcomes for Children with Special Educational Need and/or Disability');
      }
      const results = await t.store.public.search.search({ text: 'SEND', limit: 10, offset: 0 });
      expect(results.hits.map((h) => h.title)).toContain('Transport policy');
    });

    it('should show people among the results, a misspelt name finding the person', async () => {
      const exact = await page('q=Barnard');
      expect(exact).toMatch(/<h2 class="govuk-heading-m">People<\/h2>/);
      expect(exact).toContain('href="/people/cheryl-barnard">Cheryl Barnard</a>, Councillor');
      for (const q of ['Barnrd', 'Cheryl Barnad', 'Chreyl Barnard', 'Okonkow', 'Sam Okonkwo']) {
        const html = await page(`q=${encodeURIComponent(q)}`);
        const person = q.includes('Okon') ? 'samuel-okonkwo' : 'cheryl-barnard';
        expect(html, q).toContain(`href="/people/${person}"`);
      }
      expect(await page('q=Barnrd')).toContain('Spelt differently from “Barnrd”');
      expect(await page('q=Ailsa+Barr')).toContain('href="/people/ailsa-barr">Ailsa Barr</a>, Officer');
      // A different given name is a different person; a topic word is no one.
      expect(await page('q=John+Barnard')).not.toContain('/people/cheryl-barnard');
      expect(await page('q=waiting+times')).not.toContain('>People</h2>');
    });

    it('should find people through the same public search code on either engine', async () => {
      const found = await t.store.public.search.people('Barnad', 5);
      expect(found.map((p) => [p.slug, p.kind, p.respelt])).toEqual([['cheryl-barnard', 'councillor', true]]);
      expect(await t.store.public.search.people('zz', 5)).toEqual([]);
    });
  });
}
