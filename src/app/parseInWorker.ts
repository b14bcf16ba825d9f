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

/** One worker thread and what is known of the documents sent to it. */
interface Pooled {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  readonly heapMb: number;
  /** The id of the last document the worker has answered (written by the worker, read here at any time). */
  readonly answered: Int32Array;
  /** The last document sent to it: documents go to a worker in the order they were asked for. */
  lastSent: number;
  /** Answers to documents sent ahead that came before their turn. */
  readonly early: Map<number, ParseReply>;
  /** The document whose turn it is, waiting for its answer. */
  waiting: { readonly id: number; readonly onReply: (reply: ParseReply) => void } | null;
}

/**
 * One worker thread, kept between documents (starting one costs more than parsing most minutes)
 * and replaced when it had to be stopped. Documents are parsed one at a time, in the order asked for; a file to import
 * is sent as soon as it is asked for (`readAndParseInWorker`), so the worker reads it while the caller still handles
 * the one before, but its limits are applied only in its turn.
 */
let pooled: Pooled | null = null;
let nextId = 1;
/** The worker being stopped: its memory is given back only once it has gone, so the next one waits for that. */
let stopping: Promise<unknown> = Promise.resolve();

/**
 * The worker's young generation, in MB. V8's default (up to 48 MB) lets short-lived strings of the parser pile up
 * between scavenges and raises the import's peak resident memory; 6 MB made the worker collect so often that its
 * collector took about a tenth of its thread (a CPU profile of `bench/import/profileWorker.ts`), 16 MB about half that.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

function startWorker(heapMb: number, answered: Int32Array): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  const workerData = { answered };
  // Compiled, the worker is a .js file beside this one. From source (tests, benches) it is TypeScript, imported by a
  // one-line script once the loader (tsx, for our own files) is registered: a worker ignores `--import`, and Node
  // will not start one from a .ts file.
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./parseWorkerThread.js', import.meta.url), { resourceLimits, workerData });
  const entry = JSON.stringify(new URL('./parseWorkerThread.ts', import.meta.url).href);
  const loader = JSON.stringify(new URL('../../scripts/ts-worker.mjs', import.meta.url).href);
  return new Worker(`import(${loader}).then(() => import(${entry}))`, { eval: true, resourceLimits, workerData });
}

function workerFor(heapMb: number): Pooled {
  if (pooled && pooled.heapMb === heapMb) return pooled;
  if (pooled) stopping = pooled.worker.terminate();
  const answered = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const worker = startWorker(heapMb, answered);
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the parse worker stopped as it started (exit code ${code})`)));
  });
  ready.catch(() => undefined);
  const entry: Pooled = { worker, ready, heapMb, answered, lastSent: 0, early: new Map(), waiting: null };
  worker.on('message', (reply: ParseReply | { ready: true }) => {
    if (!('id' in reply)) return;
    if (entry.waiting?.id === reply.id) entry.waiting.onReply(reply);
    else entry.early.set(reply.id, reply);
  });
  // A worker that failed takes no more documents; those sent to it ahead are sent again, in their turn, to a new one.
  worker.on('error', () => {
    if (pooled !== entry) return;
    pooled = null;
    stopping = worker.terminate();
  });
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
  const job = jobOf(moved, file, limits, false);
  return inTurn(() => runJob(job, limits, null));
}

/**
 * As `parseInWorker`, for a file the worker reads itself (`readImportFile`: a regular file of at
 * most `maxBytes`), so that reading, like parsing, happens beside the caller's own work: import
 * stores one document while the next is read and parsed. The document's layout (`blocks`) is left
 * out of the result, and its damaged spellings of names and its meetings' records are found there too. Never throws; a
 * file that cannot be read gives its one line, as `readImportFile` says it.
 */
export function readAndParseInWorker(realPath: string, file: string, limits: ImportLimits): Promise<ParsedInWorker> {
  const job = jobOf({ kind: 'file', path: realPath, maxBytes: limits.maxBytes }, file, limits, true);
  const sending: Sending = { job, heapMb: heapMbOf(limits), sentTo: null };
  unsent.push(sending);
  sendAhead();
  return inTurn(() => runJob(job, limits, sending));
}

/** A file asked for, and the worker it was sent to ahead of its turn (null until then). */
interface Sending {
  readonly job: ParseJob;
  readonly heapMb: number;
  sentTo: Pooled | null;
}
/** Files asked for and not yet sent, in the order asked. */
const unsent: Sending[] = [];

/**
 * Sends the files asked for to the worker in use, in order, each once the worker has every document asked for before
 * it (so that it answers them in turn order). One that cannot go yet is sent in its turn.
 */
function sendAhead(): void {
  for (let first = unsent[0]; first; first = unsent[0]) {
    if (!pooled || pooled.heapMb !== first.heapMb || pooled.lastSent !== first.job.id - 1) return;
    unsent.shift();
    send(pooled, first.job);
    first.sentTo = pooled;
  }
}

