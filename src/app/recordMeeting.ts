import { municipalYearOf } from '../domain/calendar/municipalYear.js';
import { stableId } from '../domain/ids.js';
import type { MeetingRecord } from '../domain/meetingRecord.js';
import type { DamagedSpelling } from '../domain/names/damagedSpelling.js';
import type { PersonMerge } from '../domain/person.js';
import type { Repositories } from '../store/repositories/repositories.js';
import type { Store } from '../store/store.js';
import { meetingFromRecord } from './meetingRecord/meetingFromRecord.js';
import { ProvenanceMarks } from './meetingRecord/provenanceMarks.js';
import { saveAttendance, saveDeclarations } from './meetingRecord/saveAttendance.js';
import { saveItems } from './meetingRecord/saveItems.js';
import { saveMeetingResolutions } from './meetingRecord/saveMeetingResolutions.js';
import { saveMemberships } from './meetingRecord/saveMemberships.js';
import { saveRecommendations } from './meetingRecord/saveRecommendations.js';
import { NameResolver } from './people/nameResolver.js';
import { proposeMerges } from './people/proposeMerges.js';

export interface RecordMeetingOptions {
  /** The document the record was read from; null for records entered by hand. */
  readonly sourceDocumentId: string | null;
  /** Earlier versions of that document, whose statements this record replaces. */
  readonly replacesDocumentIds?: readonly string[];
  readonly pageStarts?: readonly number[];
  readonly now?: string;
  /** Names of the whole document read as damaged copies of others in it (`damagedSpellingsIn`), held for review. */
  readonly damagedSpellings?: ReadonlyMap<string, DamagedSpelling>;
}

export interface RecordedMeeting {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly itemIds: readonly string[];
  /** People first met in this record, to be compared with those already known. */
  readonly createdPersonIds: readonly string[];
  /** What a clerk should look at: conflicting lists resolved by rule, declarations by people not recorded there. */
  readonly notes: readonly string[];
}

/**
 * Records one meeting as a whole (read from a document, or entered in one go) in one transaction,
 * then compares the people it names with those already known (`proposeMerges`).
 */
export function recordMeeting(
  store: Store,
  record: MeetingRecord,
  options: RecordMeetingOptions,
): Promise<RecordedMeeting & { readonly merges: readonly PersonMerge[] }> {
  const now = options.now ?? new Date().toISOString();
  return store.transaction(async (repos) => {
    const recorded = await recordMeetingIn(repos, record, { ...options, now });
    return { ...recorded, merges: await proposeMerges(repos, recorded.createdPersonIds, now) };
  });
}

/**
 * Writes one meeting and everything recorded of it, inside the caller's transaction. Statements
 * previously read from the same document (or its earlier versions) are replaced; what other
 * documents said of the meeting stays.
 */
export async function recordMeetingIn(
  repos: Repositories,
  record: MeetingRecord,
  options: RecordMeetingOptions,
): Promise<RecordedMeeting> {
  const now = options.now ?? new Date().toISOString();
  const docId = options.sourceDocumentId;
  const marks = new ProvenanceMarks(docId, options.pageStarts ?? []);
  const body = await repos.bodies.ensure(record.body.name, record.body.kind, now);
  const meetingId = stableId('meeting', body.slug, record.date);
  const municipalYear = municipalYearOf(record.date, await repos.calendar.municipalYears()).label;
  const existing = await repos.meetings.find(meetingId);
  const sources = [...(docId ? [docId] : []), ...(options.replacesDocumentIds ?? [])];
  // A meeting recorded before may lose people when a document is replaced: their memberships and posts are recomputed.
  const previously = existing ? await repos.attendance.personIdsOf(meetingId) : [];
  await repos.meetings.save(
    meetingFromRecord(record, existing, { id: meetingId, bodyId: body.id, municipalYear, now }),
  );
  for (const [field, span] of Object.entries(record.fieldSpans)) marks.mark('meeting', meetingId, field, span);
  // A meeting met for the first time has no statements to forget: meetings are never deleted, so none are left over.
  if (existing) {
    await repos.statements.forget(meetingId, sources);
    await repos.reviewFlags.forget(meetingId, sources);
  }
  const items = await saveItems(repos, meetingId, record.items, docId, marks, existing === undefined);
  const own = await saveMeetingResolutions(repos, meetingId, record.resolutions, docId, marks);
  await saveRecommendations(repos, meetingId, [...items.recommendations, ...own], existing === undefined);
  const names = new NameResolver(repos, docId, now, options.damagedSpellings);
  await names.prime([
    ...record.attendance.flatMap((a) => (a.substituteFor ? [a.name, a.substituteFor] : [a.name])),
    ...record.declarations.map((d) => d.name),
    ...record.memberships.map((m) => m.name),
  ]);
  const attendance = await saveAttendance(repos, meetingId, record.attendance, docId, names, marks, {
    isNew: existing === undefined,
  });
  const declarationNotes = await saveDeclarations(repos, meetingId, record.declarations, {
    sourceDocumentId: docId,
    items: items.names,
    attendees: attendance.personIds,
    names,
    marks,
    now,
  });
  await saveMemberships(
    repos,
    { bodyId: body.id, date: record.date, docId, sources: existing ? sources : [] },
    record,
    {
      attendees: [...attendance.personIds, ...previously],
      mayShrink: existing !== undefined,
      names,
      marks,
    },
  );
  await names.flush();
  await repos.provenance.add(marks.all);
  await repos.searchIndex.reindexMeeting(meetingId);
  return {
    meetingId,
    bodyId: body.id,
    itemIds: items.ids,
    createdPersonIds: names.created,
    notes: [...attendance.notes, ...declarationNotes, ...names.notes],
  };
}
