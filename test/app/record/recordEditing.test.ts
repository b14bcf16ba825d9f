import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { importPaths } from '../../../src/app/importDocuments.js';
import { addMembership } from '../../../src/app/record/addMembership.js';
import { adoptTermsOfReference } from '../../../src/app/record/adoptTermsOfReference.js';
import { bodyRecordForClerk } from '../../../src/app/record/bodyRecordForClerk.js';
import { correctMembership } from '../../../src/app/record/correctMembership.js';
import { addOfficerPost, correctOfficerPost } from '../../../src/app/record/officerPosts.js';
import { renamePersonAsClerk, undoPersonChangeAsClerk } from '../../../src/app/record/peopleChanges.js';
import { personForClerk } from '../../../src/app/record/peopleForClerk.js';
import { setPoliticalBalance } from '../../../src/app/record/setPoliticalBalance.js';
import { updateBodySettings } from '../../../src/app/record/updateBodySettings.js';
import type { Account } from '../../../src/domain/account.js';
import { AppError } from '../../../src/domain/errors.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/people');
const FILES = ['fernleigh-2025-02-10.txt', 'fernleigh-2025-03-10.txt'].map((f) => path.join(FIXTURES, f));
const CHEAP = { cost: { log2N: 10, r: 8, p: 1 } };
const BODY = 'environment-committee';
const NOW = '2025-04-01T10:00:00.000Z';
const TODAY = '2025-04-01';

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'allowed';
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: the record made editable`, () => {
    let t: TestStore;
    let clerk: Account;
    let otherClerk: Account;
    let councillor: Account;
    beforeAll(async () => {
      t = await testStore(dialect);
      await importPaths(t.store, FILES);
      await t.store.repos.bodies.ensure('Planning Committee', undefined, NOW);
      const add = async (email: string, role: string, bodySlugs?: string[]) =>
        (await addUser(t.store, { email, role, bodySlugs, password: 'correct horse' }, 'cli:test', CHEAP)).account;
      clerk = await add('env.clerk@fernleigh.example', 'clerk', [BODY]);
      otherClerk = await add('planning.clerk@fernleigh.example', 'clerk', ['planning-committee']);
      councillor = await add('cllr@fernleigh.example', 'councillor');
    });
    afterAll(async () => {
      await t?.drop();
    });

    const audit = (subjectId: string) => t.store.repos.audit.list({ subjectId });
    const record = () => bodyRecordForClerk(t.store, clerk, BODY, TODAY);

    it('should let only a clerk of the body change its settings, and audit the change with before and after', async () => {
      const settings = {
        size: 4,
        quorumRule: { fraction: 0.5, minimum: 3 },
        meetingsPerYear: { min: 6, max: 10 },
        allowsSubstitutes: false,
      };
      expect(await refusal(updateBodySettings(t.store, otherClerk, BODY, settings, NOW))).toBe('FORBIDDEN');
      expect(await refusal(updateBodySettings(t.store, councillor, BODY, settings, NOW))).toBe('FORBIDDEN');
      expect(
        await refusal(
          updateBodySettings(t.store, clerk, BODY, { ...settings, quorumRule: { fraction: 2, minimum: 3 } }, NOW),
        ),
      ).toBe('INPUT_INVALID');
      await updateBodySettings(t.store, clerk, BODY, settings, NOW);
      const body = (await t.store.repos.bodies.findBySlug(BODY))!;
      expect(body).toMatchObject({ size: 4, quorumRule: { fraction: 0.5, minimum: 3 }, allowsSubstitutes: false });
      expect(body.meetingsPerYear).toEqual({ min: 6, max: 10 });
      const [entry] = await audit(body.id);
      expect(entry).toMatchObject({ actor: clerk.id, action: 'body.settings', after: settings });
      expect(entry!.before).toMatchObject({ size: null, allowsSubstitutes: true });
      // The clerk of the other body may change that one.
      await updateBodySettings(t.store, otherClerk, 'planning-committee', settings, NOW);
    });

    it('should add each adopted version of the terms of reference and keep the earlier ones', async () => {
      const terms = { powers: null, membershipRules: null, quorumText: null, frequencyText: null };
      await adoptTermsOfReference(
        t.store,
        clerk,
        BODY,
        { ...terms, adoptedOn: '2023-05-20', purpose: 'Old purpose' },
        NOW,
      );
      await adoptTermsOfReference(
        t.store,
        clerk,
        BODY,
        { ...terms, adoptedOn: '2025-03-01', purpose: 'New purpose' },
        NOW,
      );
      expect(
        await refusal(
          adoptTermsOfReference(t.store, otherClerk, BODY, { ...terms, adoptedOn: '2025-03-02', purpose: 'x' }, NOW),
        ),
      ).toBe('FORBIDDEN');
      expect((await record()).terms.map((v) => [v.adoptedOn, v.purpose])).toEqual([
        ['2025-03-01', 'New purpose'],
        ['2023-05-20', 'Old purpose'],
      ]);
      const detail = await t.store.public.bodies.detail(BODY, TODAY);
      expect(detail!.termsOfReference!.purpose).toBe('New purpose');
    });

    it('should list current and past members as stated or inferred, and warn when the body is over its size', async () => {
      const r = await record();
      const names = (list: typeof r.current) => list.map((m) => `${m.person.name}:${m.basis}`).sort();
      expect(names(r.current)).toContain('Kwame Johnson:inferred');
      expect(names(r.past)).toContain('Kwame Johnson:stated');
      expect(names(r.current)).toContain('Rosa Albright:inferred');
      expect(r.mayEdit).toBe(true);
      expect(r.warnings.map((w) => w.kind)).toContain('over_size');
      expect((await bodyRecordForClerk(t.store, otherClerk, BODY, TODAY)).mayEdit).toBe(false);
    });

    it('should correct an imported membership, keep what the document said, and keep the correction on re-import', async () => {
      const r = await record();
      const rosa = r.current.find((m) => m.person.name === 'Rosa Albright')!;
      expect(rosa.enteredBy).toBeNull();
      const fields = {
        role: 'chair' as const,
        votingScope: 'full' as const,
        party: 'Labour',
        startsOn: null,
        endsOn: '2025-03-31',
      };
      expect(await refusal(correctMembership(t.store, otherClerk, BODY, rosa.id, fields, NOW))).toBe('FORBIDDEN');
      await correctMembership(t.store, clerk, BODY, rosa.id, fields, NOW);
      expect(await refusal(correctMembership(t.store, clerk, BODY, rosa.id, fields, NOW))).toBe('CONFLICT');
      await correctMembership(
        t.store,
        clerk,
        BODY,
        rosa.id,
        { ...fields, role: 'vice_chair' },
        '2025-04-02T09:00:00.000Z',
      );
      const after = await record();
      const corrected = after.past.find((m) => m.id === rosa.id)!;
      expect(corrected).toMatchObject({ role: 'vice_chair', endsOn: '2025-03-31', enteredBy: clerk.id });
      const role = corrected.corrections.filter((c) => c.field === 'role');
      // Both corrections of the role say what the document said: member.
      expect(role.map((c) => [c.documentValue, c.correctedValue, c.correctedBy])).toEqual([
        ['member', 'chair', 'env.clerk@fernleigh.example'],
        ['member', 'vice_chair', 'env.clerk@fernleigh.example'],
      ]);
      expect((await audit(rosa.id)).map((e) => e.action)).toEqual(['membership.correct', 'membership.correct']);
      const publicMember = (await t.store.public.bodies.detail(BODY, TODAY))!.members.find(
        (m) => m.name === 'Rosa Albright',
      )!;
      expect(publicMember.current).toBe(false);
      expect(publicMember.corrections.map((c) => c.field)).toContain('role');
    });

    it('should keep a corrected stated membership when the document stating it is read again', async () => {
      const kwame = (await record()).past.find((m) => m.person.name === 'Kwame Johnson' && m.basis === 'stated')!;
      expect(kwame.basis).toBe('stated');
      expect(kwame.sourceDocumentId).not.toBeNull();
      const original = (await t.store.repos.memberships.find(kwame.id))!;
      await correctMembership(t.store, clerk, BODY, kwame.id, { ...original, party: 'Green' }, NOW);
      // What the importer does when the document is read again: replace what it stated at that meeting.
      await t.store.transaction((repos) =>
        repos.memberships.replaceStated(
          original.bodyId,
          original.firstSeenOn!,
          [original.sourceDocumentId!],
          [original],
        ),
      );
      expect((await t.store.repos.memberships.find(kwame.id))!.party).toBe('Green');
      const shown = (await record()).past.find((m) => m.id === kwame.id)!;
      expect(shown.corrections.map((c) => [c.field, c.documentValue, c.correctedValue])).toEqual([
        ['party', null, 'Green'],
      ]);
    });

    it('should add co-optees with their vote, refuse a vote to others and substitutes where none are allowed, and warn of votes outside scope', async () => {
      const base = { party: null, startsOn: '2025-01-01', endsOn: null };
      const person = 'priya-chandra';
      expect(
        await refusal(
          addMembership(t.store, clerk, BODY, { ...base, person, role: 'member', votingScope: 'none' }, NOW),
        ),
      ).toBe('INPUT_INVALID');
      expect(
        await refusal(
          addMembership(t.store, clerk, BODY, { ...base, person, role: 'substitute', votingScope: 'full' }, NOW),
        ),
      ).toBe('INPUT_INVALID');
      expect(
        await refusal(
          addMembership(
            t.store,
            clerk,
            BODY,
            { ...base, person: 'no-such-person', role: 'member', votingScope: 'full' },
            NOW,
          ),
        ),
      ).toBe('NOT_FOUND');
      expect(
        await refusal(
          addMembership(t.store, otherClerk, BODY, { ...base, person, role: 'member', votingScope: 'full' }, NOW),
        ),
      ).toBe('FORBIDDEN');
      const m = await addMembership(
        t.store,
        clerk,
        BODY,
        { ...base, person, role: 'co_optee', votingScope: 'education' },
        NOW,
      );
      expect((await audit(m.id))[0]).toMatchObject({ action: 'membership.add', actor: clerk.id });
      // A vote of our own making on an item that is not about education.
      const db = dbOf(t.store);
      const resolution = await db
        .selectFrom('resolutions')
        .innerJoin('agendaItems', 'agendaItems.id', 'resolutions.itemId')
        .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
        .select(['resolutions.id', 'agendaItems.title'])
        .where('meetings.date', '=', '2025-03-10')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('votes')
        .values({ id: 'vote-test', resolutionId: resolution.id, personId: m.personId, choice: 'for', count: null })
        .execute();
      const warnings = (await record()).warnings.filter((w) => w.kind === 'vote_outside_scope');
      expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining(resolution.title)]);
      // Entered memberships carry no correction: the clerk is the source.
      await correctMembership(t.store, clerk, BODY, m.id, { ...base, role: 'co_optee', votingScope: 'none' }, NOW);
      expect((await record()).current.find((x) => x.id === m.id)!.corrections).toEqual([]);
      expect((await record()).warnings.map((w) => w.kind)).toContain('non_voting_co_optee_voted');
    });

    it('should warn when the political balance is off, and say nothing once it holds', async () => {
      expect(await refusal(setPoliticalBalance(t.store, otherClerk, BODY, [{ party: 'Labour', seats: 5 }], NOW))).toBe(
        'FORBIDDEN',
      );
      await setPoliticalBalance(t.store, clerk, BODY, [{ party: 'Labour', seats: 5 }], NOW);
      expect((await record()).warnings.map((w) => w.kind)).toContain('balance_off');
      await setPoliticalBalance(t.store, clerk, BODY, [], NOW);
      expect((await record()).seats).toEqual([]);
      expect((await record()).warnings.map((w) => w.kind)).not.toContain('balance_off');
    });

    it('should rename a person as a clerk for every body only, keep the name the documents gave, and take it back on undo', async () => {
      const admin = (
        await addUser(
          t.store,
          { email: 'admin@fernleigh.example', role: 'admin', password: 'correct horse' },
          'cli:test',
          CHEAP,
        )
      ).account;
      expect(await refusal(renamePersonAsClerk(t.store, clerk, 'jane-garrard', 'Janet Garrard', NOW))).toBe(
        'FORBIDDEN',
      );
      const change = await renamePersonAsClerk(t.store, admin, 'jane-garrard', 'Janet Garrard', NOW);
      const page = await personForClerk(t.store, 'jane-garrard');
      expect(page.corrections.map((c) => [c.field, c.documentValue, c.correctedValue, c.correctedBy])).toEqual([
        ['name', 'Jane Garrard', 'Janet Garrard', 'admin@fernleigh.example'],
      ]);
      const publicPage = (await t.store.public.people.detail('jane-garrard'))!;
      expect(publicPage.corrections).toHaveLength(1);
      expect((await audit(change.personId)).map((e) => e.action)).toEqual(['person.rename']);
      await undoPersonChangeAsClerk(t.store, admin, change.id, '2025-04-01T11:00:00.000Z');
      expect((await personForClerk(t.store, 'jane-garrard')).corrections).toEqual([]);
      expect((await audit(change.personId)).map((e) => e.action)).toEqual(['person.undo', 'person.rename']);
    });

    it('should add and correct officer posts over time, keeping what the minutes said', async () => {
      const admin: Account = (await t.store.repos.accounts.findByEmail('admin@fernleigh.example'))!;
      const page = await personForClerk(t.store, 'jane-garrard');
      const seen = page.posts.find((p) => p.jobTitle === 'Governance Officer')!;
      expect(seen.meetings).toBe(1);
      await correctOfficerPost(
        t.store,
        admin,
        seen.id,
        { jobTitle: 'Governance Officer', organisation: null, startsOn: null, endsOn: '2025-03-31' },
        NOW,
      );
      const added = await addOfficerPost(
        t.store,
        admin,
        'jane-garrard',
        { jobTitle: 'Democratic Services Manager', organisation: null, startsOn: '2025-04-01', endsOn: null },
        NOW,
      );
      expect(
        await refusal(
          addOfficerPost(
            t.store,
            clerk,
            'jane-garrard',
            { jobTitle: 'x', organisation: null, startsOn: null, endsOn: null },
            NOW,
          ),
        ),
      ).toBe('FORBIDDEN');
      const after = await personForClerk(t.store, 'jane-garrard');
      expect(after.posts.map((p) => [p.jobTitle, p.endsOn])).toEqual([
        ['Democratic Services Manager', null],
        ['Governance Officer', '2025-03-31'],
        // "Same Garrard", merged into Jane, was also seen as Governance Officer: a post of their own.
        ['Governance Officer', null],
      ]);
      expect(after.postCorrections.map((c) => [c.field, c.documentValue, c.correctedValue])).toEqual([
        ['endsOn', null, '2025-03-31'],
      ]);
      expect((await audit(added.id))[0]!.action).toBe('officer_post.add');
      // Reading attendance again keeps the corrected post.
      await t.store.transaction((repos) => repos.officerPosts.recompute([seen.personId]));
      expect((await t.store.repos.officerPosts.find(seen.id))!.endsOn).toBe('2025-03-31');
    });
  });
}
