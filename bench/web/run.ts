/**
 * bench/web: the meeting page's requests per second as a ratio to serving the same bytes as a
 * static response from the same server in the same run, with p99 latency; and search p95 latency
 * on a generated archive, as a ratio to a naive LIKE scan of the same rows.
 *
 *   npx tsx bench/web/run.ts [--items 200000] [--seconds 5] [--connections 16]
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/openStore.js';
import { recordMeeting } from '../../src/app/recordMeeting.js';
import { searchFor } from '../../src/store/search/searchFor.js';
import { createApp } from '../../src/web/app.js';
import { buildMeetingRecord } from '../../test/factories/meetingRecord.js';
import { buildArchive, seededRandom, zipfWord } from './archive.js';
import { dbOf } from '../../src/store/storeDb.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ITEMS = arg('--items', 200_000);
const SECONDS = arg('--seconds', 5);
const CONNECTIONS = arg('--connections', 16);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-bench-web-'));
const store = process.env.DATABASE_URL
  ? await openStore({ kind: 'postgres', url: process.env.DATABASE_URL })
  : await openStore({ kind: 'sqlite', dataDir: dir, file: path.join(dir, 'bench.sqlite') });
await migrateToLatest(store);
const t0 = Date.now();
await buildArchive(dbOf(store), ITEMS);
const meeting = await recordMeeting(store, buildMeetingRecord(), { sourceDocumentId: null });
console.log(`archive: ${ITEMS} items on ${store.dialect}, built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const app = createApp(store);
const pagePath = `/meetings/${meeting.meetingId}`;
const pageBytes = Buffer.from(await (await app.request(pagePath)).arrayBuffer());

/** Milliseconds of one core per call, in process: where the meeting page's time goes, without HTTP. */
async function perCall(run: () => Promise<unknown>, count = 2000): Promise<number> {
  for (let i = 0; i < 200; i++) await run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await run();
  return Number(process.hrtime.bigint() - start) / 1e6 / count;
}
const queriesMs = await perCall(() => store.public.meetings.detail(meeting.meetingId));
const wholeMs = await perCall(async () => (await app.request(pagePath)).text());
console.log(
  `meeting page in process: ${wholeMs.toFixed(2)} ms (queries ${queriesMs.toFixed(2)} ms, render and framework ${(wholeMs - queriesMs).toFixed(2)} ms)`,
);
// The baseline goes through the same server and adapter, so the ratio measures Quorum's own work.
const fetch = (req: Request): Response | Promise<Response> =>
  new URL(req.url).pathname === '/__static'
    ? new Response(pageBytes, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
    : app.fetch(req);
const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => server.once('listening', r));
const port = (server.address() as { port: number }).port;

/** Keeps CONNECTIONS requests in flight for SECONDS; returns requests per second and latency percentiles. */
async function load(
  urlPath: string,
  connections = CONNECTIONS,
): Promise<{ rps: number; p50: number; p99: number; max: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const end = Date.now() + SECONDS * 1000;
  const one = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const start = process.hrtime.bigint();
      http
        .get({ host: '127.0.0.1', port, path: urlPath, agent }, (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
            resolve();
          });
        })
        .on('error', reject);
    });
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) await one();
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { rps: latencies.length / SECONDS, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0 };
}

await load('/__static'); // warm-up
const staticRun = await load('/__static');
const pageRun = await load(pagePath);
// The slowest request beside p99: a stall (a long synchronous query, a long GC pause) shows only there.
const crowdRun = await load(pagePath, 100);
const searchRun = await load('/search?q=council', 100);
console.log(
  `static bytes:  ${staticRun.rps.toFixed(0)} req/s, p99 ${staticRun.p99.toFixed(1)} ms, max ${staticRun.max.toFixed(1)} ms (baseline, ${pageBytes.length} bytes)`,
);
console.log(
  `meeting page:  ${pageRun.rps.toFixed(0)} req/s = ${(pageRun.rps / staticRun.rps).toFixed(2)} x static, p50 ${pageRun.p50.toFixed(1)} ms, p99 ${pageRun.p99.toFixed(1)} ms, max ${pageRun.max.toFixed(1)} ms`,
);
console.log(
  `100 connections: meeting page p99 ${crowdRun.p99.toFixed(1)} ms, max ${crowdRun.max.toFixed(1)} ms; search p99 ${searchRun.p99.toFixed(1)} ms, max ${searchRun.max.toFixed(1)} ms`,
);
server.close();

const search = searchFor(store.dialect);
// Two words each, drawn by the same Zipf's law as the minutes: mostly rare words, some common ones.
const rnd = seededRandom(7);
const queries = Array.from({ length: 100 }, () => `${zipfWord(rnd())} ${zipfWord(rnd())}`);
async function p95(run: (q: string) => Promise<unknown>, count: number): Promise<number> {
  const times: number[] = [];
  for (const q of queries.slice(0, count)) {
    const s = process.hrtime.bigint();
    await run(q);
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length * 0.95)]!;
}
const ftsP95 = await p95((q) => search.search(dbOf(store), { text: q, limit: 20, offset: 0 }), 100);
const likeP95 = await p95(async (q) => {
  const [a, b] = q.split(' ');
  return sql`SELECT id, title FROM search_entries WHERE (title LIKE ${`%${a}%`} OR content LIKE ${`%${a}%`}) AND (title LIKE ${`%${b}%`} OR content LIKE ${`%${b}%`}) ORDER BY date DESC LIMIT 20`.execute(
    dbOf(store),
  );
}, 20);
console.log(
  `search p95:    ${ftsP95.toFixed(1)} ms full text vs ${likeP95.toFixed(1)} ms LIKE scan = ${(likeP95 / ftsP95).toFixed(1)} x faster (${ITEMS} items)`,
);
await store.close();
fs.rmSync(dir, { recursive: true, force: true });
