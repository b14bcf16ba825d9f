/**
 * The parse worker's own code: reads and parses one document at a time, sent by `parseInWorker`,
 * and sends the bytes back with the result (they move between threads, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { parseDocumentBytes, type ParsedBytes } from '../ingest/parseDocumentBytes.js';
import type { ParseJob, ParseReply } from './parseInWorker.js';

const port = parentPort;
if (!port) throw new Error('parseWorkerThread runs only as a worker thread');

port.on('message', (job: ParseJob) => {
  void run(job).then((result) => {
    const reply: ParseReply = { id: job.id, result, buffer: job.buffer };
    port.postMessage(reply, [job.buffer]);
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
