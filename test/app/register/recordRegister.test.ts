import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { recordRegister, RegisterInvalid } from '../../../src/app/register/recordRegister.js';
import type { RegisterInput } from '../../../src/app/register/registerInput.js';
import { inputFromRegister, registerForClerk, type RegisterView } from '../../../src/app/register/registerView.js';
import type { Account } from '../../../src/domain/account.js';
import { AppError } from '../../../src/domain/errors.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const CHEAP = { cost: { log2N: 10, r: 8, p: 1 } };
const NOW = '2025-03-12T21:00:00.000Z';

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
  describe(`${dialect}: recording a meeting's register`, () => {
    let t: TestStore;
    let clerk: Account;
    let otherClerk: Account;
    let councillor: Account;
    let meetingId: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      const saved = await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
      meetingId = saved.meetingId;
      await recordMeeting(t.store, buildMeetingRecord({ body: { name: 'Licensing Committee' } }), {
        sourceDocumentId: null,
      });
      const add = async (email: string, role: string, bodySlugs?: string[]) =>
        (await addUser(t.store, { email, role, bodySlugs, password: 'correct horse' }, 'cli:test', CHEAP)).account;
      clerk = await add('clerk@harbourside.example', 'clerk', ['harbourside-overview-and-scrutiny-committee']);
      otherClerk = await add('lic@harbourside.example', 'clerk', ['licensing-committee']);
      councillor = await add('cllr@harbourside.example', 'councillor');
    });
    afterEach(async () => {
      await t?.drop();
    });

    const view = () => registerForClerk(t.store, clerk, meetingId);
    const item = (v: RegisterView, minute: string) => v.items.find((i) => i.minuteNumber === minute)!.id;
    const member = (input: RegisterInput, v: RegisterView, name: string) =>
      input.members.find((m) => v.members.find((x) => x.personId === m.personId)!.name.includes(name))!;

    it('should show an imported register: members on the day, substitutes, others, and the quorum at each item', async () => {
      const v = await view();
      expect(v.members.map((m) => [m.name, m.line?.kind, m.line?.reason ?? null])).toEqual([
        ['Ada Lovelace', 'present', null],
        ['Rhian Evans', 'apologies', 'unwell'],
        ['Tom Brown', 'present', null],
      ]);
      expect(v.substitutes.map((s) => [s.name, v.names.get(s.substituteForId!)])).toEqual([
        ['Gus Patel', 'Rhian Evans'],
      ]);
      expect(v.others.map((o) => [o.name, o.roleText, o.capacity])).toEqual([
        ['Maya Chen', 'Director of Place', 'officer'],
      ]);
      // Three seats (no size set), quorum three: Ada, Tom and Gus in Rhian's place.
      expect(v.quorum.atStart).toMatchObject({ needed: 3, quorate: true });
      expect(v.quorum.items.map((q) => q.counted.length)).toEqual([3, 3, 3]);
      expect(v.version).toBe(0);
    });

    it('should record late arrival, remote attendance and a new officer, and warn on the items taken inquorate', async () => {
      const before = await view();
      const input = inputFromRegister(before);
      Object.assign(member(input, before, 'Tom'), {
        arrival: `during:${item(before, '42')}`,
        arrivalTime: '18:50',
      });
      Object.assign(member(input, before, 'Ada'), { departure: `after:${item(before, '43')}`, departureTime: '20:05' });
      input.substitutes[0]!.remote = true;
      input.others.push({ name: 'Sam Okoro', roleText: 'Democratic Services Officer', capacity: 'officer' });
      expect(await recordRegister(t.store, clerk, meetingId, input, NOW)).toBe(1);

      const after = await view();
      expect(after.version).toBe(1);
      const tom = after.members.find((m) => m.name === 'Tom Brown')!.line!;
      expect(tom.arrival).toEqual({ itemId: item(after, '42'), during: true, time: '18:50' });
      expect(after.substitutes[0]).toMatchObject({ name: 'Gus Patel', remote: true });
      expect(after.others.map((o) => o.name)).toEqual(['Maya Chen', 'Sam Okoro']);
      // Tom misses items 41 and 42, and Gus attends remotely, which does not count: never three.
      expect(after.quorum.items.map((q) => [q.counted.length, q.quorate])).toEqual([
        [1, false],
        [1, false],
        [2, false],
      ]);
      expect(after.quorum.items[0]!.attending).toContain(after.substitutes[0]!.personId);
      // The public meeting page reads the same lines.
      const detail = (await t.store.public.meetings.detail(meetingId))!;
      const publicTom = detail.attendance.find((a) => a.person.name === 'Tom Brown')!;
      expect(publicTom).toMatchObject({ kind: 'present', remote: false, arrival: { during: true, time: '18:50' } });
      const [entry] = await t.store.repos.audit.list({ subjectId: meetingId });
      expect(entry).toMatchObject({ actor: clerk.id, action: 'register.record', subjectKind: 'meeting' });
      expect((entry!.after as unknown[]).length).toBe(6);
    });

    it('should keep an unchanged imported line as it was, and rewrite only what changed', async () => {
      const before = await view();
      const input = inputFromRegister(before);
      member(input, before, 'Rhian').reason = 'on holiday';
      const ada = before.members.find((m) => m.name === 'Ada Lovelace')!.line!.id;
      const rhian = before.members.find((m) => m.name === 'Rhian Evans')!.line!.id;
      const marks = async (id: string) =>
        (await dbOf(t.store).selectFrom('provenance').select('id').where('subjectId', '=', id).execute()).length;
      // As an import of a document would mark them (this one was recorded without a document).
      await dbOf(t.store)
        .insertInto('documents')
        .values({
          id: 'doc',
          contentHash: 'x',
          mediaType: 'text/plain',
          origin: 'test',
          title: null,
          byteSize: 9,
          pageCount: null,
          text: 'Present: ',
          pageStarts: null,
          supersedesId: null,
          importedAt: NOW,
        })
        .execute();
      await dbOf(t.store)
        .insertInto('provenance')
        .values(
          [ada, rhian].map((subjectId) => ({
            subjectKind: 'attendance',
            subjectId,
            field: null,
            documentId: 'doc',
            startOffset: 0,
            endOffset: 9,
            page: null,
            inferred: 0,
          })),
        )
        .execute();
      await recordRegister(t.store, clerk, meetingId, input, NOW);
      // Ada's line still points to where the minutes say so; Rhian's is now the clerk's word.
      expect(await marks(ada)).toBe(1);
      expect(await marks(rhian)).toBe(0);
      const lines = await t.store.repos.register.lines(meetingId);
      expect(lines.map((l) => l.id).sort()).toEqual(
        before.members
          .map((m) => m.line!.id)
          .concat(before.substitutes[0]!.id, before.others[0]!.id)
          .sort(),
      );
      expect(lines.find((l) => l.kind === 'apologies')!.reason).toBe('on holiday');
    });

    it('should refuse the clerk of another body and a councillor, on reading and on saving', async () => {
      const input = inputFromRegister(await view());
      expect(await refusal(registerForClerk(t.store, otherClerk, meetingId))).toBe('FORBIDDEN');
      expect(await refusal(recordRegister(t.store, otherClerk, meetingId, input, NOW))).toBe('FORBIDDEN');
      expect(await refusal(recordRegister(t.store, councillor, meetingId, input, NOW))).toBe('FORBIDDEN');
      expect(await refusal(recordRegister(t.store, clerk, 'no-such-meeting', input, NOW))).toBe('NOT_FOUND');
      expect((await view()).version).toBe(0);
    });

    it('should refuse a save begun from an older version, saving nothing', async () => {
      const v = await view();
      const first = inputFromRegister(v);
      const second = inputFromRegister(v);
      member(first, v, 'Tom').status = 'absent';
      member(second, v, 'Tom').status = 'remote';
      await recordRegister(t.store, clerk, meetingId, first, NOW);
      expect(await refusal(recordRegister(t.store, clerk, meetingId, second, NOW))).toBe('CONFLICT');
      const after = await view();
      expect(after.members.find((m) => m.name === 'Tom Brown')!.line!.kind).toBe('absent');
      expect(after.version).toBe(1);
    });

    it('should refuse a save when the attendance changed by another way (an import) since the form was loaded', async () => {
      const v = await view();
      const input = inputFromRegister(v);
      const maya = v.others[0]!;
      await t.store.transaction((repos) =>
        repos.attendance.add([
          {
            id: 'imported-line',
            meetingId,
            personId: maya.personId,
            kind: 'absent',
            reason: null,
            substituteForId: null,
            capacity: null,
            roleText: null,
            position: 9,
            sourceDocumentId: null,
          },
        ]),
      );
      await t.store.transaction((repos) => repos.attendance.remove(['imported-line']));
      // Added and removed again: the same register, saved.
      expect(await recordRegister(t.store, clerk, meetingId, input, NOW)).toBe(1);
      const again = inputFromRegister(await view());
      await t.store.transaction((repos) => repos.attendance.remove([maya.id]));
      expect(await refusal(recordRegister(t.store, clerk, meetingId, again, NOW))).toBe('CONFLICT');
      expect((await view()).version).toBe(1);
    });

    it('should name each problem on its field and save nothing', async () => {
      const v = await view();
      const input = inputFromRegister(v);
      member(input, v, 'Ada').reason = 'late train';
      Object.assign(member(input, v, 'Tom'), {
        arrival: `during:${item(v, '43')}`,
        departure: `after:${item(v, '41')}`,
        arrivalTime: '7pm',
      });
      input.substitutes[0]!.substituteForId = member(input, v, 'Ada').personId;
      input.substitutes.push({
        name: '',
        substituteForId: member(input, v, 'Rhian').personId,
        remote: false,
        arrival: '',
        arrivalTime: '',
        departure: '',
        departureTime: '',
      });
      let problems: readonly { field: string; message: string }[] = [];
      try {
        await recordRegister(t.store, clerk, meetingId, input, NOW);
      } catch (error) {
        if (!(error instanceof RegisterInvalid)) throw error;
        problems = error.problems;
      }
      const ada = input.members.indexOf(member(input, v, 'Ada'));
      const tom = input.members.indexOf(member(input, v, 'Tom'));
      expect(problems.map((p) => p.field)).toEqual([`members.${tom}.arrivalTime`]);
      member(input, v, 'Tom').arrivalTime = '19:00';
      try {
        await recordRegister(t.store, clerk, meetingId, input, NOW);
      } catch (error) {
        if (!(error instanceof RegisterInvalid)) throw error;
        problems = error.problems;
      }
      expect(problems).toEqual([
        { field: `members.${ada}.reason`, message: 'Give a reason only for a member who sent apologies' },
        { field: `members.${tom}.departure`, message: 'The departure must come after the arrival' },
        {
          field: 'substitutes.0.substituteForId',
          message: 'Ada Lovelace is recorded as attending: a substitute takes the place of a member who is not there',
        },
        { field: 'substitutes.1.name', message: 'Enter the name of the substitute' },
      ]);
      expect((await view()).version).toBe(0);
      expect(await t.store.repos.audit.list({ subjectId: meetingId })).toEqual([]);
    });
  });
}
