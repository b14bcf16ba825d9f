import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTENDANCE_CSV_HEADER, attendanceCsvFormat } from '../../../src/publish/csv/attendanceCsv.js';
import { RECOMMENDATIONS_CSV_HEADER, recommendationsCsvFormat } from '../../../src/publish/csv/recommendationsCsv.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { addExportFixture, EXEMPT_MARKER, exportText, TRICKY_REASON, type ExportFixture } from '../exportFixtures.js';
import { dbOf } from '../../../src/store/storeDb.js';

const BASE = 'https://council.example';

function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: CSV exports`, () => {
    let t: TestStore;
    let fixture: ExportFixture;
    let attendance: string;
    let recommendations: string;

    beforeAll(async () => {
      t = await testStore(dialect);
      fixture = await addExportFixture(t.store);
      attendance = await exportText(t.store, attendanceCsvFormat, { baseUrl: BASE });
      recommendations = await exportText(t.store, recommendationsCsvFormat, { baseUrl: BASE });
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should start with a UTF-8 byte-order mark and end lines with CRLF, for Excel', () => {
      expect(attendance.charCodeAt(0)).toBe(0xfeff);
      expect(attendance.split('\r\n')[0]).toBe(`\uFEFF${ATTENDANCE_CSV_HEADER.join(',')}`);
    });

    it('should write the header and one row per attendance line of the meeting', async () => {
      const [header, ...rows] = parseCsv(attendance);
      expect(header).toEqual([...ATTENDANCE_CSV_HEADER]);
      const stored = await dbOf(t.store)
        .selectFrom('attendance')
        .select('id')
        .where('meetingId', '=', fixture.meeting.meetingId)
        .execute();
      expect(rows.length).toBe(stored.length);
      const col = (name: string): number => header!.indexOf(name);
      const substitute = rows.find((r) => r[col('attendance')] === 'substitute')!;
      expect(substitute[col('substitute_for')]).toBe('Rhian Evans');
      expect(rows.every((r) => r[col('meeting_url')] === `${BASE}/meetings/${fixture.meeting.meetingId}`)).toBe(true);
    });

    it('should name a merged spelling as the person it was merged into, by name and id', async () => {
      const [header, ...rows] = parseCsv(attendance);
      const col = (name: string): number => header!.indexOf(name);
      const apology = rows.find((r) => r[col('reason')]!.includes('HYPERLINK'))!;
      const survivor = await dbOf(t.store)
        .selectFrom('people')
        .select(['id', 'displayName'])
        .where('displayName', 'like', '%Lovelace%')
        .executeTakeFirstOrThrow();
      expect(apology[col('person')]).toBe(survivor.displayName);
      expect(apology[col('person_id')]).toBe(survivor.id);
    });

    it('should neutralise a formula while keeping commas, quotes and line breaks intact', () => {
      const [header, ...rows] = parseCsv(attendance);
      const reason = rows.map((r) => r[header!.indexOf('reason')]!).find((r) => r.includes('HYPERLINK'))!;
      expect(reason).toBe(`'${TRICKY_REASON}`);
      expect(reason.startsWith('=')).toBe(false);
    });

    it('should write recommendations with their latest response and never those of an exempt item', () => {
      const [header, ...rows] = parseCsv(recommendations);
      expect(header).toEqual([...RECOMMENDATIONS_CSV_HEADER]);
      expect(recommendations).not.toContain(EXEMPT_MARKER);
      expect(rows.length).toBe(1);
      const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
      expect(row).toMatchObject({
        item: 'Coastal Flood Defence Programme',
        decision_maker: 'Executive',
        status: 'partially_accepted',
        acceptance: 'partially_accepted',
        responded_on: '2025-05-02',
      });
    });

    it('should write the header alone for a body without records', async () => {
      await dbOf(t.store)
        .insertInto('bodies')
        .values({
          id: 'empty-body',
          slug: 'empty-body',
          name: 'Empty',
          kind: 'committee',
          parentId: null,
          isScrutiny: 0,
          size: null,
          quorumFraction: 0.25,
          quorumMinimum: 3,
          meetingsPerYearMin: null,
          meetingsPerYearMax: null,
          allowsSubstitutes: 1,
          createdAt: '2025-01-01T00:00:00Z',
        })
        .execute();
      const csv = await exportText(t.store, attendanceCsvFormat, { baseUrl: BASE, bodySlug: 'empty-body' });
      expect(parseCsv(csv)).toEqual([[...ATTENDANCE_CSV_HEADER]]);
    });
  });
}
