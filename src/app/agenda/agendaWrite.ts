import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { AgendaMeeting } from '../../store/repositories/agendaRepository.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { assertMayClerk } from '../authorise.js';
import { StaleAgendaError } from './agendaErrors.js';

/** Every change to an agenda names the version its form showed. */
export interface AgendaVersioned {
  readonly meetingId: string;
  readonly version: number;
}

/**
 * The guard every agenda write starts with, inside its transaction: the meeting exists, the actor
 * clerks its body, its agenda was started, and nobody changed it since `version` (which this moves
 * on by one; a stale version throws StaleAgendaError and the transaction saves nothing).
 */
export async function openForWrite(
  repos: Repositories,
  actor: Account,
  target: AgendaVersioned,
  now: string,
): Promise<AgendaMeeting> {
  const meeting = await repos.agendas.meeting(target.meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', `no meeting with id ${target.meetingId}`);
  assertMayClerk(actor, meeting.bodyId);
  const state = await repos.agendas.state(meeting.id);
  if (!state) throw new AppError('NOT_FOUND', 'this meeting has no agenda yet: start it first');
  if (!(await repos.agendas.bump(meeting.id, target.version, now))) throw new StaleAgendaError(meeting.id);
  return meeting;
}

/** One audit entry for an agenda change. */
export async function auditAgenda(
  repos: Repositories,
  actor: Account,
  now: string,
  action: string,
  subject: { kind: string; id: string },
  before: unknown,
  after: unknown,
): Promise<void> {
  await repos.audit.add({
    id: randomId(),
    at: now,
    actor: actor.id,
    action,
    subjectKind: subject.kind,
    subjectId: subject.id,
    before,
    after,
  });
}
