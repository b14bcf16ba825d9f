/**
 * One export of one SQLite archive to /dev/null in a process of its own, sampling its RSS every
 * 100 ms, so the peak measured is the export's alone. Prints one JSON line.
 *
 *   node --import tsx bench/export/exportOnce.ts <data-dir> <format>
 */
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { exportArchive } from '../../src/app/exportArchive.js';
import { findExportFormat } from '../../src/publish/exportFormats.js';
import { openStore } from '../../src/store/openStore.js';

const [dataDir, formatName] = process.argv.slice(2) as [string, string];
const format = findExportFormat(formatName);
if (!format) throw new Error(`unknown format ${formatName}`);
const store = await openStore({ kind: 'sqlite', dataDir, file: path.join(dataDir, 'bench.sqlite') });

const devNull = fs.createWriteStream('/dev/null');
let bytes = 0;
const out = new Writable({
  highWaterMark: 1 << 16,
  write(chunk: Buffer, _encoding, callback): void {
    bytes += chunk.length;
    devNull.write(chunk, callback);
  },
});

const idleRss = process.memoryUsage().rss;
let peakRss = idleRss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);
const start = process.hrtime.bigint();
const archive = await exportArchive(store, { format, baseUrl: 'https://council.example' });
await archive.write(out);
out.end();
await finished(out);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
await store.close();
devNull.end();
console.log(
  JSON.stringify({ format: formatName, bytes, seconds, idleRssMb: idleRss / 2 ** 20, peakRssMb: peakRss / 2 ** 20 }),
);
