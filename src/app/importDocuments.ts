import path from 'node:path';
import { stableId } from '../domain/ids.js';
import type { DamagedSpelling } from '../domain/names/damagedSpelling.js';
import { PersonNameIndex } from '../domain/names/personNameIndex.js';
import type { DocumentPart, MediaType } from '../domain/sourceDocument.js';
import type { Repositories } from '../store/repositories/repositories.js';
import type { Batch, Store } from '../store/store.js';
import { stripMarks } from '../store/search/searchIndex.js';
import { collectFiles, type CollectedFile } from './collectFiles.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './importLimits.js';
import { readAndParseInWorker } from './parseInWorker.js';
import { meetingRecordFromParse, type RecordFromParse } from '../ingest/meetingRecordFromParse.js';
import { withGivenBody } from './givenBody.js';
import type { ParsedDocument, ParsedMeeting } from '../ingest/parsedDocument.js';
import { parsedRecommendations } from '../ingest/parsedRecommendations.js';
import { parsedExemptPassages } from '../ingest/parsedExemptPassages.js';
import { scheduledMeetingsFromParse } from '../ingest/scheduledMeetingsFromParse.js';
import { recordScheduledMeetingsIn } from './meetingRecord/recordScheduledMeetings.js';
import { writtenMinutesInTheWay } from './meetingRecord/writtenMinutesGuard.js';
import { damagedSpellingsIn } from './people/documentSpellings.js';
import { proposeMerges } from './people/proposeMerges.js';
import { recordMeetingIn } from './recordMeeting.js';

export type ImportStatus = 'Imported' | 'Skipped' | 'Failed';

export interface ImportResult {
  readonly source: string;
  readonly status: ImportStatus;
  /** Why it was skipped or failed: one line naming the problem. */
  readonly reason: string | null;
  readonly documentId: string | null;
  readonly meetings: number;
  readonly items: number;
  readonly peopleCreated: number;
  /** Meetings added as scheduled from the document's list of future dates. */
  readonly scheduled: number;
  /**
   * Set when the document is stored but its meeting (or one of its meetings) could not be placed:
   * why, in one line ("the document gives no date for the meeting of ..."). The document is kept,
   * searchable and listed for review (`quorum documents review`); its status stays Imported.
   */
  readonly unplaced: string | null;
  readonly warnings: readonly string[];
}

export interface ImportReport {
  readonly results: readonly ImportResult[];
  readonly totals: {
    readonly documents: number;
    readonly skipped: number;
    readonly failed: number;
    readonly meetings: number;
    readonly items: number;
    readonly people: number;
    readonly scheduled: number;
    /** Documents stored for review: their meeting could not be placed. */
    readonly unplaced: number;
    readonly warnings: number;
  };
}

export interface ImportOptions {
  /** Called before each file and once at the end, for a progress bar. */
  readonly onProgress?: (done: number, total: number, current: string | null) => void;
  /** Origin recorded for a file; defaults to its absolute path. */
  readonly originOf?: (file: string) => string;
  /** What one document may cost (bytes, time, memory, PDF streams and pages); defaults to DEFAULT_IMPORT_LIMITS. */
  readonly limits?: ImportLimits;
  /** The body of meetings whose documents name none (`--body`); a body a document names always wins. */
  readonly bodyName?: string;
}

/**
 * Documents are stored in batches: one transaction holds up to this many, or what arrives in this
 * long, each document in a savepoint of its own. One commit per batch, not per document, is most
 * of the speed of a large import; the time limit keeps the write lock short for other writers.
 */
const BATCH_DOCUMENTS = 200;
const BATCH_MILLISECONDS = 2000;

/** Documents asked of the parse worker ahead of the one being stored: enough that it never waits for the store. */
const LOOK_AHEAD = 2;

/**
 * Reads files and folders into the store. Never throws for a bad input: every file gets a result,
 * and one file's failure leaves the others imported and nothing of itself half-written.
 */
export async function importPaths(
  store: Store,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { files, problems, skipped } = await collectFiles(paths);
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  const results: ImportResult[] = [
    ...problems.map((p) => failed(p.path, p.problem)),
    ...skipped.map((s) => skippedFile(s.path, s.reason)),
  ];
  const run: ImportRun = { names: null };
  // Documents are read and parsed (in the worker) while the one before them is stored: LOOK_AHEAD of them are asked
  // for at a time, so the worker goes on to the next without waiting for this thread, and no more are held.
  let next = 0;
  let asked = 0;
  const ahead: Promise<Prepared>[] = [];
  const take = async (): Promise<Prepared> => {
    while (asked < files.length && ahead.length < LOOK_AHEAD) ahead.push(prepare(files[asked++]!, limits));
    const prepared = await ahead.shift()!;
    next++;
    while (asked < files.length && ahead.length < LOOK_AHEAD) ahead.push(prepare(files[asked++]!, limits));
    return prepared;
  };
  while (next < files.length) {
    const batchResults: ImportResult[] = [];
    try {
      await store.batch(async (batch) => {
        const started = Date.now();
        while (
          next < files.length &&
          batchResults.length < BATCH_DOCUMENTS &&
          Date.now() - started < BATCH_MILLISECONDS
        ) {
          const file = files[next]!;
          options.onProgress?.(next, files.length, file.path);
          const prepared = await take();
          batchResults.push(
            await importPrepared(
              batch,
              run,
              prepared,
              options.originOf?.(file.path) ?? path.resolve(file.path),
              options.bodyName,
            ),
          );
        }
      });
      results.push(...batchResults);
    } catch (error) {
      // The batch could not be committed: nothing of it is stored, and every document in it says so.
      const reason = `not stored: ${(error as Error).message}`;
      run.names = null;
      results.push(...batchResults.map((r) => (r.status === 'Failed' ? r : failed(r.source, reason))));
    }
  }
  options.onProgress?.(files.length, files.length, null);
  return { results, totals: totalsOf(results) };
}

