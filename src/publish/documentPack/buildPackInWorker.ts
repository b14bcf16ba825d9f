import { Worker } from 'node:worker_threads';
import type { DocumentPack } from '../../domain/documentPack.js';
import { AppError, ERROR_CODES, type ErrorCode } from '../../domain/errors.js';
import type { AgendaPackRequest } from './agendaPack.js';

/** A pack taking longer than this is abandoned (the worker is ended): a sick PDF must not hang a publication. */
const TIME_LIMIT_MS = 120_000;

type WorkerAnswer =
  | { readonly ok: true; readonly pack: DocumentPack }
  | { readonly ok: false; readonly message: string; readonly code: string | null };

/**
 * Builds an agenda's pack in a worker thread of its own: copying and stamping a few hundred pages
 * is seconds of CPU, which on the server's thread would stall every other request meanwhile. One
 * worker per pack (packs are rare: one per publication), ended when it answers.
 *
 * Run from TypeScript source (tests), the worker is the .ts file loaded through tsx (a dev dependency).
 */
export function buildPackInWorker(request: AgendaPackRequest): Promise<DocumentPack> {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './packWorker.ts' : './packWorker.js', import.meta.url);
  return new Promise((resolve, reject) => {
    // From source, a small script registers tsx's loader in the worker, then loads the entry.
    const worker = fromSource
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`,
          { eval: true, workerData: request },
        )
      : new Worker(entry, { workerData: request });
    let settled = false;
    const finish = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => finish(() => reject(new AppError('INTERNAL', 'the document pack took too long to build'))),
      TIME_LIMIT_MS,
    );
    worker.once('message', (answer: WorkerAnswer) =>
      finish(() =>
        answer.ok
          ? resolve(answer.pack)
          : reject(new AppError(answer.code && answer.code in ERROR_CODES ? (answer.code as ErrorCode) : 'INTERNAL', answer.message)),
      ),
    );
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) =>
      finish(() => reject(new AppError('INTERNAL', `the document pack's worker stopped (exit code ${code})`))),
    );
  });
}
