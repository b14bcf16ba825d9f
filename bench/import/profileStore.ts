/**
 * bench/import/profileStore: imports N generated documents (bench/import's corpus) into a fresh
 * SQLite file and prints the time per document, the importing thread's own CPU time and peak RSS,
 * for profiling the store path alone:
 *
 *   node --import tsx bench/import/profileStore.ts 1000 [--sql] [--plans] [--threads]
 *   node --cpu-prof --import tsx bench/import/profileStore.ts 300
 *
 * --sql times every statement in SQLite by its SQL; --plans lists each statement whose query plan
 * reads a whole table; --threads gives every thread's CPU time (the parse worker, V8's own).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importPaths } from '../../src/app/importDocuments.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/openStore.js';
import { benchTemplates, writeCorpusFiles } from './corpus.js';
import BetterSqlite3 from 'better-sqlite3';

// With --sql, each statement's time in SQLite is summed by its SQL text.
const timings = new Map<string, { n: number; ns: bigint }>();
const texts = new Set<string>();
if (process.argv.includes('--sql')) {
  const proto = (BetterSqlite3 as unknown as { prototype: { prepare: (sql: string) => unknown } }).prototype;
  const prepare = proto.prepare;
  proto.prepare = function (this: unknown, sql: string) {
    const st = prepare.call(this, sql) as Record<string, unknown>;
    texts.add(sql);
    for (const m of ['run', 'all', 'get']) {
      const f = st[m] as (...a: unknown[]) => unknown;
      st[m] = (...a: unknown[]) => {
        const t0 = process.hrtime.bigint();
        try {
          return f.apply(st, a);
        } finally {
          const key = sql.replace(/\(\?(, \?)*\)(, \(\?(, \?)*\))+/g, '(?...)+').slice(0, 160);
          const t = timings.get(key) ?? { n: 0, ns: 0n };
          t.n++;
          t.ns += process.hrtime.bigint() - t0;
          timings.set(key, t);
        }
      };
    }
    return st;
  };
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = Number(process.argv[2] ?? 300);
const templates = benchTemplates(ROOT);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-prof-'));
const files = writeCorpusFiles(dir, templates, DOCS);
const dataDir = path.join(dir, 'data');
const store = await openStore({ kind: 'sqlite', dataDir, file: path.join(dataDir, 'p.sqlite') });
await migrateToLatest(store);
/** The main thread's own CPU time in ms (Linux), apart from the worker's: what storing costs. */
const mainCpu = (): number => {
  const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
/** Every thread's CPU time in ms by thread id: with --threads, what the import alone cost each (start-up left out). */
const threadCpu = (): Map<string, { name: string; ms: number }> =>
  new Map(
    fs.readdirSync('/proc/self/task').map((tid) => {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [tid, { name, ms: ((Number(f[11]) + Number(f[12])) * 1000) / 100 }];
    }),
  );
const threads0 = threadCpu();
const main0 = mainCpu();
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let peak = 0;
const rss: string[] = [];
const report = await importPaths(store, files, {
  onProgress: (done) => {
    // Reading RSS costs ~2 ms in a busy process (more than storing a document): sampled every 16th.
    const quarter = done > 0 && done % Math.max(1, Math.floor(DOCS / 4)) === 0;
    if (quarter || done % 16 === 0) peak = Math.max(peak, process.memoryUsage.rss());
    if (quarter) {
      // The main thread's heap apart from the whole process: what the import itself keeps alive.
      const heap = process.memoryUsage();
      rss.push(
        `${done} docs ${Math.round(peak / 1e6)} MB (heap used ${Math.round(heap.heapUsed / 1e6)} of ${Math.round(heap.heapTotal / 1e6)} MB)`,
      );
    }
  },
});
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const main = mainCpu() - main0;
if (process.argv.includes('--threads'))
  for (const [tid, { name, ms }] of threadCpu()) {
    const own = ms - (threads0.get(tid)?.ms ?? 0);
    const which = tid === String(process.pid) ? 'importing thread' : threads0.has(tid) ? 'thread' : 'new thread';
    if (own > 0) console.log(`${which} ${tid} ${name}: ${(own / DOCS).toFixed(2)} ms/doc`);
  }
await store.close();
// With --plans, every statement the import ran whose plan scans a whole table.
if (process.argv.includes('--plans')) {
  const db = new BetterSqlite3(path.join(dataDir, 'p.sqlite'), { readonly: true });
  for (const sql of texts) {
    if (!/^(select|delete|update|with)/i.test(sql.trim())) continue;
    try {
      const params = (sql.match(/\?/g) ?? []).map(() => 'x');
      const plan = db.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[];
      const scans = plan.filter(
        (r) => /^SCAN (?!.*(COVERING INDEX|USING INDEX))/.test(r.detail) || /^SCAN/.test(r.detail),
      );
      if (scans.length) console.log(`${scans.map((r) => r.detail).join('; ')}  <=  ${sql.slice(0, 220)}`);
    } catch {
      /* a statement of the migrations */
    }
  }
  db.close();
}
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  `${DOCS} docs, ${report.totals.meetings} meetings, ${report.totals.failed} failed: ${((seconds * 1000) / DOCS).toFixed(2)} ms/doc wall, process CPU ${((cpu.user + cpu.system) / 1000 / DOCS).toFixed(2)} ms/doc, importing thread ${(main / DOCS).toFixed(2)} ms/doc; peak RSS ${rss.join(', ')}`,
);
if (timings.size > 0) {
  const all = [...timings.entries()].sort((a, b) => Number(b[1].ns - a[1].ns));
  const total = all.reduce((n, [, t]) => n + Number(t.ns), 0);
  console.log(
    `SQLite statements: ${(total / 1e6 / DOCS).toFixed(2)} ms/doc, ${(all.reduce((n, [, t]) => n + t.n, 0) / DOCS).toFixed(1)} statements/doc`,
  );
  for (const [sql, t] of all.slice(0, Number(process.env.TOP ?? 40)))
    console.log(`${(Number(t.ns) / 1e6 / DOCS).toFixed(3)} ms/doc ${(t.n / DOCS).toFixed(2)}/doc  ${sql}`);
}
