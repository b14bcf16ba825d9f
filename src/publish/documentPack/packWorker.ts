import { parentPort } from 'node:worker_threads';
import { buildAgendaPack, type AgendaPackRequest } from './agendaPack.js';

/*
 * The pack worker's entry (see buildPackInWorker.ts): builds each pack it is sent, one at a time,
 * and posts it back under the job's id, or the error's message. The pack's bytes are transferred,
 * not copied.
 */
parentPort!.on('message', ({ id, request }: { id: number; request: AgendaPackRequest }) => {
  buildAgendaPack(request).then(
    (pack) => parentPort!.postMessage({ id, ok: true, pack }, [pack.pdf.buffer as ArrayBuffer]),
    (error: unknown) =>
      parentPort!.postMessage({
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        code: (error as { code?: unknown }).code ?? null,
      }),
  );
});
