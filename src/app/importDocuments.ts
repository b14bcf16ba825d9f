import fs from 'node:fs/promises';
import path from 'node:path';
import { stableId } from '../domain/ids.js';
import { PersonNameIndex } from '../domain/names/personNameIndex.js';
import type { DocumentPart, MediaType } from '../domain/sourceDocument.js';
import type { Repositories } from '../store/repositories/repositories.js';
import type { Batch, Store } from '../store/store.js';
import { collectFiles } from './collectFiles.js';
import { meetingRecordFromParse } from '../ingest/meetingRecordFromParse.js';
import type { ParsedDocument } from '../ingest/parsedDocument.js';
import { parseDocumentBytes } from '../ingest/parseDocumentBytes.js';
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
    readonly warnings: number;
  };
}

export interface ImportOptions {
  /** Called before each file and once at the end, for a progress bar. */
  readonly onProgress?: (done: number, total: number, current: string | null) => void;
  /** Origin recorded for a file; defaults to its absolute path. */
  readonly originOf?: (file: string) => string;
}

/**
 * Documents are stored in batches: one transaction holds up to this many, or what arrives in this
 * long, each document in a savepoint of its own. One commit per batch, not per document, is most
 * of the speed of a large import; the time limit keeps the write lock short for other writers.
 */
const BATCH_DOCUMENTS = 200;
const BATCH_MILLISECONDS = 2000;

/**
 * Reads files and folders into the store. Never throws for a bad input: every file gets a result,
 * and one file's failure leaves the others imported and nothing of itself half-written.
 */
export async function importPaths(
  store: Store,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { files, problems } = await collectFiles(paths);
  const results: ImportResult[] = problems.map((p) => failed(p.path, p.problem));
  const run: ImportRun = { names: null };
  let next = 0;
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
          // Not inside the optional call: `?.` would skip the increment when no one listens.
          options.onProgress?.(next, files.length, file);
          next++;
          batchResults.push(await importFile(batch, run, file, options.originOf?.(file) ?? path.resolve(file)));
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

function failed(source: string, reason: string): ImportResult {
  return { source, status: 'Failed', reason, documentId: null, meetings: 0, items: 0, peopleCreated: 0, warnings: [] };
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

async function importFile(batch: Batch, run: ImportRun, file: string, origin: string): Promise<ImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return failed(file, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const parsed = await parseDocumentBytes(bytes, file);
  if (!parsed.ok) return failed(file, parsed.problem);
  if (parsed.document.meetings.length === 0)
    return failed(file, 'no meeting found in it (no body, date or agenda items recognised)');
  const stored = await batch.attempt(async (repos) => {
    run.names ??= new PersonNameIndex(await repos.people.canonical());
    return storeParsed(repos, run.names, file, origin, bytes, parsed.mediaType, parsed.title, parsed.document);
  });
  if (!stored.ok) run.names = null;
  return stored.ok ? stored.value : failed(file, `not stored: ${(stored.error as Error).message}`);
}

async function storeParsed(
  repos: Repositories,
  names: PersonNameIndex,
  file: string,
  origin: string,
  bytes: Uint8Array,
  mediaType: MediaType,
  title: string | null,
  doc: ParsedDocument,
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
  if (!stored.isNew)
    return {
      ...base,
      status: 'Skipped',
      reason: 'already imported (same content)',
      meetings: 0,
      items: 0,
      peopleCreated: 0,
      warnings: [],
    };
  const warnings = doc.warnings.map((w) => w.message);
  const replaces = stored.supersedes ? await repos.documents.versionChain(stored.supersedes.id) : [];
  let meetings = 0;
  let items = 0;
  const created: string[] = [];
  const damagedSpellings = damagedSpellingsIn(doc);
  for (const meeting of doc.meetings) {
    const record = meetingRecordFromParse(meeting);
    if (!record.ok) {
      warnings.push(`${record.problem}; the document is kept, the meeting is not filed`);
      continue;
    }
    const saved = await recordMeetingIn(repos, record.record, {
      sourceDocumentId: stored.document.id,
      replacesDocumentIds: replaces,
      pageStarts: doc.pageStarts,
      now,
      damagedSpellings,
    });
    meetings++;
    items += saved.itemIds.length;
    created.push(...saved.createdPersonIds);
    warnings.push(...saved.notes);
  }
  await repos.documents.addParts(partsOf(stored.document.id, doc));
  const merges = await proposeMerges(repos, created, now, names);
  const pending = merges.filter((m) => m.status === 'pending').length;
  if (pending > 0) warnings.push(`${pending} uncertain name match(es) to review with \`quorum people review\``);
  const peopleCreated = created.length - merges.filter((m) => m.status === 'automatic').length;
  return { ...base, status: 'Imported', reason: null, meetings, items, peopleCreated, warnings };
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
    warnings: sum((r) => r.warnings.length),
  };
}
