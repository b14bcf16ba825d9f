import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { DamagedSpelling } from '../domain/names/damagedSpelling.js';
import type { RecordFromParse } from '../ingest/meetingRecordFromParse.js';
import type { ParsedBytes } from '../ingest/parseDocumentBytes.js';
import { MB, megabytes, type ReadLimits } from '../ingest/readLimits.js';
import type { ImportLimits } from './importLimits.js';

/**
 * What the worker reads: bytes moved to it (`buffer`, never copied), or a file it reads itself
 * (`path`, at most `maxBytes`).
 */
export type ParseSource =
  | { readonly kind: 'bytes'; readonly buffer: ArrayBuffer; readonly byteOffset: number; readonly byteLength: number }
  | { readonly kind: 'file'; readonly path: string; readonly maxBytes: number };

/** A document to parse, sent to the worker. */
export interface ParseJob {
  readonly id: number;
  readonly source: ParseSource;
  readonly file: string;
  readonly limits: ReadLimits;
  /**
   * For import: the document's layout (`blocks`), which import does not store and is costly to copy
   * between threads, is left out, and the names read as damaged copies of others are found here.
   */
  readonly forImport: boolean;
}

export interface ParseReply {
  readonly id: number;
  readonly result: ParsedBytes;
  /** The document's bytes (moved back); null for a refused document. */
  readonly buffer: ArrayBuffer | null;
  readonly byteOffset: number;
  readonly byteLength: number;
  /** The file could not be read (missing, not a regular file, too large): nothing was parsed, the worker is intact. */
  readonly readFailed: boolean;
  /** For import, `damagedSpellingsIn` the document; null otherwise. */
  readonly damagedSpellings: ReadonlyMap<string, DamagedSpelling> | null;
  /** For import, `meetingRecords` of the document; null otherwise. */
  readonly records: readonly (RecordFromParse | null)[] | null;
}

export interface ParsedInWorker {
  readonly result: ParsedBytes;
  /** The document's bytes, back from the worker (the array passed in is detached); null when it was stopped. */
  readonly bytes: Uint8Array | null;
  /** For import (`readAndParseInWorker`): the names read as damaged copies of others (`damagedSpellingsIn`). */
  readonly damagedSpellings?: ReadonlyMap<string, DamagedSpelling> | null;
  /**
   * For import: the record of each meeting of the document that names its body (`meetingRecordFromParse`), by the
   * meeting's position; null for a meeting without a body, whose record depends on the body given at import.
   */
  readonly records?: readonly (RecordFromParse | null)[] | null;
}

/** How often resident memory is looked at while a document is parsed. */
const MEMORY_WATCH_MS = 20;

/**
 * One worker thread, kept between documents (starting one costs more than parsing most minutes)
 * and replaced when it had to be stopped. Documents are parsed one at a time, as import reads them.
 */
let pooled: { worker: Worker; ready: Promise<void>; heapMb: number } | null = null;
let nextId = 1;
/** The worker being stopped: its memory is given back only once it has gone, so the next one waits for that. */
let stopping: Promise<unknown> = Promise.resolve();

/**
 * The worker's young generation, in MB. V8's default (up to 48 MB) lets short-lived strings of the parser pile up
 * between scavenges; a few MB is enough for one document's garbage and keeps the import's peak resident memory down.
 */
const WORKER_YOUNG_GENERATION_MB = 6;

function startWorker(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  // Compiled, the worker is a .js file beside this one. From source (tests, benches) it is TypeScript, imported by a
  // one-line script once the loader (tsx, for our own files) is registered: a worker ignores `--import`, and Node
  // will not start one from a .ts file.
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./parseWorkerThread.js', import.meta.url), { resourceLimits });
  const entry = JSON.stringify(new URL('./parseWorkerThread.ts', import.meta.url).href);
  const loader = JSON.stringify(new URL('../../scripts/ts-worker.mjs', import.meta.url).href);
  return new Worker(`import(${loader}).then(() => import(${entry}))`, { eval: true, resourceLimits });
}

