import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aknExportFormat } from '../../../src/publish/akn/aknExport.js';
import { minutesAkn } from '../../../src/publish/akn/meetingMinutesAkn.js';
import type { MeetingMinutes } from '../../../src/store/public/record/recordMinutes.js';
import { createApp } from '../../../src/web/app.js';
import { exportText } from '../exportFixtures.js';
import {
  addMeetingResolutionsFixture,
  HOSTILE_RESOLUTION,
  SECOND_RESOLUTION,
  type MeetingResolutionsFixture,
} from '../meetingResolutionsFixture.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { aknProblems } from './aknCheck.js';

const BASE = 'https://council.example';

type Element = ReturnType<typeof findAll>[number];

/** Every `#…` reference (refersTo, href, by, source) names an eId of the same document. */
function danglingRefs(xml: string): string[] {
  const eIds = new Set([...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]));
  const refs = [...xml.matchAll(/ (?:refersTo|href|by|source)="#([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(refs.filter((r) => !eIds.has(r)))];
}

function sections(xml: string): Element[] {
  return findAll((e) => e.name === 'debateSection', parseDocument(xml, { xmlMode: true }).children);
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: a meeting's own resolutions in Akoma Ntoso`, () => {
    let t: TestStore;
    let f: MeetingResolutionsFixture;
    let own: string;
    let withItems: string;
    beforeAll(async () => {
      t = await testStore(dialect);
      f = await addMeetingResolutionsFixture(t.store);
      const minutes = async (meetingId: string): Promise<MeetingMinutes> => {
        for await (const page of t.store.public.record.minutes.stream({ meetingId }, 1)) return page[0]!;
        throw new Error(`no minutes for ${meetingId}`);
      };
      own = minutesAkn(await minutes(f.ownMeetingId), { baseUrl: BASE, generatedOn: '2026-01-01' });
      withItems = minutesAkn(await minutes(f.itemMeetingId), { baseUrl: BASE, generatedOn: '2026-01-01' });
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should give them a debate section of their own, not an agenda item, valid against the schema', async () => {
      expect(await aknProblems(own)).toEqual([]);
      expect(danglingRefs(own)).toEqual([]);
      const all = sections(own);
      expect(all.map((s) => getAttributeValue(s, 'name'))).toEqual(['meetingResolutions']);
      const section = all[0]!;
      expect(getAttributeValue(section, 'eId')).toBe('dbsect_resolutions');
      expect(textContent(findAll((e) => e.name === 'heading', [section])[0]!)).toBe('Resolutions');
      const entries = findAll((e) => e.name === 'item', [section]);
      expect(entries.map((e) => getAttributeValue(e, 'class'))).toEqual(['resolution request', 'resolution decision']);
      const first = findAll((e) => e.name === 'p', [entries[0]!]).map(textContent);
      expect(first).toEqual([HOSTILE_RESOLUTION]);
      expect(textContent(entries[1]!)).toContain(SECOND_RESOLUTION);
      expect(own).not.toContain('No minutes are recorded for this meeting.');
    });

    it('should keep their text as text', () => {
      expect(own).not.toContain('<script>');
      expect(own).toContain('&lt;script&gt;alert("shelter")&lt;/script&gt; &amp; report back');
    });

    it("should give the vote on one as an item's are: counted quantities and the result", () => {
      const entry = findAll((e) => e.name === 'item', sections(own))[1]!;
      const quantities = findAll((e) => e.name === 'quantity', [entry]);
      expect(quantities.map((q) => [getAttributeValue(q, 'refersTo'), getAttributeValue(q, 'normalized')])).toEqual([
        ['#vote_for', '4'],
        ['#vote_against', '1'],
        ['#vote_abstain', '0'],
      ]);
      expect(
        textContent(findAll((e) => e.name === 'p' && getAttributeValue(e, 'class') === 'result carried', [entry])[0]!),
      ).toBe('Carried.');
    });

    it("should keep an item's resolutions in its agenda item's section, and add no section where a meeting has none", async () => {
      expect(await aknProblems(withItems)).toEqual([]);
      const all = sections(withItems);
      expect(all.every((s) => getAttributeValue(s, 'name') === 'agendaItem')).toBe(true);
      const flood = all.find((s) => textContent(s).includes('Coastal Flood Defence Programme'))!;
      expect(
        findAll((e) => e.name === 'item', [flood]).map((e) => textContent(findAll((p) => p.name === 'p', [e])[0]!)),
      ).toEqual([
        'to note the progress of the programme',
        'to recommend that the Executive publishes a flood risk map',
      ]);
    });

    it("should be in the whole export and the API's minutes.akn", async () => {
      const collection = await exportText(t.store, aknExportFormat, { baseUrl: BASE });
      expect(await aknProblems(collection)).toEqual([]);
      expect(danglingRefs(collection)).toEqual([]);
      expect(collection).toMatch(/eId="cmp_\d+__dbsect_resolutions"/);
      const res = await createApp(t.store, { baseUrl: BASE }).request(`/api/v1/meetings/${f.ownMeetingId}/minutes.akn`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('name="meetingResolutions"');
    });
  });
}
