import type { Kysely } from 'kysely';
import type { RecordedVote } from '../../domain/bodyRules.js';
import type { Database } from '../database.js';

/** Votes recorded by name, for the checks of who may vote (bodyRules.ts). */
export class VoteRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The named votes these people cast at a body's meetings, under the person each spelling belongs to. */
  async castAtBody(bodyId: string, personIds: readonly string[]): Promise<RecordedVote[]> {
    if (personIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('votes')
      .innerJoin('resolutions', 'resolutions.id', 'votes.resolutionId')
      .innerJoin('agendaItems', 'agendaItems.id', 'resolutions.itemId')
      .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
      .innerJoin('people', 'people.id', 'votes.personId')
      .select((eb) => [
        eb.fn.coalesce('people.mergedIntoId', 'people.id').as('personId'),
        'meetings.date',
        'agendaItems.title as itemTitle',
      ])
      .where('meetings.bodyId', '=', bodyId)
      .where((eb) => eb.or([eb('people.id', 'in', [...personIds]), eb('people.mergedIntoId', 'in', [...personIds])]))
      .distinct()
      .orderBy('meetings.date')
      .execute();
    return rows;
  }
}