/** Not read at all (a FIFO, device or link leaving the folder): a warning, not a failure. */
function skippedFile(source: string, reason: string): ImportResult {
  return { ...failed(source, reason), status: 'Skipped', warnings: [reason] };
}

function failed(source: string, reason: string): ImportResult {
  return {
    source,
    status: 'Failed',
    reason,
    documentId: null,
    meetings: 0,
    items: 0,
    peopleCreated: 0,
    scheduled: 0,
    unplaced: null,
    warnings: [],
  };
}

/**
 * What one import keeps from document to document: everyone's names, analysed once and filed for
 * matching. It is dropped when a document or a batch is rolled back (it may then hold people who
 * were never stored) and read again from the store. A clerk's merge made during a long import is
 * seen by the next import.
 */
interface ImportRun {
  names: PersonNameIndex | null;
}

/** A document read and parsed, ready to store; or why it cannot be. Never rejects. */
type Prepared =
  | {
      readonly ok: true;
      readonly file: string;
      readonly bytes: Uint8Array;
      readonly parsed: ParsedOk;
      readonly damagedSpellings: ReadonlyMap<string, DamagedSpelling>;
      readonly records: readonly (RecordFromParse | null)[];
    }
  | { readonly ok: false; readonly result: ImportResult };
type ParsedOk = Extract<Awaited<ReturnType<typeof readAndParseInWorker>>['result'], { ok: true }>;

async function prepare(collected: CollectedFile, limits: ImportLimits): Promise<Prepared> {
  const file = collected.path;
  const read = await readAndParseInWorker(collected.realPath, file, limits);
  const { result: parsed, bytes } = read;
  if (!parsed.ok || !bytes)
    return { ok: false, result: failed(file, parsed.ok ? 'the parser returned no bytes' : parsed.problem) };
  const damagedSpellings = read.damagedSpellings ?? damagedSpellingsIn(parsed.document);
  return { ok: true, file, bytes, parsed, damagedSpellings, records: read.records ?? [] };
}

async function importPrepared(
  batch: Batch,
  run: ImportRun,
  prepared: Prepared,
  origin: string,
  bodyName: string | undefined,
): Promise<ImportResult> {
  if (!prepared.ok) return prepared.result;
  const { file, bytes, parsed, damagedSpellings, records } = prepared;
  const stored = await batch.attempt(async (repos) => {
    run.names ??= new PersonNameIndex(await repos.people.canonical());
    const doc = { ...parsed, document: withGivenBody(parsed.document, bodyName), bytes, damagedSpellings, records };
    return storeParsed(repos, run.names, file, origin, doc);
  });
  if (!stored.ok) run.names = null;
  return stored.ok ? stored.value : failed(file, `not stored: ${(stored.error as Error).message}`);
}

/** A document read and parsed, as `storeParsed` takes it. */
interface ParsedFile {
  readonly bytes: Uint8Array;
  readonly mediaType: MediaType;
  readonly title: string | null;
  readonly document: ParsedDocument;
  readonly damagedSpellings: ReadonlyMap<string, DamagedSpelling>;
  /** The records of its meetings made by the parse worker, by position; a meeting without one is recorded here. */
  readonly records: readonly (RecordFromParse | null)[];
}

