import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import type { PublicRecord } from '../../../../src/store/public/record/publicRecord.js';
import { publicRecordOver } from '../../../../src/store/public/record/publicRecord.js';
import type { RecordScope } from '../../../../src/store/public/record/recordScope.js';
import { dbOf } from '../../../../src/store/storeDb.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';
import { addExportFixture, EXEMPT_MARKER, type ExportFixture } from '../../../publish/exportFixtures.js';
import { DIALECTS, testStore, type TestStore } from '../../testStores.js';

async function all<T>(pages: AsyncIterable<readonly T[]>): Promise<T[]> {
  const rows: T[] = [];
  for await (const page of pages) rows.push(...page);
  return rows;
}

/** Every stream of the public record, drained, at the page size given (undefined: the reader's own). */
async function everything(record: PublicRecord, scope: RecordScope, pageSize?: number) {
  return {
    bodies: await all(record.bodies.stream(scope, pageSize)),
    people: await all(record.people.stream(scope, pageSize)),
    memberships: await all(record.memberships.stream(scope, pageSize)),
    posts: await record.memberships.posts(scope),
    officerPosts: await all(record.officerPosts.stream(scope, pageSize)),
    agendas: await all(record.agendas.stream(scope, pageSize)),
    minutes: await all(record.minutes.stream(scope, pageSize)),
    resolutions: await all(record.resolutions.stream(scope, pageSize)),
    votes: await all(record.votes.stream(scope, pageSize)),
    attendance: await all(record.attendance.stream(scope, pageSize)),
    attendanceByMeeting: await all(record.attendance.streamByMeeting(scope, pageSize)),
    declarations: await all(record.declarations.stream(scope, pageSize)),
    recommendations: await all(record.recommendations.stream(scope, pageSize)),
    recommendationsByMeeting: await all(record.recommendations.streamByMeeting(scope, pageSize)),
    documents: await all(record.documents.stream(scope, pageSize)),
  };
}

/** Records each query a Kysely instance runs, to count them and look for OFFSET. */
class QueryLog implements KyselyPlugin {
  readonly queries: RootOperationNode[] = [];

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.queries.push(args.node);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }

  get offsets(): number {
    return this.queries.filter((q) => q.kind === 'SelectQueryNode' && q.offset !== undefined).length;
  }
}

const AUDIT = 'Harbourside Audit Committee';

