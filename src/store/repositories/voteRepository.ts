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
      .innerJoin('meetings', 'meetings.id', 'resolutions.meetingId')
      .leftJoin('agendaItems', 'agendaItems.id', 'resolutions.itemId')
      .innerJoin('people', 'people.id', 'votes.personId')
      // A meeting's own resolution (minutes with no items) has no item: what was voted on is its text.
      .select((eb) => [
        eb.fn.coalesce('people.mergedIntoId', 'people.id').as('personId'),
        'meetings.date',
        eb.fn.coalesce('agendaItems.title', 'resolutions.text').as('itemTitle'),
      ])
      .where('meetings.bodyId', '=', bodyId)
      .where((eb) => eb.or([eb('people.id', 'in', [...personIds]), eb('people.mergedIntoId', 'in', [...personIds])]))
      .distinct()
      .orderBy('meetings.date')
      .execute();
    return rows;
  }

  /** The votes these people cast by name at these meetings: a split moves them with the attendance. */
  async castAt(personIds: readonly string[], meetingIds: readonly string[]): Promise<{ id: string; from: string }[]> {
    if (personIds.length === 0 || meetingIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('votes')
      .innerJoin('resolutions', 'resolutions.id', 'votes.resolutionId')
      .select(['votes.id', 'votes.personId'])
      .where('resolutions.meetingId', 'in', [...meetingIds])
      .where('votes.personId', 'in', [...personIds])
      .orderBy('votes.id')
      .execute();
    return rows.map((r) => ({ id: r.id, from: r.personId! }));
  }

  /** Files each vote under the person given (a split, or its undo). */
  async reassign(moves: readonly { readonly id: string; readonly to: string }[]): Promise<void> {
    for (const m of moves) await this.db.updateTable('votes').set({ personId: m.to }).where('id', '=', m.id).execute();
  }
}
