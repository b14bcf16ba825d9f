import type { Kysely } from 'kysely';
import type { Vote } from '../../../domain/minutes.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toVote } from '../../rowMappers.js';
import { publicVotes } from '../publicScope.js';
import type { RecordScope } from './recordScope.js';

/** A recorded vote with the meeting and body where it was cast. */
export interface VoteRecord extends Vote {
  readonly meetingId: string;
  readonly bodyId: string;
}

interface VoteKey {
  readonly resolutionId: string;
  readonly id: string;
}

/** Votes on resolutions of public items, by resolution (then id), so a resolution's votes come together. */
export class RecordVotes {
  constructor(private readonly db: Kysely<Database>) {}

  async *stream(scope: RecordScope, pageSize?: number): AsyncGenerator<VoteRecord[]> {
    const pages = keysetPages(
      (after: VoteKey | null, limit) =>
        publicVotes(this.db)
          .innerJoin('agendaItems', 'agendaItems.id', 'resolutions.itemId')
          .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
          .selectAll('votes')
          .select(['agendaItems.meetingId', 'meetings.bodyId'])
          .$if(scope.bodyId !== undefined, (q) => q.where('meetings.bodyId', '=', scope.bodyId!))
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
    for await (const rows of pages) yield rows.map((v) => ({ ...toVote(v), meetingId: v.meetingId, bodyId: v.bodyId }));
  }
}
