import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { DialectName } from '../dialect.js';
import { MeetingRecordRepository } from '../records/saveMeetingRecord.js';
import { DocumentRepository } from './documentRepository.js';

/** The whole record by entity, for use cases (src/app): reads and writes, bound to one connection or transaction. */
export interface Repositories {
  readonly documents: DocumentRepository;
  readonly meetingRecords: MeetingRecordRepository;
}

export function repositoriesOver(db: Kysely<Database>, _dialect: DialectName): Repositories {
  return {
    documents: new DocumentRepository(db),
    meetingRecords: new MeetingRecordRepository(db),
  };
}
