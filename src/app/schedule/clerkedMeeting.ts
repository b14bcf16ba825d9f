import type { Account } from '../../domain/account.js';
import type { Body } from '../../domain/body.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Meeting } from '../../domain/meeting.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { assertMayClerk } from '../authorise.js';

/** The meeting and its body, for a clerk of that body; NOT_FOUND or FORBIDDEN otherwise. */
export async function clerkedMeeting(
  repos: Repositories,
  actor: Account,
  meetingId: string,
): Promise<{ meeting: Meeting; body: Body }> {
  const meeting = await repos.meetings.find(meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', `no meeting with id ${meetingId}`);
  assertMayClerk(actor, meeting.bodyId);
  const body = await repos.bodies.find(meeting.bodyId);
  if (!body) throw new AppError('NOT_FOUND', `no body with id ${meeting.bodyId}`);
  return { meeting, body };
}

/** The body, for a clerk of it; NOT_FOUND or FORBIDDEN otherwise. */
export async function clerkedBody(repos: Repositories, actor: Account, bodyId: string): Promise<Body> {
  assertMayClerk(actor, bodyId);
  const body = await repos.bodies.find(bodyId);
  if (!body) throw new AppError('NOT_FOUND', `no body with id ${bodyId}`);
  return body;
}

/**
 * Refuses a change made from a form opened before someone else's change: two clerks never
 * overwrite each other silently. `seen` is the meeting's updatedAt when the form was shown.
 */
export function assertUnchangedSince(meeting: Meeting, seen: string | undefined): void {
  if (seen !== undefined && seen !== meeting.updatedAt)
    throw new AppError(
      'CONFLICT',
      'someone else changed this meeting after you opened the form: open the meeting again to see their change, then make yours',
    );
}

/** The audit entry of a change to a meeting, written in the same transaction as the change. */
export async function auditMeeting(
  repos: Repositories,
  actor: Account,
  action: string,
  change: { meetingId: string; before: unknown; after: unknown; at: string },
): Promise<void> {
  await repos.audit.add({
    id: randomId(),
    at: change.at,
    actor: actor.id,
    action,
    subjectKind: 'meeting',
    subjectId: change.meetingId,
    before: change.before,
    after: change.after,
  });
}
