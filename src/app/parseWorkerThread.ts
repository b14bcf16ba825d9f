/**
 * The parse worker's own code: reads and parses one document at a time, sent by `parseInWorker`
 * (bytes) or `readAndParseInWorker` (a file, read here), and sends the bytes back with a parsed
 * document (they move between threads, not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { meetingRecordFromParse } from '../ingest/meetingRecordFromParse.js';
import { parseDocumentBytes, type ParsedBytes } from '../ingest/parseDocumentBytes.js';
import type { ParseJob, ParseReply } from './parseInWorker.js';
import { damagedSpellingsIn } from './people/documentSpellings.js';
import { readImportFileSync } from './readImportFile.js';

const port = parentPort;
if (!port) throw new Error('parseWorkerThread runs only as a worker thread');

/** The id of the last document answered, for the importing thread to read at any time (see `parseInWorker`). */
const answered = (workerData as { answered: Int32Array }).answered;

// Documents may be sent ahead: one at a time, in the order they came.
let queue = Promise.resolve();
port.on('message', (job: ParseJob) => {
  queue = queue
    .then(() => run(job))
    .then((reply) => {
      port.postMessage(reply, reply.buffer ? [reply.buffer] : []);
      Atomics.store(answered, 0, job.id);
    });
});
port.postMessage({ ready: true });

async function run(job: ParseJob): Promise<ParseReply> {
  const { id, source } = job;
  let bytes: Uint8Array;
  if (source.kind === 'file') {
    const read = readImportFileSync(source.path, source.maxBytes);
    if (!read.ok)
      return { id, result: { ok: false, problem: read.problem }, ...noBytes, readFailed: true, ...noExtras };
    bytes = read.bytes;
  } else bytes = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  const result = await parse(job, bytes);
  // A refused document's bytes are not needed back: they go when this worker is replaced.
  if (!result.ok) return { id, result, ...noBytes, readFailed: false, ...noExtras };
  const buffer = bytes.buffer as ArrayBuffer;
  // Found here, beside the store's work on the previous document, rather than on the importing thread.
  const damagedSpellings = job.forImport ? damagedSpellingsIn(result.document) : null;
  // So are the records of meetings that name their body (a body given at import is for those that do not).
  const records = job.forImport
    ? result.document.meetings.map((m) => (m.body?.value ? meetingRecordFromParse(m) : null))
    : null;
  return {
    id,
    result,
    buffer,
    byteOffset: bytes.byteOffset,
    byteLength: bytes.byteLength,
    readFailed: false,
    damagedSpellings,
    records,
  };
}

const noBytes = { buffer: null, byteOffset: 0, byteLength: 0 } as const;
const noExtras = { damagedSpellings: null, records: null } as const;

async function parse(job: ParseJob, bytes: Uint8Array): Promise<ParsedBytes> {
  try {
    const result = await parseDocumentBytes(bytes, job.file, job.limits);
    if (!result.ok || !job.forImport) return result;
    const { blocks: _blocks, ...document } = result.document;
    return { ...result, document };
  } catch (error) {
    return { ok: false, problem: `the document cannot be parsed: ${(error as Error).message}` };
  }
}
