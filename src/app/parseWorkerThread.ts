/**
 * The parse worker's own code: reads and parses one document at a time, sent by `parseInWorker`,
 * and sends the bytes back with a parsed document (they move between threads, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { parseDocumentBytes, type ParsedBytes } from '../ingest/parseDocumentBytes.js';
import type { ParseJob, ParseReply } from './parseInWorker.js';

const port = parentPort;
if (!port) throw new Error('parseWorkerThread runs only as a worker thread');

port.on('message', (job: ParseJob) => {
  void run(job).then((result) => {
    // A refused document's bytes are not needed back: they go when this worker is replaced.
    const buffer = result.ok ? job.buffer : null;
    const reply: ParseReply = { id: job.id, result, buffer };
    port.postMessage(reply, buffer ? [buffer] : []);
  });
});
port.postMessage({ ready: true });

async function run(job: ParseJob): Promise<ParsedBytes> {
  try {
    return await parseDocumentBytes(new Uint8Array(job.buffer, job.byteOffset, job.byteLength), job.file, job.limits);
  } catch (error) {
    return { ok: false, problem: `the document cannot be parsed: ${(error as Error).message}` };
  }
}
