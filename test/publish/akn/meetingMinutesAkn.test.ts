import fs from 'node:fs';
import path from 'node:path';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aknExportFormat } from '../../../src/publish/akn/aknExport.js';
import { minutesAkn } from '../../../src/publish/akn/meetingMinutesAkn.js';
import { importPaths } from '../../../src/app/importDocuments.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { AKN_XSD, XML_XSD, aknProblems } from './aknCheck.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import type { MeetingMinutes } from '../../../src/store/public/record/recordMinutes.js';
import { exportText } from '../exportFixtures.js';

const BASE = 'https://council.example';
const HOSTILE = 'Rates <script>alert(1)</script> & "fees" ]]> <![CDATA[x]]> \u0001done';

/** Every `#…` reference (refersTo, href, by, source) names an eId of the same document. */
function danglingRefs(xml: string): string[] {
  const eIds = new Set([...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]));
  const refs = [...xml.matchAll(/ (?:refersTo|href|by|source)="#([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(refs.filter((r) => !eIds.has(r)))];
}

describe('Akoma Ntoso 3.0 schema check', () => {
  it('should have the OASIS schema and its xml.xsd committed', () => {
    expect(fs.existsSync(AKN_XSD)).toBe(true);
    expect(fs.existsSync(XML_XSD)).toBe(true);
  });

  it('should reject a document the schema forbids, not just a malformed one', async () => {
    // Well-formed, but: debate without its required name, FRBRWork without FRBRcountry, an element AKN lacks.
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate><meta><identification source="#q">
<FRBRWork><FRBRthis value="/akn/gb/debate/2024-01-01/x/!main"/><FRBRuri value="/akn/gb/debate/2024-01-01/x"/>
<FRBRdate date="2024-01-01" name="meeting"/><FRBRauthor href="#q"/></FRBRWork>
</identification></meta><debateBody><minuteBook/></debateBody></debate></akomaNtoso>`;
    const problems = await aknProblems(xml);
    expect(problems.join('\n')).toMatch(/'name' is required/);
    expect(problems.join('\n')).toMatch(/FRBRWork/);
    expect(problems.join('\n')).toMatch(/minuteBook/);
  });
});

function aknExport(t: TestStore, bodySlug?: string): Promise<string> {
  return exportText(t.store, aknExportFormat, { baseUrl: BASE, ...(bodySlug ? { bodySlug } : {}) });
}

/** Every meeting's minutes as the export reads them, by meeting id. */
async function minutesById(t: TestStore): Promise<Map<string, MeetingMinutes>> {
  const all = new Map<string, MeetingMinutes>();
  for await (const page of t.store.public.record.minutes.stream({}, 2)) for (const m of page) all.set(m.meeting.id, m);
  return all;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: Akoma Ntoso minutes`, () => {
    let t: TestStore;
    let hostileMeetingId: string;

    beforeAll(async () => {
      t = await testStore(dialect);
      await importPaths(t.store, [path.resolve('sample')]);
      const base = buildMeetingRecord();
      const record = buildMeetingRecord({
        body: { name: `Hostile ${HOSTILE} Committee` },
        venue: `Room <b>1</b> & ]]>`,
        items: [
          {
            ...base.items[2]!,
            title: `Item ${HOSTILE}`,
            minutesText: `Said ${HOSTILE}`,
            points: [{ label: 'a', text: `Point ${HOSTILE}` }],
            resolutions: [{ label: '1', text: `Resolved ${HOSTILE}`, kind: 'note' }],
          },
          {
            minuteNumber: '44',
            title: 'SECRET-TITLE land deal',
            isExempt: true,
            exemptParagraph: 3,
            minutesText: 'SECRET-MINUTES',
            points: [{ label: 'a', text: 'SECRET-POINT' }],
            resolutions: [{ label: '1', text: 'SECRET-RESOLUTION', kind: 'decision' }],
          },
        ],
        attendance: [...base.attendance.slice(0, 2), { name: `Councillor ${HOSTILE}`, kind: 'present' }],
        declarations: [],
      });
      await recordMeeting(t.store, record, { sourceDocumentId: null });
      hostileMeetingId = (
        await dbOf(t.store)
          .selectFrom('meetings')
          .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
          .select('meetings.id')
          .where('bodies.name', 'like', 'Hostile%')
          .executeTakeFirstOrThrow()
      ).id;
    }, 120_000);

    afterAll(async () => {
      await t?.drop();
    });

    it('should write each sample meeting as a debate the Akoma Ntoso 3.0 schema accepts', async () => {
      const meetings = await dbOf(t.store).selectFrom('meetings').select('id').execute();
      expect(meetings.length).toBeGreaterThan(3);
      const minutes = await minutesById(t);
      for (const { id } of meetings) {
        const xml = minutesAkn(minutes.get(id)!, {
          baseUrl: BASE,
          generatedOn: '2026-01-01',
        });
        expect(await aknProblems(xml), id).toEqual([]);
        expect(danglingRefs(xml), id).toEqual([]);
      }
    });

    it('should keep hostile text as text and leave exempt items out', async () => {
      const xml = minutesAkn((await minutesById(t)).get(hostileMeetingId)!, {
        baseUrl: BASE,
        generatedOn: '2026-01-01',
      });
      expect(await aknProblems(xml)).toEqual([]);
      expect(xml).not.toContain('<script>');
      expect(xml).not.toContain('SECRET-');
      // Read back with a real XML parser (htmlparser2 in XML mode decodes entities): the text is as written.
      const dom = parseDocument(xml, { xmlMode: true });
      const texts = textContent(dom);
      // ...less the control character XML cannot carry.
      const expected = HOSTILE.replace('\u0001', '');
      for (const prefix of ['Item', 'Said', 'Point', 'Resolved']) expect(texts).toContain(`${prefix} ${expected}`);
      expect(texts).toContain('Room <b>1</b> & ]]>');
      const debate = findAll((e) => e.name === 'debate', dom.children)[0]!;
      expect(getAttributeValue(debate, 'name')).toBe('minutes');
      const people = findAll((e) => e.name === 'TLCPerson', dom.children).map((e) => getAttributeValue(e, 'showAs'));
      const venue = findAll((e) => e.name === 'TLCLocation', dom.children)[0]!;
      expect(getAttributeValue(venue, 'showAs')).toBe('Room <b>1</b> & ]]>');
      const references = people.join('|');
      expect(references).toContain('Lovelace');
    });

    it("should export the meetings as one documentCollection, or only one body's", async () => {
      const all = await aknExport(t);
      expect(await aknProblems(all)).toEqual([]);
      expect(danglingRefs(all)).toEqual([]);
      // eIds are unique across the collection: each debate's sit under its component's eId.
      expect(all).toContain('eId="cmp_1__quorum"');
      const count = await dbOf(t.store)
        .selectFrom('meetings')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(all.match(/<debate /g)?.length).toBe(Number(count.n));
      expect(all).not.toContain('SECRET-');
      const slug = (
        await dbOf(t.store)
          .selectFrom('bodies')
          .select('slug')
          .where('name', 'like', 'Hostile%')
          .executeTakeFirstOrThrow()
      ).slug;
      const one = await aknExport(t, slug);
      expect(await aknProblems(one)).toEqual([]);
      expect(danglingRefs(one)).toEqual([]);
      expect(one.match(/<debate /g)?.length).toBe(1);
    });

    it('should export an archive with no meetings as a valid collection that says so', async () => {
      const empty = await testStore(dialect);
      try {
        const xml = await aknExport(empty);
        expect(await aknProblems(xml)).toEqual([]);
        expect(xml).toContain('No meetings are recorded.');
        expect(xml).not.toContain('<debate ');
      } finally {
        await empty.drop();
      }
    });
  });
}
