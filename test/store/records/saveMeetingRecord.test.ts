import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveMeetingRecord } from '../../../src/store/records/saveMeetingRecord.js';
import { storeDocument } from '../../../src/store/repositories/documentRepository.js';
import { listMeetings } from '../../../src/store/repositories/meetingRepository.js';
import { countRecords } from '../../../src/store/repositories/statsRepository.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../testStores.js';

const encoder = new TextEncoder();

async function storeDoc(t: TestStore, text: string, origin = 'minutes.txt') {
  return storeDocument(t.store.db, {
    bytes: encoder.encode(text),
    mediaType: 'text/plain',
    origin,
    title: null,
    text,
    pageStarts: [0, 500],
  });
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: saveMeetingRecord`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await testStore(dialect);
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should store the meeting with its items, attendance, declarations, points and resolutions', async () => {
      const doc = await storeDoc(t, 'x'.repeat(1000));
      const saved = await t.store.db
        .transaction()
        .execute((trx) =>
          saveMeetingRecord(trx, buildMeetingRecord(), { sourceDocumentId: doc.document.id, pageStarts: [0, 500] }),
        );
      const counts = await countRecords(t.store.db);
      expect(counts).toMatchObject({
        bodies: 1,
        meetings: 1,
        agendaItems: 3,
        attendance: 5,
        declarations: 1,
        minutePoints: 2,
        resolutions: 2,
        recommendations: 1,
      });
      const recommendation = await t.store.db.selectFrom('recommendations').selectAll().executeTakeFirstOrThrow();
      expect(recommendation).toMatchObject({
        status: 'made',
        decisionMaker: null,
        sentOn: null,
        text: 'to recommend that the Executive publishes a flood risk map',
      });
      expect(counts.people).toBe(5);
      expect(saved.createdPersonIds).toHaveLength(5);
      const stored = await t.store.db.selectFrom('meetings').select('municipalYear').executeTakeFirstOrThrow();
      expect(stored.municipalYear).toBe('2024/25');
      const [meeting] = await listMeetings(t.store.db);
      expect(meeting).toMatchObject({
        date: '2025-03-12',
        startTime: '18:30',
        bodyName: 'Harbourside Overview and Scrutiny Committee',
        itemCount: 3,
        status: 'minutes_draft',
      });
      const substitute = await t.store.db
        .selectFrom('attendance')
        .selectAll()
        .where('kind', '=', 'substitute')
        .executeTakeFirstOrThrow();
      const replaced = await t.store.db
        .selectFrom('people')
        .select('displayName')
        .where('id', '=', substitute.substituteForId!)
        .executeTakeFirstOrThrow();
      expect(replaced.displayName).toContain('Rhian Evans');
      const declaration = await t.store.db
        .selectFrom('declarations')
        .innerJoin('agendaItems', 'agendaItems.id', 'declarations.itemId')
        .select('agendaItems.title')
        .executeTakeFirstOrThrow();
      expect(declaration.title).toBe('Coastal Flood Defence Programme');
    });

    it('should record provenance with the page of each span and mark inferred values', async () => {
      const doc = await storeDoc(t, 'x'.repeat(1000));
      await t.store.db
        .transaction()
        .execute((trx) =>
          saveMeetingRecord(trx, buildMeetingRecord(), { sourceDocumentId: doc.document.id, pageStarts: [0, 500] }),
        );
      const rows = await t.store.db.selectFrom('provenance').selectAll().orderBy('startOffset').execute();
      expect(rows.find((r) => r.field === 'date')).toMatchObject({
        startOffset: 0,
        endOffset: 10,
        page: 1,
        inferred: 0,
      });
      expect(rows.find((r) => r.field === 'venue')).toMatchObject({ inferred: 1 });
      expect(rows.find((r) => r.subjectKind === 'resolution')).toMatchObject({ startOffset: 900, page: 2 });
    });

    it('should give the same ids when the same record is saved into another database', async () => {
      const other = await testStore(dialect);
      try {
        const first = await saveMeetingRecord(t.store.db, buildMeetingRecord(), { sourceDocumentId: null });
        const second = await saveMeetingRecord(other.store.db, buildMeetingRecord(), { sourceDocumentId: null });
        expect(second.meetingId).toBe(first.meetingId);
        expect(second.itemIds).toEqual(first.itemIds);
      } finally {
        await other.drop();
      }
    });

    it('should replace what an earlier version of a document said, and keep what other documents said', async () => {
      const v1 = await storeDoc(t, 'version one', 'https://example.org/minutes');
      const agenda = await storeDoc(t, 'the agenda', 'https://example.org/agenda');
      await saveMeetingRecord(
        t.store.db,
        buildMeetingRecord({
          items: [{ agendaNumber: '7', title: 'Any other business' }],
          attendance: [],
          declarations: [],
        }),
        { sourceDocumentId: agenda.document.id },
      );
      await saveMeetingRecord(t.store.db, buildMeetingRecord(), { sourceDocumentId: v1.document.id });
      const v2 = await storeDoc(t, 'version two', 'https://example.org/minutes');
      expect(v2.supersedes?.id).toBe(v1.document.id);
      const corrected = buildMeetingRecord({
        attendance: [{ name: 'Councillor Ada Lovelace', kind: 'present' }],
        declarations: [],
      });
      await saveMeetingRecord(t.store.db, corrected, {
        sourceDocumentId: v2.document.id,
        replacesDocumentIds: [v1.document.id],
      });
      const counts = await countRecords(t.store.db);
      expect(counts.attendance).toBe(1);
      expect(counts.declarations).toBe(0);
      expect(counts.recommendations).toBe(1);
      expect(counts.agendaItems).toBe(4);
      expect(counts.documents).toBe(3);
    });

    it('should write nothing when the transaction fails part-way', async () => {
      await expect(
        t.store.db.transaction().execute(async (trx) => {
          await saveMeetingRecord(trx, buildMeetingRecord(), { sourceDocumentId: null });
          throw new Error('disk full');
        }),
      ).rejects.toThrow('disk full');
      const counts = await countRecords(t.store.db);
      expect(counts.meetings + counts.bodies + counts.people + counts.agendaItems).toBe(0);
    });

    it('should resolve the same name written with and without an honorific to one person', async () => {
      await saveMeetingRecord(t.store.db, buildMeetingRecord(), { sourceDocumentId: null });
      await saveMeetingRecord(
        t.store.db,
        buildMeetingRecord({
          date: '2025-04-09',
          attendance: [{ name: 'Cllr Ada Lovelace', kind: 'present' }],
          declarations: [],
        }),
        { sourceDocumentId: null },
      );
      const people = await t.store.db
        .selectFrom('people')
        .select('displayName')
        .where('displayName', 'like', '%Lovelace%')
        .execute();
      expect(people).toHaveLength(1);
      const aliases = await t.store.db
        .selectFrom('personAliases')
        .select('alias')
        .where('alias', 'like', '%Lovelace%')
        .execute();
      expect(aliases.map((a) => a.alias).sort()).toEqual(['Cllr Ada Lovelace', 'Councillor Ada Lovelace']);
    });
  });
}
