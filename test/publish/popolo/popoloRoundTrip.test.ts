import { publicOrigin } from '../../../src/domain/sourceDocument.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPopolo, readPopoloImport } from '../../../src/app/importPopolo.js';
import { importPaths } from '../../../src/app/importDocuments.js';
import { popoloFormat } from '../../../src/publish/popolo/popoloFormat.js';
import type { Database } from '../../../src/store/database.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { addExportFixture, EXEMPT_MARKER, exportText, type ExportFixture } from '../exportFixtures.js';
import { dbOf } from '../../../src/store/storeDb.js';

/** Our own prose minutes of a scrutiny committee: no items, one "RESOLVED to recommend ...". */
const PROSE_SCRUTINY_MINUTES = 'test/fixtures/tracker/prose-scrutiny-minutes.txt';

type Table = keyof Database & string;

/**
 * The tables the export carries, with the columns it honestly leaves out: a document's text and
 * page offsets (the portal serves them; provenance, parts and search entries are not exported and
 * the search index is rebuilt on import).
 */
const COMPARED: readonly [Table, readonly string[]][] = [
  ['bodies', []],
  ['termsOfReference', []],
  ['people', []],
  ['personAliases', []],
  ['memberships', []],
  ['officerPosts', []],
  ['documents', ['text', 'pageStarts']],
  ['meetings', []],
  ['agendaItems', []],
  ['itemDocuments', []],
  ['minutePoints', []],
  ['attendance', []],
  ['declarations', []],
  ['resolutions', []],
  ['votes', []],
  // The tracker's columns travel (`organization_id`, `reference_year`, `reference_number`, `rag`,
  // `updated_at`); the account a recommendation is addressed to and the edit version are the workspace's.
  ['recommendations', ['addresseeAccountId', 'version']],
  // Public topics travel; the clerk's notes, the exempt flag (exempt topics are never exported) and
  // the edit version are the workspace's.
  ['workProgrammeEntries', ['notes', 'exempt', 'version']],
  ['recommendationResponses', []],
  ['searchEntries', []],
  // Published notices, their call-ins and the published forward plan; the edit version is the workspace's.
  ['decisionNotices', []],
  ['callInRequests', ['version']],
  ['forwardPlanEntries', ['version']],
];

/** Decision notices never published: one dated after today, one taken on the exempt item. */
const PRIVATE_NOTICES = ['dn-future', 'dn-exempt'];

async function rows(t: TestStore, table: Table, omit: readonly string[]): Promise<Record<string, unknown>[]> {
  const all = (await dbOf(t.store)
    .selectFrom(table)
    .selectAll()
    .orderBy('id' as never)
    .execute()) as Record<string, unknown>[];
  return all.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !omit.includes(k))));
}

/** What the export must not carry: the exempt item and everything hanging off it. */
function publicName(origin: string): string {
  const { url, fileName } = publicOrigin(origin);
  return url ?? fileName;
}

function publicOnly(table: Table, list: Record<string, unknown>[], fixture: ExportFixture): Record<string, unknown>[] {
  const exempt = fixture.exemptItemId;
  if (table === 'agendaItems') return list.filter((r) => r.id !== exempt);
  if (table === 'minutePoints' || table === 'resolutions') return list.filter((r) => r.itemId !== exempt);
  if (table === 'recommendations')
    return list.filter((r) => r.itemId !== exempt && !fixture.exemptResolutionIds.includes(String(r.resolutionId)));
  if (table === 'declarations') return list.filter((r) => r.itemId !== exempt);
  if (table === 'workProgrammeEntries') return list.filter((r) => r.topic !== EXEMPT_MARKER);
  if (table === 'decisionNotices') return list.filter((r) => !PRIVATE_NOTICES.includes(String(r.id)));
  if (table === 'callInRequests') return list.filter((r) => !PRIVATE_NOTICES.includes(String(r.decisionNoticeId)));
  // A draft is not published; a link to a notice the export leaves out cannot travel.
  if (table === 'forwardPlanEntries')
    return list
      .filter((r) => r.noticePublishedOn !== null)
      .map((r) => ({
        ...r,
        decisionNoticeId: PRIVATE_NOTICES.includes(String(r.decisionNoticeId)) ? null : r.decisionNoticeId,
      }));
  // A document whose meeting could not be placed is searched by its text, which the export does not carry.
  if (table === 'searchEntries') return list.filter((r) => r.subjectId !== exempt && r.kind !== 'document');
  // A document's origin is published as the council's URL or the file's name, never a server path.
  if (table === 'documents') return list.map((r) => ({ ...r, origin: publicName(String(r.origin)) }));
  return list;
}

