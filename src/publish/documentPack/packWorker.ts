import { parentPort, workerData } from 'node:worker_threads';
import { buildAgendaPack, type AgendaPackRequest } from './agendaPack.js';

/*
 * A worker thread's entry (see buildPackInWorker.ts): builds one pack and posts it back, or posts
 * the error's message. The pack's bytes are transferred, not copied.
 */
const request = workerData as AgendaPackRequest;
buildAgendaPack(request).then(
  (pack) => parentPort!.postMessage({ ok: true, pack }, [pack.pdf.buffer as ArrayBuffer]),
  (error: unknown) =>
    parentPort!.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      code: (error as { code?: unknown }).code ?? null,
    }),
);