async function storeParsed(
  repos: Repositories,
  names: PersonNameIndex,
  file: string,
  origin: string,
  { bytes, mediaType, title, document: doc, damagedSpellings, records }: ParsedFile,
): Promise<ImportResult> {
  const now = new Date().toISOString();
  const stored = await repos.documents.store({
    bytes,
    mediaType,
    origin,
    title,
    text: doc.text,
    pageStarts: doc.pageStarts,
    now,
  });
  const base = { source: file, documentId: stored.document.id };
  if (!stored.isNew) return { ...failed(file, 'already imported (same content)'), ...base, status: 'Skipped' };
  // "No meeting found" is said once, by the document's review line (`unplaced`), not again as a warning.
  const warnings = doc.warnings
    .map((w) => w.message)
    .filter((w) => doc.meetings.length > 0 || !/^no meeting found/.test(w));
  const replaces = stored.supersedes ? await repos.documents.versionChain(stored.supersedes.id) : [];
  let meetings = 0;
  let items = 0;
  let scheduled = 0;
  const created: string[] = [];
  const unfiled: { meeting: ParsedMeeting; problem: string }[] = [];
  for (const [position, meeting] of doc.meetings.entries()) {
    const record = records[position] ?? meetingRecordFromParse(meeting);
    if (!record.ok) {
      unfiled.push({ meeting, problem: record.problem });
      continue;
    }
    const written = await writtenMinutesInTheWay(repos, record.record);
    if (written) {
      unfiled.push({ meeting, problem: written });
      continue;
    }
    const options = { sourceDocumentId: stored.document.id, pageStarts: doc.pageStarts, now };
    const saved = await recordMeetingIn(repos, record.record, {
      ...options,
      replacesDocumentIds: replaces,
      damagedSpellings,
    });
    meetings++;
    items += saved.itemIds.length;
    created.push(...saved.createdPersonIds);
    warnings.push(...saved.notes);
    scheduled += await recordScheduledMeetingsIn(repos, scheduledMeetingsFromParse(meeting), options);
  }
  await repos.documents.addParts(partsOf(stored.document.id, doc));
  // A newer version speaks for its origin: the older ones leave the review list and search.
  await repos.unplaced.clear(replaces);
  for (const id of replaces) await repos.searchIndex.forgetDocument(id);
  const unplaced = unplacedReason(doc.meetings.length, unfiled);
  // The search entry's title is public: the file's name, never the folder it was imported from.
  const name = title ?? path.basename(file);
  if (unplaced) await keepForReview(repos, stored.document.id, name, doc, unfiled, meetings, unplaced, now);
  const merges = await proposeMerges(repos, created, now, names);
  const pending = merges.filter((m) => m.status === 'pending').length;
  if (pending > 0) warnings.push(`${pending} uncertain name match(es) to review with \`quorum people review\``);
  const peopleCreated = created.length - merges.filter((m) => m.status === 'automatic').length;
  return { ...base, status: 'Imported', reason: null, meetings, items, peopleCreated, scheduled, unplaced, warnings };
}

/** Why a document's meeting could not be placed, as a clerk reads it; null when every meeting was. */
function unplacedReason(found: number, unfiled: readonly { readonly problem: string }[]): string | null {
  if (found === 0) return 'no meeting was found in it (no body, date or agenda items recognised)';
  if (unfiled.length === 0) return null;
  const problems = [...new Set(unfiled.map((u) => u.problem))].join('; ');
  return unfiled.length === found
    ? problems
    : `${problems} (${unfiled.length} of its ${found} meetings; the others are filed)`;
}

/**
 * Keeps a document whose meeting(s) could not be placed within reach: the passages its reader found
 * exempt are withheld from the public, its text (all of it, or the unplaced meetings' part when
 * others were filed) is indexed for search, and it is listed for a clerk with the reason.
 */
async function keepForReview(
  repos: Repositories,
  documentId: string,
  title: string,
  doc: ParsedDocument,
  unfiled: readonly { readonly meeting: ParsedMeeting }[],
  filed: number,
  reason: string,
  now: string,
): Promise<void> {
  const meetings = unfiled.map((u) => u.meeting);
  const withheld = parsedExemptPassages(doc, meetings);
  await repos.documents.withholdPassages(documentId, withheld);
  const spans = meetings.map((m) => m.span);
  const ranges = filed > 0 && spans.every((s) => s !== null) ? spans.filter((s) => s !== null) : null;
  await repos.searchIndex.indexDocument(documentId, title, ranges);
  await repos.unplaced.mark(documentId, reason, now);
  // The tracker lists what these meetings recommended until a clerk files the document.
  const found = parsedRecommendations(meetings, withheld).map((r) => ({ ...r, text: stripMarks(r.text) }));
  await repos.unplaced.keepRecommendations(documentId, found);
}

/** The parts of a document pack, as the store keeps them. */
function partsOf(documentId: string, doc: ParsedDocument): DocumentPart[] {
  return doc.parts.map((p, n) => ({
    id: stableId('part', documentId, n),
    documentId,
    position: n + 1,
    kind: p.kind,
    title: p.title,
    pageStart: p.pages?.from ?? null,
    pageEnd: p.pages?.to ?? null,
    startOffset: p.span.start,
    endOffset: p.span.end,
  }));
}

function totalsOf(results: readonly ImportResult[]): ImportReport['totals'] {
  const sum = (f: (r: ImportResult) => number): number => results.reduce((n, r) => n + f(r), 0);
  return {
    documents: results.filter((r) => r.status === 'Imported').length,
    skipped: results.filter((r) => r.status === 'Skipped').length,
    failed: results.filter((r) => r.status === 'Failed').length,
    meetings: sum((r) => r.meetings),
    items: sum((r) => r.items),
    people: sum((r) => r.peopleCreated),
    scheduled: sum((r) => r.scheduled),
    unplaced: results.filter((r) => r.unplaced !== null).length,
    warnings: sum((r) => r.warnings.length),
  };
}
