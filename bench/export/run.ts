/**
 * bench/export: every export format (Popolo, the CSV tables, Akoma Ntoso, OParl) of generated
 * archives of 50,000, 100,000 and 200,000 agenda items (bench/web's generator, plus attendance and
 * recommendations) to /dev/null; MB/s and peak RSS of each export, each in a fresh process so the
 * figures are the export's own.
 * Flat RSS across sizes shows the exports stream.
 *
 *   npx tsx bench/export/run.ts [--sizes 50000,100000,200000]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/openStore.js';
import { buildArchive } from '../web/archive.js';
import { addRecords } from './recordsArchive.js';
import { dbOf } from '../../src/store/storeDb.js';

if (process.argv.includes('--help')) {
  console.log('usage: npx tsx bench/export/run.ts [--sizes 50000,100000,200000]\n');
  console.log('Exports generated SQLite archives of each size in every format (popolo, csv-attendance,');
  console.log('csv-recommendations, akn, oparl) to /dev/null, one fresh process per export, and prints a');
  console.log('Markdown table of MB written, seconds, MB/s and peak RSS.');
  process.exit(0);
}

const i = process.argv.indexOf('--sizes');
const SIZES = (i > 0 ? process.argv[i + 1]! : '50000,100000,200000').split(',').map(Number);
const FORMATS = ['popolo', 'csv-attendance', 'csv-recommendations', 'akn', 'oparl'];
const ONCE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'exportOnce.ts');

interface Run {
  format: string;
  bytes: number;
  seconds: number;
  idleRssMb: number;
  peakRssMb: number;
}

async function build(items: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `quorum-bench-export-${items}-`));
  const store = await openStore({ kind: 'sqlite', dataDir: dir, file: path.join(dir, 'bench.sqlite') });
  await migrateToLatest(store);
  const t0 = Date.now();
  const { meetingIds } = await buildArchive(dbOf(store), items);
  await addRecords(dbOf(store), meetingIds);
  await store.close();
  console.error(`archive of ${items} items built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return dir;
}

const rows: string[] = [];
for (const items of SIZES) {
  const dir = await build(items);
  for (const format of FORMATS) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', ONCE, dir, format], { encoding: 'utf8' });
    const run = JSON.parse(output.trim().split('\n').pop()!) as Run;
    const mb = run.bytes / 2 ** 20;
    rows.push(
      `| ${[
        items.toLocaleString('en-GB'),
        format,
        mb.toFixed(1),
        run.seconds.toFixed(1),
        (mb / run.seconds).toFixed(1),
        run.idleRssMb.toFixed(0),
        run.peakRssMb.toFixed(0),
      ].join(' | ')} |`,
    );
    console.error(rows[rows.length - 1]);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log('| items | format | MB written | s | MB/s | RSS before (MB) | peak RSS (MB) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
