import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { SearchIndexRepository } from '../repositories/searchIndexRepository.js';

/** @deprecated transitional, for `import-popolo` until it moves to src/app: use `repos.searchIndex`. */
export async function reindexMeeting(
  db: Kysely<Database>,
  meetingId: string,
  _bodyId?: string,
  _bodyName?: string,
  _date?: string,
): Promise<void> {
  await new SearchIndexRepository(db).reindexMeeting(meetingId);
}
