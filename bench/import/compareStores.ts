/**
 * bench/import: the import's storing in two builds, side by side, over the same generated corpus.
 *
 *   npx tsx bench/import/compareStores.ts --a DIR_A --b DIR_B [--docs 500] [--rounds 5]
 *
 * DIR_A and DIR_B are checkouts with a built dist/ (`npx tsc -p tsconfig.build.json`). The corpus is written once;
 * each round, each build imports all of it into a fresh SQLite file in a process of its own (who goes first
 * alternating), and that process measures its importing thread's CPU time (what storing costs: reading and
 * parsing are done in the parse worker, whose time is left out). The median of the rounds is printed for each
 * (CPU ms per document), with A's time over B's (above 1: B is faster). The two imports' totals (meetings, failed
 * documents) must agree. Linux only (the thread's time is read from /proc).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as OpenStore from '../../src/store/openStore.js';
import type * as Migrate from '../../src/store/migrate.js';
import type * as ImportDocuments from '../../src/app/importDocuments.js';
import { benchTemplates, writeCorpusFiles } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** This thread's own CPU time in ms (user + system), apart from the parse worker's: from /proc, in 10 ms ticks. */
function threadCpuMs(): number {
  const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime, in clock ticks (USER_HZ, 100 on Linux).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

interface Outcome {
  readonly ms: number;
  readonly meetings: number;
  readonly failed: number;
}

/** In the child: imports every file of `corpus` with the build in `dir` into a fresh SQLite file; prints an Outcome. */
async function importOnce(dir: string, corpus: string): Promise<void> {
  const load = async <T>(file: string): Promise<T> =>
    (await import(pathToFileURL(path.resolve(dir, 'dist', file)).href)) as T;
  const { openStore } = await load<typeof OpenStore>('store/openStore.js');
  const { migrateToLatest } = await load<typeof Migrate>('store/migrate.js');
  const { importPaths } = await load<typeof ImportDocuments>('app/importDocuments.js');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-stores-'));
  try {
    const store = await openStore({ kind: 'sqlite', dataDir, file: path.join(dataDir, 'bench.sqlite') });
    await migrateToLatest(store);
    const files = fs
      .readdirSync(corpus)
      .sort()
      .map((f) => path.join(corpus, f));
    const cpu0 = threadCpuMs();
    const report = await importPaths(store, files);
    const ms = threadCpuMs() - cpu0;
    await store.close();
    const outcome: Outcome = { ms, meetings: report.totals.meetings, failed: report.totals.failed };
    console.log(JSON.stringify(outcome));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One import by the build in `dir`, in a process of its own (a fresh heap and statement caches for each). */
function timed(dir: string, corpus: string): Outcome {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, self, '--child', dir, corpus], { encoding: 'utf8' });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    console.error(`import with ${dir} failed:\n${child.stderr}${child.stdout}`);
    process.exit(1);
  }
  return JSON.parse(last) as Outcome;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  const dirA = option('--a');
  const dirB = option('--b');
  if (!dirA || !dirB) {
    console.error('usage: npx tsx bench/import/compareStores.ts --a DIR_A --b DIR_B [--docs 500] [--rounds 5]');
    process.exit(2);
  }
  const docs = Number(option('--docs') ?? 500);
  const rounds = Number(option('--rounds') ?? 5);
  const templates = benchTemplates(ROOT);
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-stores-corpus-'));
  try {
    writeCorpusFiles(corpus, templates, docs);
    const timesA: number[] = [];
    const timesB: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const first = round % 2 === 0 ? dirA : dirB;
      const second = first === dirA ? dirB : dirA;
      const one = timed(first, corpus);
      const other = timed(second, corpus);
      const [a, b] = first === dirA ? [one, other] : [other, one];
      if (a.meetings !== b.meetings || a.failed !== b.failed) {
        console.error(`the builds stored differently: A ${JSON.stringify(a)}, B ${JSON.stringify(b)}`);
        process.exit(1);
      }
      if (round === 0) console.log(`corpus: ${docs} documents, ${a.meetings} meetings, ${a.failed} failed`);
      timesA.push(a.ms / docs);
      timesB.push(b.ms / docs);
    }
    const ratios = timesA.map((a, i) => a / timesB[i]!);
    const fmt = (xs: readonly number[]): string => xs.map((x) => x.toFixed(2)).join(' ');
    console.log(`A ${dirA}: importing thread ${median(timesA).toFixed(2)} ms/doc (rounds: ${fmt(timesA)})`);
    console.log(`B ${dirB}: importing thread ${median(timesB).toFixed(2)} ms/doc (rounds: ${fmt(timesB)})`);
    console.log(`A/B: ${median(ratios).toFixed(2)} (median of rounds; per round: ${fmt(ratios)})`);
  } finally {
    fs.rmSync(corpus, { recursive: true, force: true });
  }
}

const child = process.argv.indexOf('--child');
if (child > 0) await importOnce(process.argv[child + 1]!, process.argv[child + 2]!);
else await main();
