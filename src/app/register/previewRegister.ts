import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import type { RegisterLine } from '../../domain/register/registerLine.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { RegisterInvalid } from './recordRegister.js';
import { momentFrom, registerInputSchema, registerProblems, type RegisterInput } from './registerInput.js';
import { loadRegister, quorumOf, type RegisterView } from './registerView.js';

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The quorum the register would give as the clerk has filled it in, without saving anything: the
 * stored register with its quorum counted from the typed lines instead. Substitutes typed by name
 * are counted under that name (no person is looked up or created).
 * @throws RegisterInvalid (INPUT_INVALID) as `recordRegister`; AppError NOT_FOUND, FORBIDDEN.
 */
export async function previewRegister(
  store: Store,
  actor: Account,
  meetingId: string,
  input: RegisterInput,
): Promise<RegisterView> {
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
    const names = new Map(view.names);
    const line = (personId: string, fields: Partial<RegisterLine>): RegisterLine => ({
      id: personId,
      meetingId,
      personId,
      kind: 'present',
      reason: null,
      substituteForId: null,
      capacity: null,
      roleText: null,
      position: 0,
      remote: false,
      arrival: null,
      departure: null,
      ...fields,
    });
    const lines: RegisterLine[] = [
      ...register.members
        .filter((m) => m.status !== '')
        .map((m) =>
          line(m.personId, {
            kind: m.status === 'remote' ? 'present' : m.status === '' ? 'absent' : m.status,
            remote: m.status === 'remote',
            arrival: momentFrom(m.arrival, m.arrivalTime),
            departure: momentFrom(m.departure, m.departureTime),
          }),
        ),
      ...register.substitutes.flatMap((s, i) => {
        if (!s.name) return [];
        const id = `typed-substitute-${i}`;
        names.set(id, s.name);
        return [
          line(id, {
            kind: 'substitute',
            substituteForId: s.substituteForId,
            remote: s.remote,
            arrival: momentFrom(s.arrival, s.arrivalTime),
            departure: momentFrom(s.departure, s.departureTime),
          }),
        ];
      }),
    ];
    return { ...view, names, quorum: quorumOf(lines, view.items, view.members, view.body) };
  });
}