function workerFor(heapMb: number): NonNullable<typeof pooled> {
  if (pooled && pooled.heapMb === heapMb) return pooled;
  if (pooled) stopping = pooled.worker.terminate();
  const worker = startWorker(heapMb);
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the parse worker stopped as it started (exit code ${code})`)));
  });
  ready.catch(() => undefined);
  const entry = { worker, ready, heapMb };
  worker.on('exit', () => {
    if (pooled === entry) pooled = null;
  });
  worker.unref();
  pooled = entry;
  return entry;
}

/**
 * Reads and parses one document in the pooled worker thread, bounded in time and memory: past
 * `timeoutMs`, or once the process has grown by more than `maxParseMemoryBytes` (the worker's heap
 * is capped the same), the worker is stopped and the document refused with one line. A `Uint8Array`
 * that is not a Buffer is moved to the worker (detached here): use the bytes returned. Never throws.
 */
export function parseInWorker(bytes: Uint8Array, file: string, limits: ImportLimits): Promise<ParsedInWorker> {
  // The bytes move to the worker and back. A Buffer may be a view on Node's shared pool, which must not move: copied.
  const source = Buffer.isBuffer(bytes) || bytes.buffer instanceof SharedArrayBuffer ? new Uint8Array(bytes) : bytes;
  const moved: ParseSource = {
    kind: 'bytes',
    buffer: source.buffer as ArrayBuffer,
    byteOffset: source.byteOffset,
    byteLength: source.byteLength,
  };
  return inTurn(() => runJob(moved, file, limits, false));
}

/**
 * As `parseInWorker`, for a file the worker reads itself (`readImportFile`: a regular file of at
 * most `maxBytes`), so that reading, like parsing, happens beside the caller's own work: import
 * stores one document while the next is read and parsed. The document's layout (`blocks`) is left
 * out of the result, and its damaged spellings of names and its meetings' records are found there too. Never throws; a
 * file that cannot be read gives its one line, as `readImportFile` says it.
 */
export function readAndParseInWorker(realPath: string, file: string, limits: ImportLimits): Promise<ParsedInWorker> {
  return inTurn(() => runJob({ kind: 'file', path: realPath, maxBytes: limits.maxBytes }, file, limits, true));
}

/** Documents go to the worker one at a time: stopping it for one must never fail another already sent. */
let turn: Promise<unknown> = Promise.resolve();
function inTurn<T>(run: () => Promise<T>): Promise<T> {
  const next = turn.then(run, run);
  turn = next.catch(() => undefined);
  return next;
}

/**
 * What the process has grown by since `baseline` (resident memory), leaving out what the calling
 * thread's own heap grew by: the caller keeps working while a document is parsed (import stores
 * the previous one), and that is not the document's. The heap is looked at only when resident
 * memory alone says the document may be near a limit.
 */
function growthSince(baseline: { rss: number; heap: number }, near: number): number {
  const grown = process.memoryUsage.rss() - baseline.rss;
  return grown < near ? grown : grown - Math.max(0, v8.getHeapStatistics().total_heap_size - baseline.heap);
}

async function runJob(
  source: ParseSource,
  file: string,
  limits: ImportLimits,
  forImport: boolean,
): Promise<ParsedInWorker> {
  await stopping.catch(() => undefined);
  const entry = workerFor(Math.max(16, Math.round(limits.maxParseMemoryBytes / MB)));
  const { worker } = entry;
  // Held while in use; idle, the worker must not keep the process from exiting.
  worker.ref();
  const kept = source.kind === 'bytes' ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength) : null;
  try {
    await entry.ready;
  } catch (error) {
    worker.unref();
    return { result: { ok: false, problem: `cannot start the parser: ${(error as Error).message}` }, bytes: kept };
  }
  const job: ParseJob = {
    id: nextId++,
    source,
    file,
    limits: {
      maxTextChars: limits.maxTextChars,
      maxPdfPages: limits.maxPdfPages,
      maxPdfStreamBytes: limits.maxPdfStreamBytes,
      maxPdfDecodedBytes: limits.maxPdfDecodedBytes,
    },
    forImport,
  };
  const baseline = { rss: process.memoryUsage.rss(), heap: v8.getHeapStatistics().total_heap_size };
  // The lower of the limits that matter: replacing the worker after the document, and refusing it.
  const near = limits.maxParseMemoryBytes / 2;
  return new Promise<ParsedInWorker>((resolve) => {
    let grown = 0;
    const finish = (outcome: ParsedInWorker, stop: boolean): void => {
      clearTimeout(timer);
      clearInterval(watch);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (stop) {
        // Forgotten now, not when it has exited: the next document must not be sent to a worker being stopped.
        if (pooled?.worker === worker) pooled = null;
        stopping = worker.terminate();
      } else worker.unref();
      resolve(outcome);
    };
    const refuse = (problem: string): void => finish({ result: { ok: false, problem }, bytes: null }, true);
    const onMessage = (reply: ParseReply): void => {
      if (reply.id !== job.id) return;
      const bytes = reply.buffer ? new Uint8Array(reply.buffer, reply.byteOffset, reply.byteLength) : null;
      // A worker that refused a document over a limit, or grew by half its allowance, is replaced: a stopped worker
      // gives its memory back, where a kept one holds what its heap grew to, and the next document's starts there.
      const overLimit = !reply.readFailed && !reply.result.ok && reply.result.problem.startsWith('refused:');
      const recycle = overLimit || grown > near;
      const { damagedSpellings, records } = reply;
      finish({ result: reply.result, bytes, damagedSpellings, records }, recycle);
    };
    const onError = (error: Error & { code?: string }): void =>
      refuse(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? memoryProblem(limits.maxParseMemoryBytes)
          : `the document cannot be read: ${error.message}`,
      );
    const onExit = (code: number): void =>
      refuse(`the document cannot be read: the parser stopped (exit code ${code})`);
    const timer = setTimeout(
      () => refuse(`refused: reading it took longer than the ${limits.timeoutMs / 1000} s limit`),
      limits.timeoutMs,
    );
    const watch = setInterval(() => {
      grown = Math.max(grown, growthSince(baseline, near));
      if (grown > limits.maxParseMemoryBytes) refuse(memoryProblem(limits.maxParseMemoryBytes));
    }, MEMORY_WATCH_MS);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job, source.kind === 'bytes' ? [source.buffer] : []);
  });
}

function memoryProblem(limit: number): string {
  return `refused: reading it needs more than the ${megabytes(limit)} memory limit`;
}
