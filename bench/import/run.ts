/**
 * bench/import: parse and parse+store throughput over a generated corpus, as ratios to reading
 * the same bytes and splitting them into lines in the same run, and peak RSS as the corpus grows.
 *
 *   npx tsx bench/import/run.ts [--docs 10000] [--store-docs 10000]
 *
 * With TEST_DATABASE_URL set (an account allowed to CREATE DATABASE), the same documents are also
 * imported into a fresh PostgreSQL database, dropped afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importPaths } from '../../src/app/importDocuments.js';
import type { Store } from '../../src/store/store.js';
import { testStore } from '../../test/store/testStores.js';
import { parseText } from '../../src/ingest/minutes/parseText.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/openStore.js';
import { benchTemplates, writeCorpusFiles } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DOCS = arg('--docs', 10_000);
const STORE_DOCS = arg('--store-docs', DOCS);

const templates = benchTemplates(ROOT);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-bench-'));
const files = writeCorpusFiles(dir, templates, DOCS);
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
const mb = bytes / 1e6;

function timed(run: () => void): number {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

// Best of three for the in-memory passes: the machine is shared and noisy.
function best(run: () => void): number {
  return Math.min(timed(run), timed(run), timed(run));
}

let sink = 0;
const baseline = best(() => {
  for (const f of files) sink += fs.readFileSync(f, 'utf8').split('\n').length;
});
const parse = best(() => {
  for (const f of files) sink += parseText(fs.readFileSync(f, 'utf8')).meetings.length;
});

const dataDir = path.join(dir, 'data');
const storeFiles = files.slice(0, STORE_DOCS);
const storedMb = storeFiles.reduce((n, f) => n + fs.statSync(f).size, 0) / 1e6;

async function importInto(store: Store): Promise<{
  seconds: number;
  report: Awaited<ReturnType<typeof importPaths>>;
  rss: { docs: number; mb: number }[];
}> {
  const rss: { docs: number; mb: number }[] = [];
  let peak = 0;
  const t0 = process.hrtime.bigint();
  const report = await importPaths(store, storeFiles, {
    onProgress: (done) => {
      // Reading RSS costs ~2 ms in a busy process (more than storing a document): sampled every 16th.
      const quarter = done > 0 && done % Math.max(1, Math.floor(storeFiles.length / 4)) === 0;
      if (quarter || done % 16 === 0) peak = Math.max(peak, process.memoryUsage.rss());
      if (quarter) rss.push({ docs: done, mb: Math.round(peak / 1e6) });
    },
  });
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, report, rss };
}

const sqlite = await openStore({ kind: 'sqlite', dataDir, file: path.join(dataDir, 'bench.sqlite') });
await migrateToLatest(sqlite);
const onSqlite = await importInto(sqlite);
await sqlite.close();
let onPostgres: Awaited<ReturnType<typeof importInto>> | null = null;
if (process.env.TEST_DATABASE_URL) {
  const pg = await testStore('postgres');
  try {
    onPostgres = await importInto(pg.store);
  } finally {
    await pg.drop();
  }
}
fs.rmSync(dir, { recursive: true, force: true });

const rate = (m: number, s: number): string => (m / s).toFixed(2);
console.log(
  `corpus: ${DOCS} documents, ${mb.toFixed(1)} MB, from ${templates.length} templates (checksum ${sink % 997})`,
);
console.log(`read + split lines: ${rate(mb, baseline)} MB/s (baseline)`);
console.log(`parse:              ${rate(mb, parse)} MB/s = ${(baseline / parse).toFixed(3)} x baseline`);
const storeLine = (engine: string, run: Awaited<ReturnType<typeof importInto>>): string =>
  `parse + store:      ${rate(storedMb, run.seconds)} MB/s = ${(baseline / mb / (run.seconds / storedMb)).toFixed(4)} x baseline (${engine}, ${storeFiles.length} docs, ${run.report.totals.meetings} meetings, ${run.report.totals.failed} failed)`;
console.log(storeLine('SQLite', onSqlite));
if (onPostgres) console.log(storeLine('PostgreSQL', onPostgres));
console.log(
  `peak RSS as the corpus grows (SQLite): ${onSqlite.rss.map((r) => `${r.docs} docs ${r.mb} MB`).join(', ')}`,
);
