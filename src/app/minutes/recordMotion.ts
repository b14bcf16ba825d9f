import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import { resolutionKindOf } from '../../domain/minutes.js';
import { decideMotion, MotionInputSchema, type MotionDecision } from '../../domain/minutes/motion.js';
import type { Store } from '../../store/store.js';
import { syncItemRecommendations } from '../tracker/syncItemRecommendations.js';
import { assertWritable, auditMinutes, itemOf, markDraft, membersAt, minutesMeeting } from './minutesAccess.js';

/**
 * Records a motion or amendment on an item, with its mover and seconder, its votes (a tally, each
 * member's vote, or assent), the rule that decides it and the result that rule gives, stated with
 * its reason. It is kept as a resolution of the item with its votes, as imported ones are; one
 * lost, or an amendment, is recorded but is neither formal nor a decision. A carried motion that
 * recommends is tracked as a recommendation, as a written "RESOLVED to recommend" is.
 * @throws AppError INPUT_INVALID (zod's messages joined by "; "), CONFLICT (stale form, or locked
 * minutes), NOT_FOUND, FORBIDDEN.
 */
export async function recordMotion(
  store: Store,
  actor: Account,
  target: { readonly meetingId: string; readonly itemId: string; readonly version: number },
  input: unknown,
  now: string,
): Promise<MotionDecision> {
  const parsed = MotionInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INPUT_INVALID', parsed.error.issues.map((i) => i.message).join('; '));
  const motion = parsed.data;
  const decision = decideMotion(motion);
  return store.transaction(async (repos) => {
    const m = await minutesMeeting(repos, actor, target.meetingId);
    const item = itemOf(m, target.itemId);
    assertWritable(m);
    if (motion.mode === 'recorded') {
      // A recorded vote names every member: one left out would read as if they were not there.
      const named = new Set(motion.votes.map((v) => v.personId));
      const missing = (await membersAt(repos, m.meeting)).filter((p) => !named.has(p.id)).map((p) => p.name);
      if (missing.length)
        throw new AppError(
          'INPUT_INVALID',
          `a recorded vote names each member's vote: choose one for ${missing.join(', ')}`,
        );
    }
    const people = new Set(
      (await repos.people.byIds([motion.moverId, motion.seconderId, ...motion.votes.map((v) => v.personId)])).map(
        (p) => p.id,
      ),
    );
    for (const id of [motion.moverId, motion.seconderId, ...motion.votes.map((v) => v.personId)])
      if (!people.has(id)) throw new AppError('INPUT_INVALID', 'choose members of the body from the lists');
    if (!(await repos.minutes.touchItem(item.id, target.version)))
      throw new AppError(
        'CONFLICT',
        'someone else changed the minutes of this item since you opened the page: nothing was saved',
      );
    const carried = decision.outcome === 'carried' && motion.kind === 'motion';
    const id = randomId();
    const votes =
      motion.mode === 'recorded'
        ? motion.votes.map((v) => ({ id: randomId(), personId: v.personId, choice: v.choice, count: null }))
        : decision.tally
          ? (['for', 'against', 'abstain'] as const).map((choice) => ({
              id: randomId(),
              personId: null,
              choice,
              count: decision.tally![choice],
            }))
          : [];
    await repos.minutes.addMotion({
      id,
      meetingId: item.meetingId,
      itemId: item.id,
      position: 0,
      label: null,
      kind: carried ? resolutionKindOf(motion.text) : 'other',
      isFormal: carried,
      text: motion.text,
      motionKind: motion.kind,
      moverId: motion.moverId,
      seconderId: motion.seconderId,
      voteRule: motion.mode === 'assent' ? null : motion.rule,
      voteMembership: motion.membership,
      castingVote: motion.castingVote,
      outcome: decision.outcome,
      outcomeReason: decision.reason,
      votes,
    });
    await syncItemRecommendations(repos, actor, m.meeting.id, item.id, now);
    await markDraft(repos, m, now);
    await repos.searchIndex.reindexMeeting(m.meeting.id);
    await auditMinutes(repos, actor, now, 'minutes.motion.add', { kind: 'resolution', id }, null, {
      ...motion,
      ...decision,
    });
    return decision;
  });
}

/**
 * Removes a motion recorded here by mistake, from draft minutes only; the recommendation it made
 * goes too unless the clerk has started tracking it (then it stays, as with written minutes).
 * @throws AppError CONFLICT, NOT_FOUND, FORBIDDEN.
 */
export async function removeMotion(
  store: Store,
  actor: Account,
  target: {
    readonly meetingId: string;
    readonly itemId: string;
    readonly version: number;
    readonly resolutionId: string;
  },
  now: string,
): Promise<void> {
  await store.transaction(async (repos) => {
    const m = await minutesMeeting(repos, actor, target.meetingId);
    const item = itemOf(m, target.itemId);
    assertWritable(m);
    const before = (await repos.minutes.motions(item.id)).find((r) => r.id === target.resolutionId);
    if (!before) throw new AppError('NOT_FOUND', 'There is no such motion on this item');
    if (!(await repos.minutes.touchItem(item.id, target.version)))
      throw new AppError(
        'CONFLICT',
        'someone else changed the minutes of this item since you opened the page: nothing was removed',
      );
    await repos.minutes.removeMotion(item.id, before.id);
    await syncItemRecommendations(repos, actor, m.meeting.id, item.id, now);
    await repos.searchIndex.reindexMeeting(m.meeting.id);
    await auditMinutes(repos, actor, now, 'minutes.motion.remove', { kind: 'resolution', id: before.id }, before, null);
  });
}
