import { AppError } from '../domain/errors.js';
import { readPopoloExport } from '../ingest/popolo/readPopoloExport.js';
import type { RecordToLoad } from '../store/repositories/recordLoadRepository.js';
import { giveReferences } from './tracker/giveReferences.js';
import type { Store } from '../store/store.js';
import { recordsFromPopolo } from './popolo/recordsFromPopolo.js';

export interface PopoloImportCounts {
  readonly bodies: number;
  readonly people: number;
  readonly meetings: number;
  readonly items: number;
  readonly attendance: number;
  readonly resolutions: number;
  readonly recommendations: number;
  readonly documents: number;
  readonly decisionNotices: number;
  readonly forwardPlan: number;
}

/**
 * Reads a Popolo export written by `quorum export --format popolo`, before any database is
 * touched. Fails with INPUT_INVALID naming the first problem: not JSON, a shape the schema
 * refuses, or a reference to a record the file does not hold.
 */
export function readPopoloImport(bytes: Uint8Array): RecordToLoad {
  return recordsFromPopolo(readPopoloExport(bytes));
}

/**
 * Loads a Popolo export into an EMPTY database in one transaction, keeping every id, so the
 * portal's URLs are those of the council that exported it, and rebuilds the search index of each
 * meeting. A database that holds records already is CONFLICT; anything wrong leaves nothing.
 */
export async function importPopolo(store: Store, record: RecordToLoad): Promise<PopoloImportCounts> {
  await store.transaction(async (repos) => {
    const held = await repos.recordLoad.tableHoldingRecords();
    if (held !== null)
      throw new AppError(
        'CONFLICT',
        `the database already holds ${held}; import a Popolo export only into an empty database`,
      );
    await repos.recordLoad.load(record);
    for (const meeting of record.meetings) await repos.searchIndex.reindexMeeting(meeting.id);
    // Exports since the tracker carry its references; recommendations from older ones get them here.
    await giveReferences(repos);
  });
  return {
    bodies: record.bodies.length,
    people: record.people.length,
    meetings: record.meetings.length,
    items: record.items.length,
    attendance: record.attendance.length,
    resolutions: record.resolutions.length,
    recommendations: record.recommendations.length,
    documents: record.documents.length,
    decisionNotices: record.decisionNotices.length,
    forwardPlan: record.forwardPlan.length,
  };
}