for (const dialect of DIALECTS) {
  describe(`${dialect}: PublicRecord`, () => {
    let t: TestStore;
    let fixture: ExportFixture;
    let auditId: string;
    let documentId: string;

    beforeAll(async () => {
      t = await testStore(dialect);
      fixture = await addExportFixture(t.store);
      const minutes = await t.store.repos.documents.store({
        bytes: new TextEncoder().encode('Minutes of the Audit Committee, 5 November 2024'),
        mediaType: 'text/plain',
        origin: 'audit-2024-11-05.txt',
        title: 'Audit minutes',
        text: 'Minutes of the Audit Committee, 5 November 2024',
        pageStarts: [],
      });
      documentId = minutes.document.id;
      const audit = await recordMeeting(
        t.store,
        buildMeetingRecord({ body: { name: AUDIT }, date: '2024-11-05', declarations: [] }),
        { sourceDocumentId: documentId },
      );
      await recordMeeting(
        t.store,
        buildMeetingRecord({ body: { name: AUDIT }, date: '2025-01-14', declarations: [] }),
        { sourceDocumentId: null },
      );
      auditId = audit.bodyId;
    });
    afterAll(async () => {
      await t?.drop();
    });

    it("should never give an exempt item's words, id or declarations, for the whole record or one body", async () => {
      for (const scope of [{}, { bodyId: fixture.meeting.bodyId }]) {
        const text = JSON.stringify(await everything(t.store.public.record, scope));
        expect(text).not.toContain(EXEMPT_MARKER);
        expect(text).not.toContain(fixture.exemptItemId);
        expect(text).not.toContain('owns land next to the depot');
        expect(text).toContain('Coastal Flood Defence Programme');
      }
    });

    it('should give the same records a row at a time as a page at a time', async () => {
      const paged = await everything(t.store.public.record, {});
      const rowByRow = await everything(t.store.public.record, {}, 1);
      expect(rowByRow).toEqual(paged);
      for (const [name, rows] of Object.entries(paged)) expect(rows.length, name).toBeGreaterThan(0);
    });

    it('should read meetings in date order, each once, across pages', async () => {
      const agendas = await all(t.store.public.record.agendas.stream({}, 1));
      expect(agendas.map((m) => m.date)).toEqual(['2024-11-05', '2025-01-14', '2025-03-12']);
      const minutes = await all(t.store.public.record.minutes.stream({}, 2));
      expect(minutes.map((m) => m.meeting.id)).toEqual(agendas.map((m) => m.id));
    });

    it("should keep to one body's records", async () => {
      const audit = await everything(t.store.public.record, { bodyId: auditId });
      expect(audit.bodies).toEqual([expect.objectContaining({ id: auditId, name: AUDIT })]);
      expect(audit.agendas.every((m) => m.bodyId === auditId)).toBe(true);
      expect(audit.agendas).toHaveLength(2);
      // No membership of the audit body is stated; those inferred from attendance are the body's own.
      expect(audit.memberships.filter((m) => m.basis === 'stated')).toEqual([]);
      expect(audit.memberships.length).toBeGreaterThan(0);
      expect(audit.memberships.every((m) => m.bodyId === auditId && m.basis === 'inferred')).toBe(true);
      expect(audit.officerPosts).toEqual([expect.objectContaining({ jobTitle: 'Director of Place' })]);
      const people = audit.people.map((p) => p.displayName);
      expect(people).toContain('Gus Patel');
      expect(people).not.toContain('Zoe Quill');
      expect(audit.documents).toEqual([expect.objectContaining({ id: documentId, title: 'Audit minutes' })]);
      const fixtureDocuments = await all(t.store.public.record.documents.stream({ bodyId: fixture.meeting.bodyId }));
      expect(fixtureDocuments).toEqual([]);
    });

    it('should name a spelling merged into another person as the surviving person, by meeting', async () => {
      const people = await dbOf(t.store).selectFrom('people').select(['id', 'displayName', 'mergedIntoId']).execute();
      const merged = people.find((p) => p.displayName === 'Zoe Quill')!;
      const survivor = people.find((p) => p.id === merged.mergedIntoId)!;
      const meetings = await all(t.store.public.record.attendance.streamByMeeting({ bodyId: fixture.meeting.bodyId }));
      const lines = meetings.flatMap((m) => m.attendance);
      expect(lines.map((a) => a.personId)).not.toContain(merged.id);
      expect(lines.find((a) => a.kind === 'apologies' && a.reason?.includes('HYPERLINK'))).toMatchObject({
        personId: survivor.id,
        personName: survivor.displayName,
      });
    });

    it('should give booleans as booleans and sets as their values', async () => {
      const record = await everything(t.store.public.record, { bodyId: fixture.meeting.bodyId });
      const body = record.bodies[0]!;
      expect(body.isScrutiny).toBe(true);
      expect(typeof body.allowsSubstitutes).toBe('boolean');
      const items = record.agendas.flatMap((m) => m.items);
      expect(items.map((i) => i.isExempt)).toEqual(items.map(() => false));
      expect(record.resolutions.every((r) => typeof r.isFormal === 'boolean')).toBe(true);
      expect(record.posts).toEqual([{ bodyId: fixture.meeting.bodyId, bodyName: expect.any(String), role: 'chair' }]);
    });

    it('should give the latest response last and the title of the item a recommendation came from', async () => {
      const [meeting] = await all(
        t.store.public.record.recommendations.streamByMeeting({ bodyId: fixture.meeting.bodyId }),
      );
      expect(meeting!.recommendations).toEqual([
        expect.objectContaining({
          itemTitle: 'Coastal Flood Defence Programme',
          responses: [expect.objectContaining({ acceptance: 'partially_accepted', createdAt: expect.any(String) })],
        }),
      ]);
    });
  });

  describe(`${dialect}: PublicRecord query cost`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
    });
    afterAll(async () => {
      await t?.drop();
    });

    async function queriesToRead(): Promise<QueryLog> {
      const log = new QueryLog();
      const record = publicRecordOver(dbOf(t.store).withPlugin(log));
      await all(record.minutes.stream({}));
      await all(record.agendas.stream({}));
      await all(record.attendance.streamByMeeting({}));
      await all(record.recommendations.streamByMeeting({}));
      return log;
    }

    it('should read a page of meetings in as many queries however many it holds, never with OFFSET', async () => {
      const dates = ['2025-01-08', '2025-02-12', '2025-03-12', '2025-04-09', '2025-05-14', '2025-06-11'];
      for (const date of dates.slice(0, 2))
        await recordMeeting(t.store, buildMeetingRecord({ date }), { sourceDocumentId: null });
      const two = await queriesToRead();
      for (const date of dates.slice(2))
        await recordMeeting(t.store, buildMeetingRecord({ date }), { sourceDocumentId: null });
      const six = await queriesToRead();
      expect(six.queries.length).toBe(two.queries.length);
      expect(six.offsets).toBe(0);
    });
  });
}
