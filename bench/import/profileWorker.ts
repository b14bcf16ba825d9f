/**
 * bench/import/profileWorker: reads and parses N generated documents (bench/import's corpus) in the import's parse
 * worker, one after another as import asks for them, with nothing stored, and prints the wall time per document and
 * the CPU time of each thread: what the worker side of the import pipeline costs.
 *
 *   node --import tsx bench/import/profileWorker.ts 600            # the worker run from source (tsx)
 *   node --import tsx bench/import/profileWorker.ts 600 --dist     # the compiled worker (dist/, build first)
 *   node --import tsx bench/import/profileWorker.ts 600 --root=DIR # another checkout's worker (to compare builds)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_IMPORT_LIMITS } from '../../src/app/importLimits.js';
import type { readAndParseInWorker as ReadAndParse } from '../../src/app/parseInWorker.js';
import { benchTemplates, writeCorpusFiles } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = Number(process.argv[2] ?? 300);
const root = process.argv.find((a) => a.startsWith('--root='))?.slice('--root='.length) ?? ROOT;
const module = process.argv.includes('--dist')
  ? pathToFileURL(path.join(root, 'dist/app/parseInWorker.js')).href
  : pathToFileURL(path.join(root, 'src/app/parseInWorker.ts')).href;
const { readAndParseInWorker } = (await import(module)) as { readAndParseInWorker: typeof ReadAndParse };
const templates = benchTemplates(ROOT);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-profw-'));
const files = writeCorpusFiles(dir, templates, DOCS);
const threadCpu = (): Map<string, number> => {
  const out = new Map<string, number>();
  for (const tid of fs.readdirSync('/proc/self/task')) {
    const f = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
    out.set(tid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
  }
  return out;
};
// The first document starts the worker (and, from source, its loader): timed apart.
const s0 = process.hrtime.bigint();
await readAndParseInWorker(files[0]!, files[0]!, DEFAULT_IMPORT_LIMITS);
const startMs = Number(process.hrtime.bigint() - s0) / 1e6;
const before = threadCpu();
const t0 = process.hrtime.bigint();
let meetings = 0;
for (const file of files.slice(1)) {
  const read = await readAndParseInWorker(file, file, DEFAULT_IMPORT_LIMITS);
  if (read.result.ok) meetings += read.result.document.meetings.length;
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const after = threadCpu();
const n = DOCS - 1;
const busy = [...after]
  .map(([tid, cpu]) => [tid, (cpu - (before.get(tid) ?? 0)) / n] as const)
  .filter(([, c]) => c > 0.05)
  .map(([tid, c]) => `${tid === String(process.pid) ? 'main' : tid} ${c.toFixed(2)}`);
const total = busy.reduce((s, b) => s + Number(b.split(' ')[1]), 0);
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  `${n} docs, ${meetings} meetings: ${(ms / n).toFixed(2)} ms/doc wall, CPU ${total.toFixed(2)} ms/doc (thread ms/doc: ${busy.join(', ')}); first document ${startMs.toFixed(0)} ms`,
);
