import { Worker } from 'node:worker_threads';
import type { DocumentPack } from '../../domain/documentPack.js';
import { AppError, ERROR_CODES, type ErrorCode } from '../../domain/errors.js';
import type { AgendaPackRequest } from './agendaPack.js';

/** A pack taking longer than this is abandoned (the worker is ended): a sick PDF must not hang a publication. */
const TIME_LIMIT_MS = 120_000;

type WorkerAnswer =
  | { readonly id: number; readonly ok: true; readonly pack: DocumentPack }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly code: string | null };

interface Job {
  readonly resolve: (pack: DocumentPack) => void;
  readonly reject: (error: unknown) => void;
  readonly timer: NodeJS.Timeout;
}

let worker: Worker | null = null;
const jobs = new Map<number, Job>();
let nextId = 1;

/** Ends the worker and fails every job it held; the next pack starts a new one. */
function discard(error: unknown): void {
  const dead = worker;
  worker = null;
  for (const [id, job] of jobs) {
    clearTimeout(job.timer);
    jobs.delete(id);
    job.reject(error);
  }
  void dead?.terminate();
}

function start(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './packWorker.ts' : './packWorker.js', import.meta.url);
  // From source (tests), a small script registers tsx's loader (a dev dependency) in the worker first.
  const started = fromSource
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`,
        { eval: true },
      )
    : new Worker(entry);
  started.on('message', (answer: WorkerAnswer) => {
    const job = jobs.get(answer.id);
    if (!job) return;
    jobs.delete(answer.id);
    clearTimeout(job.timer);
    if (jobs.size === 0) started.unref();
    if (answer.ok) job.resolve(answer.pack);
    else
      job.reject(
        new AppError(
          answer.code && answer.code in ERROR_CODES ? (answer.code as ErrorCode) : 'INTERNAL',
          answer.message,
        ),
      );
  });
  started.on('error', (error) => {
    if (worker === started) discard(error);
  });
  started.on('exit', (code) => {
    if (worker === started) discard(new AppError('INTERNAL', `the document pack's worker stopped (exit code ${code})`));
  });
  return started;
}

/**
 * Builds an agenda's pack in a worker thread: copying and stamping a few hundred pages is up to
 * seconds of CPU, and loading pdf-lib and fontkit as much again, which on the server's thread would
 * stall every other request meanwhile. One worker, started at the first pack and kept (loading
 * the libraries is most of a small pack's time), not keeping the process alive while idle; packs
 * are built one after another. A worker that fails or takes too long is ended and replaced.
 */
export function buildPackInWorker(request: AgendaPackRequest): Promise<DocumentPack> {
  worker ??= start();
  const current = worker;
  current.ref();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      if (worker === current) discard(new AppError('INTERNAL', 'the document pack took too long to build'));
    }, TIME_LIMIT_MS);
    jobs.set(id, { resolve, reject, timer });
    current.postMessage({ id, request });
  });
}
