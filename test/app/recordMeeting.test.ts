import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordMeeting, recordMeetingIn } from '../../src/app/recordMeeting.js';
import { dbOf } from '../../src/store/storeDb.js';
import { buildMeetingRecord } from '../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';

const encoder = new TextEncoder();

async function storeDoc(t: TestStore, text: string, origin = 'minutes.txt') {
  return t.store.repos.documents.store({
    bytes: encoder.encode(text),
    mediaType: 'text/plain',
    origin,
    title: null,
    text,
    pageStarts: [0, 500],
  });
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: recordMeeting`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await testStore(dialect);
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should store the meeting with its items, attendance, declarations, points and resolutions', async () => {
      const doc = await storeDoc(t, 'x'.repeat(1000));
      const saved = await recordMeeting(t.store, buildMeetingRecord(), {
        sourceDocumentId: doc.document.id,
        pageStarts: [0, 500],
      });
      const counts = await t.store.repos.stats.count();
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
      const recommendation = await dbOf(t.store).selectFrom('recommendations').selectAll().executeTakeFirstOrThrow();
      expect(recommendation).toMatchObject({
        status: 'made',
        decisionMaker: null,
        sentOn: null,
        text: 'to recommend that the Executive publishes a flood risk map',
      });
      expect(counts.people).toBe(5);
      expect(saved.createdPersonIds).toHaveLength(5);
      const stored = await dbOf(t.store).selectFrom('meetings').select('municipalYear').executeTakeFirstOrThrow();
      expect(stored.municipalYear).toBe('2024/25');
      const meeting = await t.store.repos.meetings.find(saved.meetingId);
      expect(meeting).toMatchObject({ date: '2025-03-12', startTime: '18:30', status: 'minutes_draft' });
      const substitute = await dbOf(t.store)
        .selectFrom('attendance')
        .selectAll()
        .where('kind', '=', 'substitute')
        .executeTakeFirstOrThrow();
      const replaced = await dbOf(t.store)
        .selectFrom('people')
        .select('displayName')
        .where('id', '=', substitute.substituteForId!)
        .executeTakeFirstOrThrow();
      expect(replaced.displayName).toContain('Rhian Evans');
      const declaration = await dbOf(t.store)
        .selectFrom('declarations')
        .innerJoin('agendaItems', 'agendaItems.id', 'declarations.itemId')
        .select('agendaItems.title')
        .executeTakeFirstOrThrow();
      expect(declaration.title).toBe('Coastal Flood Defence Programme');
    });

    it('should record provenance with the page of each span and mark inferred values', async () => {
      const doc = await storeDoc(t, 'x'.repeat(1000));
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: doc.document.id, pageStarts: [0, 500] });
      const rows = await dbOf(t.store).selectFrom('provenance').selectAll().orderBy('startOffset').execute();
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
        const first = await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
        const second = await recordMeeting(other.store, buildMeetingRecord(), { sourceDocumentId: null });
        expect(second.meetingId).toBe(first.meetingId);
        expect(second.itemIds).toEqual(first.itemIds);
      } finally {
        await other.drop();
      }
    });

    it('should replace what an earlier version of a document said, and keep what other documents said', async () => {
      const v1 = await storeDoc(t, 'version one', 'https://example.org/minutes');
      const agenda = await storeDoc(t, 'the agenda', 'https://example.org/agenda');
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          items: [{ agendaNumber: '7', title: 'Any other business' }],
          attendance: [],
          declarations: [],
        }),
        { sourceDocumentId: agenda.document.id },
      );
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: v1.document.id });
      const v2 = await storeDoc(t, 'version two', 'https://example.org/minutes');
      expect(v2.supersedes?.id).toBe(v1.document.id);
      const corrected = buildMeetingRecord({
        attendance: [{ name: 'Councillor Ada Lovelace', kind: 'present' }],
        declarations: [],
      });
      await recordMeeting(t.store, corrected, {
        sourceDocumentId: v2.document.id,
        replacesDocumentIds: [v1.document.id],
      });
      const counts = await t.store.repos.stats.count();
      expect(counts.attendance).toBe(1);
      expect(counts.declarations).toBe(0);
      expect(counts.recommendations).toBe(1);
      expect(counts.agendaItems).toBe(4);
      expect(counts.documents).toBe(3);
    });

    it('should write nothing when the transaction fails part-way', async () => {
      await expect(
        t.store.transaction(async (repos) => {
          await recordMeetingIn(repos, buildMeetingRecord(), { sourceDocumentId: null });
          throw new Error('disk full');
        }),
      ).rejects.toThrow('disk full');
      const counts = await t.store.repos.stats.count();
      expect(counts.meetings + counts.bodies + counts.people + counts.agendaItems).toBe(0);
    });

    it('should resolve the same name written with and without an honorific to one person', async () => {
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2025-04-09',
          attendance: [{ name: 'Cllr Ada Lovelace', kind: 'present' }],
          declarations: [],
        }),
        { sourceDocumentId: null },
      );
      const people = await dbOf(t.store)
        .selectFrom('people')
        .select('displayName')
        .where('displayName', 'like', '%Lovelace%')
        .execute();
      expect(people).toHaveLength(1);
      const aliases = await dbOf(t.store)
        .selectFrom('personAliases')
        .select('alias')
        .where('alias', 'like', '%Lovelace%')
        .execute();
      expect(aliases.map((a) => a.alias).sort()).toEqual(['Cllr Ada Lovelace', 'Councillor Ada Lovelace']);
    });

    it('should record one attendance kind per person, the stronger standing, and note the conflict', async () => {
      const saved = await recordMeeting(
        t.store,
        buildMeetingRecord({
          attendance: [
            { name: 'Councillor Rhian Evans', kind: 'apologies', reason: 'unwell' },
            { name: 'Councillor Rhian Evans', kind: 'absent' },
            { name: 'Councillor Tom Brown', kind: 'absent' },
            { name: 'Cllr Tom Brown', kind: 'present' },
          ],
          declarations: [],
        }),
        { sourceDocumentId: null },
      );
      const lines = await t.store.repos.attendance.ofMeeting(saved.meetingId);
      expect(lines.map((l) => l.kind).sort()).toEqual(['apologies', 'present']);
      expect(saved.notes).toEqual([
        'Councillor Rhian Evans is listed as apologies and as absent: recorded as apologies',
        'Cllr Tom Brown is listed as absent and as present: recorded as present',
      ]);
      // A later document that lists her as absent does not add a second line, nor weaken the first.
      const again = await recordMeeting(
        t.store,
        buildMeetingRecord({ attendance: [{ name: 'Councillor Rhian Evans', kind: 'absent' }], declarations: [] }),
        { sourceDocumentId: (await storeDoc(t, 'another list')).document.id },
      );
      const after = await t.store.repos.attendance.ofMeeting(again.meetingId);
      expect(after.filter((l) => l.kind === 'absent')).toHaveLength(0);
      expect(after).toHaveLength(2);
    });

    it('should note a declaration by someone the record does not show at the meeting, and keep it', async () => {
      const saved = await recordMeeting(
        t.store,
        buildMeetingRecord({
          attendance: [{ name: 'Councillor Ada Lovelace', kind: 'present' }],
          declarations: [{ name: 'Councillor Nia Ward', item: '43', text: 'a governor of the school' }],
        }),
        { sourceDocumentId: null },
      );
      expect(saved.notes).toEqual([
        'Councillor Nia Ward declared an interest but is not recorded at the meeting: check the attendance',
      ]);
      expect((await t.store.repos.stats.count()).declarations).toBe(1);
    });

    it('should never move a meeting back in the workflow when an older kind of document comes later', async () => {
      const minutes = await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
      await recordMeeting(t.store, buildMeetingRecord({ status: 'cancelled', attendance: [], declarations: [] }), {
        sourceDocumentId: (await storeDoc(t, 'a cancellation notice')).document.id,
      });
      expect((await t.store.repos.meetings.find(minutes.meetingId))?.status).toBe('minutes_draft');
    });
  });
}
