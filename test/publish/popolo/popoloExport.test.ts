import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/app/importDocuments.js';
import { popoloFormat } from '../../../src/publish/popolo/popoloFormat.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { addExportFixture, exportText, type ExportFixture } from '../exportFixtures.js';
import { popoloValidators } from './popoloSchemas.js';
import { dbOf } from '../../../src/store/storeDb.js';

const SCHEMA_OF: Record<string, string> = {
  organizations: 'organization',
  persons: 'person',
  memberships: 'membership',
  posts: 'post',
  events: 'event',
  motions: 'motion',
  vote_events: 'vote_event',
};

type Doc = Record<string, Record<string, unknown>[]> & { meta: Record<string, unknown> };

for (const dialect of DIALECTS) {
  describe(`${dialect}: Popolo export`, () => {
    let t: TestStore;
    let fixture: ExportFixture;
    let doc: Doc;
    const validator = popoloValidators();

    beforeAll(async () => {
      t = await testStore(dialect);
      await importPaths(t.store, ['sample']);
      fixture = await addExportFixture(t.store);
      doc = JSON.parse(await exportText(t.store, popoloFormat, { baseUrl: 'https://council.example/' })) as Doc;
    });
    afterAll(async () => {
      await t?.drop();
    });

    for (const [key, schema] of Object.entries(SCHEMA_OF)) {
      it(`should write ${key} that Popolo's ${schema}.json schema accepts`, () => {
        const validate = validator(schema);
        expect(doc[key]!.length).toBeGreaterThan(0);
        for (const record of doc[key]!) {
          const ok = validate(record);
          expect(ok, `${key} ${String(record.id)}: ${JSON.stringify(validate.errors)}`).toBe(true);
        }
      });
    }

    it('should have a validator that rejects what Popolo forbids', () => {
      expect(validator('event')({ id: 'x', start_date: '15/05/2024' })).toBe(false);
      expect(validator('count')({ option: 'for' })).toBe(false);
      expect(validator('person')({ id: 'x', links: [{ note: 'no url' }] })).toBe(false);
    });

    it("should give a document's origin as the council's URL or the file's name, never a path on the server", async () => {
      const stored = await dbOf(t.store).selectFrom('documents').select(['id', 'origin']).execute();
      // The sample documents were imported from files: their stored origin is a path on this machine.
      expect(stored.some((d) => d.origin.includes('/'))).toBe(true);
      const documents = doc['quorum:documents']!;
      expect(documents).toHaveLength(stored.length);
      for (const d of documents) {
        const origin = String(d.origin);
        if (!/^https?:\/\//.test(origin)) expect(origin, String(d.id)).not.toMatch(/[\\/]/);
      }
      const text = JSON.stringify(doc);
      expect(text).not.toContain(process.cwd());
      for (const d of stored.filter((s) => !/^https?:/.test(s.origin) && s.origin.includes('/')))
        expect(text).not.toContain(d.origin);
    });

    it('should give a meeting time as the UTC instant of its London time', () => {
      const event = doc.events!.find((e) => e.id === fixture.meeting.meetingId)!;
      // 18:30 on 12 March 2025 is GMT; the factory's meeting.
      expect(event.start_date).toBe('2025-03-12T18:30:00Z');
      expect(event['quorum:start_time']).toBe('18:30');
    });

    it('should link Chair memberships to a post of the body and record parties in the extension', () => {
      const chair = doc.memberships!.find((m) => m.role === 'chair')!;
      const post = doc.posts!.find((p) => p.id === chair.post_id)!;
      expect(post.organization_id).toBe(chair.organization_id);
      expect(post.role).toBe('Chair');
      expect(chair['quorum:party']).toBe('Independent');
      expect(doc.memberships!.find((m) => m.role === 'member')!.post_id).toBeNull();
    });

    it('should put apologies, with their reason, in quorum:attendance and only those who came in attendees', () => {
      const lines = doc['quorum:attendance']!.filter((a) => a.event_id === fixture.meeting.meetingId);
      expect(lines.filter((a) => a.kind === 'apologies').map((a) => a.reason)).toContain('unwell');
      const event = doc.events!.find((e) => e.id === fixture.meeting.meetingId)!;
      const attendees = (event.attendees as { id: string }[]).map((a) => a.id);
      const absent = lines.filter((a) => a.kind === 'apologies').map((a) => a.person_id);
      expect(attendees.length).toBe(
        lines.filter((a) => ['present', 'substitute', 'in_attendance'].includes(String(a.kind))).length,
      );
      for (const id of absent) expect(attendees).not.toContain(id);
    });

    it('should withhold a declaration about an exempt item, as every public output does', () => {
      expect(doc['quorum:declarations']!.some((d) => d.text === 'owns land next to the depot')).toBe(false);
      expect(doc['quorum:declarations']!.length).toBeGreaterThan(0);
    });

    it('should withhold recommendations of an exempt item, linked by the item or by its resolution', () => {
      const ids = doc['quorum:recommendations']!.map((r) => r.id);
      expect(ids).not.toContain('fixture-rec-by-item');
      expect(ids).not.toContain('fixture-rec-by-resolution');
      expect(ids.length).toBeGreaterThan(0);
    });

    it("should list a merged spelling among an event's attendees as the surviving person, once", async () => {
      const db = dbOf(t.store);
      const present = await db
        .selectFrom('attendance')
        .innerJoin('people', 'people.id', 'attendance.personId')
        .select(['people.id', 'people.displayName'])
        .where('attendance.meetingId', '=', fixture.meeting.meetingId)
        .where('attendance.kind', '=', 'present')
        .orderBy('attendance.position')
        .limit(2)
        .execute();
      const [survivor, spelling] = [present[0]!, present[1]!];
      await db.updateTable('people').set({ mergedIntoId: survivor.id }).where('id', '=', spelling.id).execute();
      try {
        const merged = JSON.parse(await exportText(t.store, popoloFormat, { baseUrl: 'https://c.example' })) as Doc;
        const event = merged.events!.find((e) => e.id === fixture.meeting.meetingId)!;
        const attendees = event.attendees as { id: string; name: string }[];
        expect(attendees.filter((a) => a.id === survivor.id)).toEqual([
          { id: survivor.id, name: survivor.displayName },
        ]);
        expect(attendees.map((a) => a.id)).not.toContain(spelling.id);
        // The extension keeps the record as stored, so that a reload (and an undo of the merge) loses nothing.
        expect(merged.persons!.find((p) => p.id === spelling.id)!['quorum:merged_into_id']).toBe(survivor.id);
      } finally {
        await db.updateTable('people').set({ mergedIntoId: null }).where('id', '=', spelling.id).execute();
      }
    });

    it('should count votes and name voters on the vote event of the resolution', () => {
      const vote = doc.vote_events![0]!;
      expect(doc.motions!.map((m) => m.id)).toContain(vote.motion_id);
      expect(vote.counts).toEqual(expect.arrayContaining([expect.objectContaining({ option: 'for', value: 7 })]));
      expect((vote.votes as unknown[]).length).toBe(1);
    });

    it('should link records to the portal under the base URL without a doubled slash', () => {
      expect(doc.meta.base_url).toBe('https://council.example');
      const event = doc.events![0]!;
      expect((event.sources as { url: string }[])[0]!.url).toBe(`https://council.example/meetings/${String(event.id)}`);
    });

    it("should write only one body's records with bodySlug", async () => {
      const body = await dbOf(t.store)
        .selectFrom('bodies')
        .select(['id', 'slug'])
        .where('id', '=', fixture.meeting.bodyId)
        .executeTakeFirstOrThrow();
      const one = JSON.parse(
        await exportText(t.store, popoloFormat, { baseUrl: 'https://c.example', bodySlug: body.slug }),
      ) as Doc;
      expect(one.organizations!.map((o) => o.id)).toEqual([body.id]);
      expect(one.events!.length).toBeGreaterThan(0);
      expect(one.events!.every((e) => e.organization_id === body.id)).toBe(true);
      expect(one.persons!.length).toBeLessThan(doc.persons!.length);
      expect(one.meta.body).toBe(body.slug);
    });

    it('should refuse an unknown body rather than write an empty export', async () => {
      await expect(
        exportText(t.store, popoloFormat, { baseUrl: 'https://c.example', bodySlug: 'no-such-body' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/no body/) });
    });
  });
}