function heapMbOf(limits: ImportLimits): number {
  return Math.max(16, Math.round(limits.maxParseMemoryBytes / MB));
}

function jobOf(source: ParseSource, file: string, limits: ImportLimits, forImport: boolean): ParseJob {
  const readLimits = {
    maxTextChars: limits.maxTextChars,
    maxPdfPages: limits.maxPdfPages,
    maxPdfStreamBytes: limits.maxPdfStreamBytes,
    maxPdfDecodedBytes: limits.maxPdfDecodedBytes,
  };
  return { id: nextId++, source, file, limits: readLimits, forImport };
}

function send(entry: Pooled, job: ParseJob): void {
  entry.lastSent = job.id;
  entry.worker.postMessage(job, job.source.kind === 'bytes' ? [job.source.buffer] : []);
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

/**
 * Waits for one document's answer in its turn, sending it first unless it was sent ahead to a worker still in use.
 * Its limits run from its turn; what happens once the worker has answered it (its answer is on the way) is the next
 * document's: past the time limit, over the memory limit or stopped, this one is not refused.
 */
async function runJob(job: ParseJob, limits: ImportLimits, sending: Sending | null): Promise<ParsedInWorker> {
  const sentTo = sending?.sentTo ?? null;
  const early = sentTo?.early.get(job.id);
  sentTo?.early.delete(job.id);
  let entry: Pooled;
  let toSend = false;
  if (sentTo && (early || sentTo === pooled)) entry = sentTo;
  else {
    // A new worker waits for the one stopped before it to have gone (its memory given back).
    if (!pooled || pooled.heapMb !== heapMbOf(limits)) await stopping.catch(() => undefined);
    const at = sending ? unsent.indexOf(sending) : -1;
    if (at >= 0) unsent.splice(at, 1);
    entry = workerFor(heapMbOf(limits));
    toSend = true;
  }
  // A file goes at once; bytes once the worker has started (if it cannot start, the caller keeps them).
  const sendNow = (): void => {
    if (!toSend) return;
    toSend = false;
    send(entry, job);
    sendAhead();
  };
  if (job.source.kind === 'file') sendNow();
  const { worker } = entry;
  const { source } = job;
  // Held while in use; idle, the worker must not keep the process from exiting.
  worker.ref();
  const kept = source.kind === 'bytes' ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength) : null;
  try {
    await entry.ready;
  } catch (error) {
    worker.unref();
    return { result: { ok: false, problem: `cannot start the parser: ${(error as Error).message}` }, bytes: kept };
  }
  sendNow();
  // An answer already here needs no watching: neither its time nor its memory is looked at (reading them costs).
  const baseline = early ? null : { rss: process.memoryUsage.rss(), heap: v8.getHeapStatistics().total_heap_size };
  // The lower of the limits that matter: replacing the worker after the document, and refusing it.
  const near = limits.maxParseMemoryBytes / 2;
  const answered = (): boolean => Atomics.load(entry.answered, 0) >= job.id;
  return new Promise<ParsedInWorker>((resolve) => {
    let grown = 0;
    const finish = (outcome: ParsedInWorker, stop: boolean): void => {
      clearTimeout(timer);
      clearInterval(watch);
      entry.waiting = null;
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (stop) {
        // Forgotten now, not when it has exited: the next document must not be sent to a worker being stopped.
        if (pooled?.worker === worker) pooled = null;
        stopping = worker.terminate();
      } else worker.unref();
      resolve(outcome);
    };
    // Once the worker has answered, the answer is on its way (a stopped worker's answers still arrive, before 'exit').
    const refuse = (problem: string, evenIfAnswered = false): void => {
      if (evenIfAnswered || !answered()) finish({ result: { ok: false, problem }, bytes: null }, true);
    };
    const onReply = (reply: ParseReply): void => {
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
      refuse(`the document cannot be read: the parser stopped (exit code ${code})`, true);
    const timer = baseline
      ? setTimeout(
          () => refuse(`refused: reading it took longer than the ${limits.timeoutMs / 1000} s limit`),
          limits.timeoutMs,
        )
      : undefined;
    const watch = baseline
      ? setInterval(() => {
          if (answered()) return;
          grown = Math.max(grown, growthSince(baseline, near));
          if (grown > limits.maxParseMemoryBytes) refuse(memoryProblem(limits.maxParseMemoryBytes));
        }, MEMORY_WATCH_MS)
      : undefined;
    if (!baseline) {
      onReply(early!);
      return;
    }
    worker.on('error', onError);
    worker.on('exit', onExit);
    entry.waiting = { id: job.id, onReply };
  });
}

function memoryProblem(limit: number): string {
  return `refused: reading it needs more than the ${megabytes(limit)} memory limit`;
}
