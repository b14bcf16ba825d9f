import type { Kysely } from 'kysely';
import type { Vote } from '../../../domain/minutes.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toVote } from '../../rowMappers.js';
import { publicVotes } from '../publicScope.js';
import type { RecordScope } from './recordScope.js';
import { motionFactsOf, type MotionFacts } from './recordResolutions.js';

/** A recorded vote with the meeting and body where it was cast. */
export interface VoteRecord extends Vote {
  readonly meetingId: string;
  readonly bodyId: string;
  /** The motion voted on, as the workspace recorded it (its result, rule, casting vote); null if imported. */
  readonly motion: MotionFacts | null;
}

interface VoteKey {
  readonly resolutionId: string;
  readonly id: string;
}

/**
 * Votes on resolutions of public items and on a meeting's own, by resolution (then id), so a
 * resolution's votes come together.
 */
export class RecordVotes {
  constructor(private readonly db: Kysely<Database>) {}

  async *stream(scope: RecordScope, pageSize?: number): AsyncGenerator<VoteRecord[]> {
    const pages = keysetPages(
      (after: VoteKey | null, limit) =>
        publicVotes(this.db)
          // Through the resolution's meeting, not its item: a meeting's own resolution has none.
          .innerJoin('meetings', 'meetings.id', 'resolutions.meetingId')
          .selectAll('votes')
          .select(['resolutions.meetingId', 'meetings.bodyId'])
          .select([
            'resolutions.motionKind',
            'resolutions.moverId',
            'resolutions.seconderId',
            'resolutions.voteRule',
            'resolutions.outcome',
            'resolutions.outcomeReason',
            'resolutions.castingVote',
          ])
          .$if(scope.bodyId !== undefined, (q) => q.where('meetings.bodyId', '=', scope.bodyId!))
          .$if(scope.meetingId !== undefined, (q) => q.where('meetings.id', '=', scope.meetingId!))
          .$if(after !== null, (q) =>
            q
              .where('votes.resolutionId', '>=', after!.resolutionId)
              .where((eb) =>
                eb.or([eb('votes.resolutionId', '>', after!.resolutionId), eb('votes.id', '>', after!.id)]),
              ),
          )
          .orderBy('votes.resolutionId')
          .orderBy('votes.id')
          .limit(limit)
          .execute(),
      (vote) => ({ resolutionId: vote.resolutionId, id: vote.id }),
      pageSize,
    );
    for await (const rows of pages)
      yield rows.map((v) => ({ ...toVote(v), meetingId: v.meetingId, bodyId: v.bodyId, motion: motionFactsOf(v) }));
  }
}
