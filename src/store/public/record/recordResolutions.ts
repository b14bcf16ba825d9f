import type { Kysely } from 'kysely';
import type { Resolution } from '../../../domain/minutes.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toResolution } from '../../rowMappers.js';
import { everyPublicResolution } from '../publicScope.js';
import type { RecordScope } from './recordScope.js';
import type { Sourced } from './sourced.js';

/** What the workspace records of a motion put to the vote (migration 0021); null for an imported resolution. */
export interface MotionFacts {
  /** motion or amendment. */
  readonly kind: string;
  readonly moverId: string | null;
  readonly seconderId: string | null;
  /** The rule that decided it (simple_majority, two_thirds_of_those_voting, majority_of_whole_membership). */
  readonly rule: string | null;
  /** carried, lost or tied. */
  readonly outcome: string | null;
  readonly outcomeReason: string | null;
  readonly castingVote: 'for' | 'against' | null;
}

/** A resolution with the meeting and body that made it. */
export interface ResolutionRecord extends Sourced<Resolution> {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly motion: MotionFacts | null;
}

/** The motion columns of a resolutions row, as the exports state them. */
export function motionFactsOf(r: {
  motionKind?: string | null;
  moverId?: string | null;
  seconderId?: string | null;
  voteRule?: string | null;
  outcome?: string | null;
  outcomeReason?: string | null;
  castingVote?: string | null;
}): MotionFacts | null {
  if (!r.motionKind) return null;
  return {
    kind: r.motionKind,
    moverId: r.moverId ?? null,
    seconderId: r.seconderId ?? null,
    rule: r.voteRule ?? null,
    outcome: r.outcome ?? null,
    outcomeReason: r.outcomeReason ?? null,
    castingVote: r.castingVote === 'for' || r.castingVote === 'against' ? r.castingVote : null,
  };
}

/** Resolutions and decisions of public items, and those meetings made outside any item, in id order. */
export class RecordResolutions {
  constructor(private readonly db: Kysely<Database>) {}

  async *stream(scope: RecordScope, pageSize?: number): AsyncGenerator<ResolutionRecord[]> {
    const pages = keysetPages(
      (after: string | null, limit) =>
        everyPublicResolution(this.db)
          .innerJoin('meetings', 'meetings.id', 'resolutions.meetingId')
          .selectAll('resolutions')
          .select('meetings.bodyId')
          .$if(scope.bodyId !== undefined, (q) => q.where('meetings.bodyId', '=', scope.bodyId!))
          .$if(scope.meetingId !== undefined, (q) => q.where('meetings.id', '=', scope.meetingId!))
          .$if(after !== null, (q) => q.where('resolutions.id', '>', after!))
          .orderBy('resolutions.id')
          .limit(limit)
          .execute(),
      (resolution) => resolution.id,
      pageSize,
    );
    for await (const rows of pages)
      yield rows.map((r) => ({
        ...toResolution(r),
        sourceDocumentId: r.sourceDocumentId,
        meetingId: r.meetingId,
        bodyId: r.bodyId,
        motion: motionFactsOf(r),
      }));
  }
}
