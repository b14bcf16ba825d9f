import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as portableSearchTerms from './0002-portable-search-terms.js';
import * as meetingChangeIndexes from './0003-meeting-change-indexes.js';
import * as exemptItemsIndex from './0004-exempt-items-index.js';
import * as unplacedDocuments from './0005-unplaced-documents.js';
import * as peopleRecord from './0006-people-record.js';
import * as accounts from './0010-accounts.js';
import * as dataVersion from './0013-data-version.js';

/** Every migration, in order. A released entry is never edited or removed; add a new one. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-initial': initial,
  '0002-portable-search-terms': portableSearchTerms,
  '0003-meeting-change-indexes': meetingChangeIndexes,
  '0004-exempt-items-index': exemptItemsIndex,
  '0005-unplaced-documents': unplacedDocuments,
  '0006-people-record': peopleRecord,
  '0010-accounts': accounts,
  '0013-data-version': dataVersion,
});