/**
 * What the tracker and the work programme add to the record: a reference and a RAG view on every
 * public recommendation, and topics of a scrutiny body's work programme, one planned for a
 * meeting with its executive member, one exempt (never exported), one a follow-up of a resolution.
 */
async function addTrackerRecords(t: TestStore, fixture: ExportFixture): Promise<void> {
  const db = dbOf(t.store);
  const recommendations = await db.selectFrom('recommendations').select(['id', 'meetingId']).orderBy('id').execute();
  const meeting = await db
    .selectFrom('meetings')
    .select(['id', 'bodyId', 'date'])
    .where('id', '=', fixture.meeting.meetingId)
    .executeTakeFirstOrThrow();
  let n = 0;
  for (const r of recommendations)
    await db
      .updateTable('recommendations')
      .set({
        bodyId: meeting.bodyId,
        referenceYear: '1999/00',
        referenceNumber: ++n,
        rag: n % 2 ? 'amber' : 'green',
        updatedAt: `2025-04-0${(n % 9) + 1}T10:00:00.000Z`,
      })
      .where('id', '=', r.id)
      .execute();
  const person = await db.selectFrom('people').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
  const resolution = await db
    .selectFrom('resolutions')
    .select('id')
    .where('itemId', '<>', fixture.exemptItemId)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const topic = (id: string, extra: Record<string, unknown>) => ({
    id,
    bodyId: meeting.bodyId,
    municipalYear: '2024/25',
    topic: `Topic ${id}`,
    objectives: 'To understand it',
    plannedOn: null,
    meetingId: null,
    status: 'unscheduled',
    notes: null,
    source: 'councillor',
    sourceRef: null,
    executiveMember: null,
    executiveMemberId: null,
    leadOfficer: 'Head of Housing',
    leadOfficerId: null,
    substantive: 1,
    exempt: 0,
    version: 1,
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-02-11T09:00:00.000Z',
    ...extra,
  });
  await db
    .insertInto('workProgrammeEntries')
    .values([
      topic('wp-planned', {
        status: 'scheduled',
        plannedOn: meeting.date,
        meetingId: meeting.id,
        executiveMember: 'Cllr Somebody',
        executiveMemberId: person.id,
      }),
      topic('wp-exempt', { exempt: 1, topic: EXEMPT_MARKER, notes: 'private' }),
      topic('wp-follow-up', { source: 'follow_up', sourceRef: resolution.id, substantive: 0 }),
    ])
    .execute();
}

/**
 * Decision notices (published with a call-in, one not yet published, one on the exempt item) and
 * forward plan entries (published and linked to a notice, linked to the unpublished one, a draft).
 */
