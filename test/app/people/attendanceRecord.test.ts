import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths, type ImportReport } from '../../../src/app/importDocuments.js';
import { decideMerge } from '../../../src/app/people/decideMerge.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/people');
const FEBRUARY = path.join(FIXTURES, 'fernleigh-2025-02-10.txt');
const MARCH = path.join(FIXTURES, 'fernleigh-2025-03-10.txt');
const BODY = 'environment-committee';

for (const dialect of DIALECTS) {
  describe(`${dialect}: attendance you can quote`, () => {
    let t: TestStore;
    let report: ImportReport;
    let warnings: string[];
    beforeAll(async () => {
      t = await testStore(dialect);
      report = await importPaths(t.store, [FEBRUARY, MARCH]);
      warnings = report.results.flatMap((r) => [...r.warnings]);
    });
    afterAll(async () => {
      await t?.drop();
    });

    const person = async (slug: string) => (await t.store.public.people.detail(slug))!;
    const rowsOf = async (slug: string) =>
      dbOf(t.store)
        .selectFrom('attendance')
        .innerJoin('people', 'people.id', 'attendance.personId')
        .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
        .select(['meetings.date', 'attendance.kind'])
        .where('people.slug', '=', slug)
        .orderBy('meetings.date')
        .execute();

    it('should import both meetings', () => {
      expect(report.totals).toMatchObject({ documents: 2, failed: 0, meetings: 2 });
    });

    it('should keep one kind per person per meeting when lists conflict, and say so', async () => {
      expect(await rowsOf('helen-easton')).toEqual([
        { date: '2025-02-10', kind: 'apologies' },
        { date: '2025-03-10', kind: 'present' },
      ]);
      expect(await rowsOf('owen-delacroix')).toEqual([{ date: '2025-02-10', kind: 'present' }]);
      expect(warnings).toContain('Councillor Helen Easton is listed as apologies and as absent: recorded as apologies');
      expect(warnings).toContain(
        'Councillor Owen Delacroix is listed as present and as apologies: recorded as present',
      );
    });

    it('should count rates once per meeting, only where the person was expected as a member', async () => {
      expect((await person('helen-easton')).rates).toEqual([
        expect.objectContaining({ bodySlug: BODY, attended: 1, expected: 2 }),
      ]);
      expect((await person('owen-delacroix')).rates).toEqual([expect.objectContaining({ attended: 1, expected: 1 })]);
      // An officer in attendance has no rate at all.
      expect((await person('marcus-hale')).rates).toEqual([]);
    });

    it('should keep a declaration by someone not recorded at the meeting, warn and flag it for review', async () => {
      expect(warnings).toContain(
        'Councillor Imogen Ivers declared an interest but is not recorded at the meeting: check the attendance',
      );
      expect((await person('imogen-ivers')).declarations).toEqual([
        expect.objectContaining({ date: '2025-02-10', text: expect.stringContaining('allotment society') }),
      ]);
      const flags = await t.store.repos.reviewFlags.list();
      expect(flags.map((f) => [f.kind, f.message])).toEqual([
        [
          'declaration_not_recorded',
          'Councillor Imogen Ivers declared an interest but is not recorded at the meeting: check the attendance',
        ],
      ]);
    });

    it('should record a stated membership with its words and inferred ones with first and last evidence', async () => {
      const kwame = await person('kwame-johnson');
      expect(kwame.memberships.map((m) => [m.body.slug, m.basis, m.firstSeenOn, m.lastSeenOn])).toEqual([
        [BODY, 'stated', '2025-02-10', '2025-02-10'],
        [BODY, 'inferred', '2025-03-10', '2025-03-10'],
      ]);
      expect(kwame.memberships[0]!.statement).toContain('has been appointed to fill a vacant seat on the Committee');
      const helen = await person('helen-easton');
      expect(helen.memberships.map((m) => [m.basis, m.firstSeenOn, m.lastSeenOn])).toEqual([
        ['inferred', '2025-02-10', '2025-03-10'],
      ]);
      // Absence as a member is evidence of membership; being in attendance as an officer is not.
      expect((await person('farid-ghani')).memberships.map((m) => m.basis)).toEqual(['inferred']);
      expect((await person('marcus-hale')).memberships).toEqual([]);
    });

    it('should list members on the body page with the basis of each', async () => {
      const body = (await t.store.public.bodies.detail(BODY, '2025-04-01'))!;
      const kwame = body.members.find((m) => m.slug === 'kwame-johnson')!;
      expect(kwame).toMatchObject({ basis: 'stated', statedOn: '2025-02-10', firstSeen: '2025-02-10', current: true });
      const farid = body.members.find((m) => m.slug === 'farid-ghani')!;
      expect(farid).toMatchObject({
        basis: 'inferred',
        firstSeen: '2025-02-10',
        lastSeen: '2025-02-10',
        current: false,
      });
      expect(body.members.map((m) => m.slug)).not.toContain('marcus-hale');
    });

    it('should make officers’ job titles posts with the dates they were seen', async () => {
      const marcus = await person('marcus-hale');
      expect(marcus.posts.map((p) => [p.jobTitle, p.firstSeenOn, p.lastSeenOn])).toEqual([
        ['Director of Place', '2025-03-10', '2025-03-10'],
        ['Head of Environmental Services', '2025-02-10', '2025-02-10'],
      ]);
    });

    it('should hold a damaged spelling for review instead of giving it a page, with its records kept', async () => {
      expect(warnings.some((w) => w.startsWith('"Same Garrard" looks like a damaged spelling of "Jane Garrard"'))).toBe(
        true,
      );
      const pending = await t.store.repos.merges.list(['pending']);
      expect(pending.map((m) => [m.mergedName, m.keptName])).toEqual([['Same Garrard', 'Jane Garrard']]);
      const listed = (await t.store.public.people.list()).map((p) => p.slug);
      expect(listed).toContain('jane-garrard');
      expect(listed).not.toContain('same-garrard');
      // The held spelling's page is Jane Garrard's, showing both meetings and one post seen at both.
      const jane = await person('same-garrard');
      expect(jane.person.slug).toBe('jane-garrard');
      expect(jane.attendance.map((a) => a.date)).toEqual(['2025-03-10', '2025-02-10']);
      expect(jane.posts.map((p) => [p.jobTitle, p.firstSeenOn, p.lastSeenOn])).toEqual([
        ['Governance Officer', '2025-02-10', '2025-03-10'],
      ]);
    });

    it('should give the held spelling a page of its own when a clerk rejects the match', async () => {
      const [held] = await t.store.repos.merges.list(['pending']);
      await decideMerge(t.store, held!.id, 'rejected', 'clerk');
      expect((await person('same-garrard')).person.displayName).toBe('Same Garrard');
      await decideMerge(t.store, held!.id, 'accepted', 'clerk');
      expect((await person('same-garrard')).person.slug).toBe('jane-garrard');
    });

    it('should split two people fused by a lost line break', async () => {
      expect((await person('nicole-harris')).posts.map((p) => p.jobTitle)).toEqual(['Parks Officer']);
      expect((await person('james-lavender')).posts.map((p) => p.jobTitle)).toEqual(['Democratic Services Officer']);
    });
  });

  describe(`${dialect}: two spellings of one person at one meeting`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should count the meeting once when a merged spelling was listed absent and the other sent apologies', async () => {
      const recorded = await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2023-03-30',
          attendance: [
            { name: 'Councillor Carole McCulloch', kind: 'present' },
            { name: 'Councillor AJ Matisko', kind: 'apologies', reason: 'personal reasons' },
            { name: 'Councillor AJ Matsiko', kind: 'absent' },
          ],
          declarations: [],
        }),
        { sourceDocumentId: null },
      );
      expect(recorded.merges.map((m) => m.status)).toEqual(['automatic']);
      const detail = (await t.store.public.people.detail('aj-matisko'))!;
      expect(detail.attendance.map((a) => a.kind)).toEqual(['apologies']);
      expect(detail.rates).toEqual([expect.objectContaining({ attended: 0, expected: 1 })]);
    });
  });

  describe(`${dialect}: memberships follow a replaced document`, () => {
    let t: TestStore;
    let dir: string;
    beforeAll(async () => {
      t = await testStore(dialect);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-people-'));
    });
    afterAll(async () => {
      await t?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('should drop a membership and a post whose only evidence a newer version removes', async () => {
      const file = path.join(dir, 'minutes.txt');
      const text = fs.readFileSync(FEBRUARY, 'utf8');
      fs.writeFileSync(file, text);
      await importPaths(t.store, [file]);
      expect((await t.store.public.people.detail('farid-ghani'))!.memberships).toHaveLength(1);
      expect((await t.store.public.people.detail('marcus-hale'))!.posts).toHaveLength(1);
      fs.writeFileSync(
        file,
        text
          .replace(', Councillor Farid Ghani', '')
          .replace('Marcus Hale - Head of Environmental Services', 'Marcus Hale'),
      );
      const again = await importPaths(t.store, [file]);
      expect(again.totals).toMatchObject({ documents: 1, failed: 0 });
      expect((await t.store.public.people.detail('farid-ghani'))!.memberships).toEqual([]);
      expect((await t.store.public.people.detail('marcus-hale'))!.posts).toEqual([]);
      expect((await t.store.public.people.detail('kwame-johnson'))!.memberships.map((m) => m.basis)).toEqual([
        'stated',
      ]);
    });
  });
}
