import type { Kysely } from 'kysely';
import type { WorkProgrammeEntry } from '../../domain/workProgramme.js';
import type { Database } from '../database.js';

/**
 * The one write the forward plan makes into the work programme: a committee pulling an entry in.
 * Kept apart from the work programme's own repository (issue 18 item 4, another part), into whose
 * use case this is to be folded.
 */
export class ForwardPlanWorkProgrammeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(entry: WorkProgrammeEntry): Promise<void> {
    await this.db.insertInto('workProgrammeEntries').values(entry).execute();
  }

  /** Whether the body's programme already holds an entry whose notes name this forward plan entry. */
  async holds(bodyId: string, marker: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('workProgrammeEntries')
      .select('id')
      .where('bodyId', '=', bodyId)
      .where('notes', 'like', `%${marker}%`)
      .executeTakeFirst();
    return row !== undefined;
  }
}
