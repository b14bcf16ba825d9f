/**
 * bench/import: do two builds store the same corpus identically? Each build imports the same generated corpus into a
 * fresh SQLite file (a process of its own), then every table of the two files is read in full and compared, row by
 * row in a fixed order.
 *
 *   npx tsx bench/import/compareTables.ts --a DIR_A --b DIR_B [--docs 300]
 *
 * DIR_A and DIR_B are checkouts with a built dist/. What differs between any two imports, even by one build, is
 * masked: times (`now`), random ids (`randomId`, a merge's), the data version and FTS5's segment tables. Prints
 * each table's row count and the first differing row of a table that differs; exits 1 if any does.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import type * as OpenStore from '../../src/store/openStore.js';
import type * as Migrate from '../../src/store/migrate.js';
import type * as ImportDocuments from '../../src/app/importDocuments.js';
import { benchTemplates, writeCorpusFiles } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** In the child: imports every file of `corpus` with the build in `dir` into the SQLite file `file`. */
async function importInto(dir: string, corpus: string, file: string): Promise<void> {
  const load = async <T>(module: string): Promise<T> =>
    (await import(pathToFileURL(path.resolve(dir, 'dist', module)).href)) as T;
  const { openStore } = await load<typeof OpenStore>('store/openStore.js');
  const { migrateToLatest } = await load<typeof Migrate>('store/migrate.js');
  const { importPaths } = await load<typeof ImportDocuments>('app/importDocuments.js');
  const store = await openStore({ kind: 'sqlite', dataDir: path.dirname(file), file });
  await migrateToLatest(store);
  const files = fs
    .readdirSync(corpus)
    .sort()
    .map((f) => path.join(corpus, f));
  const report = await importPaths(store, files);
  await store.close();
  console.log(JSON.stringify(report.totals));
}

/** A time written by `now`, or a random id: never the same in two imports. */
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
/** A random id (a merge's), and the data version, a counter that starts from the clock. */
const UNREPEATABLE_COLUMNS = new Set(['person_merges.id', 'data_version.version']);
/**
 * FTS5's own tables: how it splits its index into segments follows where batches were committed (every 200
 * documents or 2 s, so the clock's), not what was stored; the indexed rows themselves are compared.
 */
const FTS_SHADOW = /_(data|idx|docsize|config)$/;

function masked(table: string, row: Record<string, unknown>): string {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row))
    out[column] = UNREPEATABLE_COLUMNS.has(`${table}.${column}`)
      ? '<unrepeatable>'
      : typeof value === 'string' && TIME.test(value)
        ? '<time>'
        : Buffer.isBuffer(value)
          ? value.toString('base64')
          : value;
  return JSON.stringify(out);
}

/** Every table's rows (masked, sorted) by table name. */
function dump(file: string): Map<string, string[]> {
  const db = new BetterSqlite3(file, { readonly: true });
  const tables = db
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'quorum_migration%' order by name",
    )
    .all() as { name: string }[];
  const out = new Map<string, string[]>();
  const fts = new Set(
    (db.prepare("select name from sqlite_master where sql like '%using fts5%'").all() as { name: string }[]).map(
      (t) => t.name,
    ),
  );
  for (const { name } of tables) {
    if ([...fts].some((t) => name.startsWith(`${t}_`) && FTS_SHADOW.test(name))) continue;
    const rows = db.prepare(`select * from "${name}"`).all() as Record<string, unknown>[];
    out.set(name, rows.map((r) => masked(name, r)).sort());
  }
  db.close();
  return out;
}

function imported(dir: string, corpus: string, file: string): string {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, self, '--child', dir, corpus, file], {
    encoding: 'utf8',
  });
  if (child.status !== 0) {
    console.error(`import with ${dir} failed:\n${child.stderr}${child.stdout}`);
    process.exit(1);
  }
  return child.stdout.trim().split('\n').pop() ?? '';
}

async function main(): Promise<void> {
  const dirA = option('--a');
  const dirB = option('--b');
  if (!dirA || !dirB) {
    console.error('usage: npx tsx bench/import/compareTables.ts --a DIR_A --b DIR_B [--docs 300]');
    process.exit(2);
  }
  const docs = Number(option('--docs') ?? 300);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-tables-'));
  try {
    const corpus = path.join(work, 'corpus');
    fs.mkdirSync(corpus);
    writeCorpusFiles(corpus, benchTemplates(ROOT), docs);
    const files = ['a', 'b'].map((n) => path.join(work, n, 'store.sqlite'));
    for (const f of files) fs.mkdirSync(path.dirname(f));
    console.log(`A totals ${imported(dirA, corpus, files[0]!)}`);
    console.log(`B totals ${imported(dirB, corpus, files[1]!)}`);
    const [a, b] = files.map(dump) as [Map<string, string[]>, Map<string, string[]>];
    let differing = 0;
    for (const table of new Set([...a.keys(), ...b.keys()])) {
      const rowsA = a.get(table) ?? [];
      const rowsB = b.get(table) ?? [];
      const at = rowsA.findIndex((r, i) => r !== rowsB[i]);
      const same = rowsA.length === rowsB.length && at < 0;
      if (!same) differing++;
      if (rowsA.length > 0 || rowsB.length > 0 || !same)
        console.log(`${same ? 'same' : 'DIFFERS'} ${table}: ${rowsA.length} / ${rowsB.length} rows`);
      if (!same) {
        const i = at < 0 ? Math.min(rowsA.length, rowsB.length) : at;
        console.log(`  A: ${rowsA[i]?.slice(0, 300)}\n  B: ${rowsB[i]?.slice(0, 300)}`);
      }
    }
    console.log(differing === 0 ? 'every table identical' : `${differing} table(s) differ`);
    if (differing > 0) process.exitCode = 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const child = process.argv.indexOf('--child');
if (child > 0) await importInto(process.argv[child + 1]!, process.argv[child + 2]!, process.argv[child + 3]!);
else await main();