async function addDecisionRecords(t: TestStore, fixture: ExportFixture): Promise<void> {
  const db = dbOf(t.store);
  const meeting = await db
    .selectFrom('meetings')
    .select(['bodyId'])
    .where('id', '=', fixture.meeting.meetingId)
    .executeTakeFirstOrThrow();
  const item = await db
    .selectFrom('agendaItems')
    .select('id')
    .where('meetingId', '=', fixture.meeting.meetingId)
    .where('id', '<>', fixture.exemptItemId)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const notice = (id: string, extra: Record<string, unknown>) => ({
    id,
    title: `Decision ${id}`,
    decision: 'To approve the scheme',
    makerKind: 'executive',
    decisionMaker: 'Cabinet',
    bodyId: meeting.bodyId,
    itemId: item.id,
    isKey: 1,
    reasons: 'Value for money',
    alternatives: null,
    callIn: 'subject_to_call_in',
    urgencyReason: null,
    decidedOn: '2025-03-03',
    publishedOn: '2025-03-05',
    callInDeadline: '2025-03-12',
    implementableOn: '2025-03-13',
    createdAt: '2025-03-05T09:00:00.000Z',
    updatedAt: '2025-03-06T09:00:00.000Z',
    ...extra,
  });
  await db
    .insertInto('decisionNotices')
    .values([
      notice('dn-public', {}),
      notice('dn-officer', { makerKind: 'officer', bodyId: null, itemId: null, callIn: 'not_subject' }),
      notice('dn-future', { publishedOn: '2099-01-05' }),
      notice('dn-exempt', { itemId: fixture.exemptItemId }),
    ])
    .execute();
  const callIn = (id: string, decisionNoticeId: string) => ({
    id,
    decisionNoticeId,
    requestedOn: '2025-03-10',
    members: 'Cllr A\nCllr B',
    grounds: 'Not consulted',
    outcome: 'upheld',
    outcomeOn: '2025-03-20',
    outcomeNotes: 'Heard by the committee',
    version: 2,
    createdAt: '2025-03-10T11:00:00.000Z',
    updatedAt: '2025-03-20T15:00:00.000Z',
  });
  await db
    .insertInto('callInRequests')
    .values([callIn('ci-public', 'dn-public'), callIn('ci-exempt', 'dn-exempt')])
    .execute();
  const entry = (id: string, extra: Record<string, unknown>) => ({
    id,
    title: `Plan ${id}`,
    summary: 'A decision to come',
    decisionMaker: 'Cabinet',
    expectedOn: '2025-03-03',
    isKey: 1,
    noticePublishedOn: '2025-01-20',
    exemptParagraph: 3,
    documents: 'Report of the director',
    lateNotice: null,
    lateReasons: null,
    scrutinyChairOn: null,
    status: 'decided',
    decisionNoticeId: 'dn-public',
    version: 3,
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-03-05T09:00:00.000Z',
    ...extra,
  });
  await db
    .insertInto('forwardPlanEntries')
    .values([
      entry('fp-decided', {}),
      entry('fp-late', { status: 'planned', decisionNoticeId: 'dn-future', lateNotice: 'special_urgency' }),
      entry('fp-draft', { noticePublishedOn: null, status: 'planned', decisionNoticeId: null }),
    ])
    .execute();
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: Popolo export round trip`, () => {
    let source: TestStore;
    let target: TestStore;
    let fixture: ExportFixture;
    let text: string;

    beforeAll(async () => {
      source = await testStore(dialect);
      target = await testStore(dialect);
      // With our own prose minutes, whose meeting recommends outside any item.
      const report = await importPaths(source.store, ['sample', PROSE_SCRUTINY_MINUTES]);
      expect(report.totals.meetings).toBeGreaterThan(0);
      fixture = await addExportFixture(source.store);
      await addTrackerRecords(source, fixture);
      await addDecisionRecords(source, fixture);
      text = await exportText(source.store, popoloFormat, { baseUrl: 'https://council.example' });
      await importPopolo(target.store, readPopoloImport(new TextEncoder().encode(text)));
    });
    afterAll(async () => {
      await source?.drop();
      await target?.drop();
    });

    it('should never carry an exempt item, its minutes, resolutions or recommendations', () => {
      expect(text).not.toContain(EXEMPT_MARKER);
      expect(text).not.toContain(fixture.exemptItemId);
    });

    for (const [table, omit] of COMPARED) {
      it(`should give back the same ${table} rows in an empty database`, async () => {
        const expected = publicOnly(table, await rows(source, table, omit), fixture);
        const actual = await rows(target, table, omit);
        expect(expected.length).toBeGreaterThan(0);
        expect(actual).toEqual(expected);
      });
    }

    it('should keep the tracker’s references and RAG views, not give new ones', async () => {
      const refs = await dbOf(target.store)
        .selectFrom('recommendations')
        .select(['referenceNumber', 'rag'])
        .orderBy('id')
        .execute();
      expect(refs.length).toBeGreaterThan(1);
      expect(refs.every((r) => r.referenceNumber !== null && r.rag !== null)).toBe(true);
    });

    it('should give back a meeting’s own recommendation with its meeting, its resolution and no item', async () => {
      const own = (t: TestStore) =>
        dbOf(t.store)
          .selectFrom('recommendations as r')
          .innerJoin('resolutions as s', 's.id', 'r.resolutionId')
          .select(['r.id', 'r.meetingId', 'r.itemId', 's.meetingId as resolvedAt', 's.itemId as resolvedUnder'])
          .where('s.itemId', 'is', null)
          .orderBy('r.id')
          .execute();
      const expected = await own(source);
      expect(expected).toHaveLength(1);
      expect(expected[0]).toMatchObject({ itemId: null, resolvedAt: expected[0]!.meetingId });
      expect(await own(target)).toEqual(expected);
    });

    it('should refuse to import into a database that already holds records, leaving it unchanged', async () => {
      const before = await rows(target, 'meetings', []);
      await expect(importPopolo(target.store, readPopoloImport(new TextEncoder().encode(text)))).rejects.toThrow(
        /empty database/,
      );
      expect(await rows(target, 'meetings', [])).toEqual(before);
    });
  });
}
