import type { Account } from '../../domain/account.js';
import type { AttendanceKind } from '../../domain/attendance.js';
import { AppError } from '../../domain/errors.js';
import { randomId, stableId } from '../../domain/ids.js';
import type { PersonKind } from '../../domain/person.js';
import type { RegisterLine } from '../../domain/register/registerLine.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { NameResolver } from '../people/nameResolver.js';
import {
  momentFrom,
  registerInputSchema,
  registerProblems,
  type RegisterInput,
  type RegisterProblem,
} from './registerInput.js';
import { loadRegister, roleTextOf, type NamedLine } from './registerView.js';

/** What the clerk typed has problems: each on its field, nothing saved. */
export class RegisterInvalid extends AppError {
  constructor(readonly problems: readonly RegisterProblem[]) {
    super('INPUT_INVALID', problems.map((p) => p.message).join('; '));
  }
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The kind of person a name in attendance suggests, as imports judge it. */
function personKindFor(capacity: string): PersonKind {
  if (capacity === 'officer') return 'officer';
  if (capacity === 'partner' || capacity === 'witness') return 'partner';
  return capacity === 'member' || capacity === 'executive_member' ? 'councillor' : 'unknown';
}

/** A line as the audit log keeps it: what it says, not its storage. */
function audited(l: RegisterLine) {
  return {
    personId: l.personId,
    kind: l.kind,
    remote: l.remote,
    reason: l.reason,
    substituteForId: l.substituteForId,
    capacity: l.capacity,
    roleText: l.roleText,
    arrival: l.arrival,
    departure: l.departure,
  };
}

/**
 * Records a meeting's register as the clerk wrote it: each member's attendance (in the room,
 * remotely, apologies with a reason, absent), substitutes and whom they stood for, others in
 * attendance with their role, and arrivals and departures against items. It becomes the meeting's
 * attendance, as an import would write it, in one transaction with its audit entry, and only from
 * the version the clerk loaded: a register changed since is a conflict (409), never overwritten.
 * @returns the register's new version.
 * @throws RegisterInvalid (INPUT_INVALID) with a problem per field; AppError NOT_FOUND, FORBIDDEN, CONFLICT.
 */
export async function recordRegister(
  store: Store,
  actor: Account,
  meetingId: string,
  input: RegisterInput,
  now = new Date().toISOString(),
): Promise<number> {
  const parsed = registerInputSchema.safeParse(input);
  if (!parsed.success)
    throw new RegisterInvalid(
      parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: capitalised(i.message) })),
    );
  const register = parsed.data;
  return store.transaction(async (repos) => {
    const meeting = await repos.meetings.find(meetingId);
    if (!meeting) throw new AppError('NOT_FOUND', 'There is no such meeting');
    assertMayClerk(actor, meeting.bodyId);
    const view = await loadRegister(repos, meetingId);
    const problems = registerProblems(register, {
      itemIds: view.items.map((i) => i.id),
      members: new Map(view.members.map((m) => [m.personId, m.name])),
      allowsSubstitutes: view.body.allowsSubstitutes,
    });
    if (problems.length) throw new RegisterInvalid(problems);
    // The claim locks the meeting's row until commit: no other save of the register runs meanwhile.
    const claimed = await repos.register.claimVersion(meetingId, register.version);
    if (!claimed || register.fingerprint !== view.fingerprint)
      throw new AppError('CONFLICT', 'someone else changed this register since you opened the page: nothing was saved');

    const before: NamedLine[] = [
      ...view.members.flatMap((m) => (m.line ? [m.line] : [])),
      ...view.substitutes,
      ...view.others,
    ];
    const earlier = new Map(before.map((l) => [l.personId, l]));
    const names = new NameResolver(repos, null, now);
    const lines: RegisterLine[] = [];
    const placed = new Map<string, string>();
    const duplicates: RegisterProblem[] = [];
    const add = (field: string, personId: string, kind: AttendanceKind, fields: Partial<RegisterLine>) => {
      if (placed.has(personId)) {
        duplicates.push({ field, message: `${placed.get(personId)} is already in the register` });
        return;
      }
      const was = earlier.get(personId);
      lines.push({
        id: stableId('attendance', meetingId, personId, kind),
        meetingId,
        personId,
        kind,
        reason: null,
        substituteForId: null,
        capacity: was?.capacity ?? null,
        roleText: was?.roleText ?? null,
        position: lines.length + 1,
        remote: false,
        arrival: null,
        departure: null,
        ...fields,
      });
    };

    register.members.forEach((m, i) => {
      const member = view.members.find((v) => v.personId === m.personId)!;
      if (m.status === '') return;
      const there = m.status === 'present' || m.status === 'remote';
      add(`members.${i}.status`, m.personId, m.status === 'remote' ? 'present' : m.status, {
        roleText: earlier.get(m.personId)?.roleText ?? roleTextOf(member),
        reason: m.status === 'apologies' && m.reason ? m.reason : null,
        remote: m.status === 'remote',
        arrival: there ? momentFrom(m.arrival, m.arrivalTime) : null,
        departure: there ? momentFrom(m.departure, m.departureTime) : null,
      });
      placed.set(m.personId, member.name);
    });
    for (const [i, s] of register.substitutes.entries()) {
      if (!s.name) continue;
      const personId = await names.idOf(s.name, 'councillor');
      if (!personId) {
        duplicates.push({ field: `substitutes.${i}.name`, message: 'Enter the name of the substitute' });
        continue;
      }
      add(`substitutes.${i}.name`, personId, 'substitute', {
        substituteForId: s.substituteForId,
        remote: s.remote,
        arrival: momentFrom(s.arrival, s.arrivalTime),
        departure: momentFrom(s.departure, s.departureTime),
      });
      placed.set(personId, s.name);
    }
    for (const [i, o] of register.others.entries()) {
      if (!o.name) continue;
      const personId = await names.idOf(o.name, personKindFor(o.capacity));
      if (!personId) {
        duplicates.push({ field: `others.${i}.name`, message: 'Enter the name of the person attending' });
        continue;
      }
      add(`others.${i}.name`, personId, 'in_attendance', {
        capacity: o.capacity || null,
        roleText: o.roleText || null,
      });
      placed.set(personId, o.name);
    }
    if (duplicates.length) throw new RegisterInvalid(duplicates);

    await names.flush();
    await repos.register.replace(meetingId, lines);
    const touched = new Set([...before, ...lines].map((l) => l.personId));
    await repos.memberships.recomputeInferred(meeting.bodyId, [...touched]);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'register.record',
      subjectKind: 'meeting',
      subjectId: meetingId,
      before: before.map(audited),
      after: lines.map(audited),
    });
    return register.version + 1;
  });
}
