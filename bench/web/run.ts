/**
 * bench/web: the meeting page's requests per second as a ratio to serving the same bytes as a
 * static response from the same server in the same run, with p99 latency; and search p95 latency
 * on a generated archive, as a ratio to a naive LIKE scan of the same rows. The meeting page is
 * measured twice in the same run: rendered on every request (no render cache: before) and kept
 * by the render cache (after), and revalidated with If-None-Match (304).
 *
 * With --trace, each load run also reports the event loop's delay (perf_hooks
 * monitorEventLoopDelay), garbage-collection pauses (PerformanceObserver 'gc', what --trace-gc
 * prints) and the slowest requests with when they started and how long they waited for admission.
 *
 *   npx tsx bench/web/run.ts [--items 200000] [--seconds 5] [--connections 16] [--trace]
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
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
const TRACE = process.argv.includes('--trace');
const SKIP_SEARCH = process.argv.includes('--no-search');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-bench-web-'));
const store = process.env.DATABASE_URL
  ? await openStore({ kind: 'postgres', url: process.env.DATABASE_URL })
  : await openStore({ kind: 'sqlite', dataDir: dir, file: path.join(dir, 'bench.sqlite') });
await migrateToLatest(store);
const t0 = Date.now();
await buildArchive(dbOf(store), ITEMS);
const meeting = await recordMeeting(store, buildMeetingRecord(), { sourceDocumentId: null });
console.log(`archive: ${ITEMS} items on ${store.dialect}, built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

/** Server-side milliseconds per request id (the request log), to set beside what the client waited. */
const served = new Map<string, number>();
const requestLog = TRACE ? (e: { id: string; ms: number }): void => void served.set(e.id, e.ms) : undefined;
const app = createApp(store, { requestLog });
// The same portal without the render cache: every request read and rendered (the "before").
const plainApp = createApp(store, { renderCache: false, requestLog });
const pagePath = `/meetings/${meeting.meetingId}`;
const pageResponse = await app.request(pagePath);
const pageEtag = pageResponse.headers.get('ETag') ?? '';
const pageBytes = Buffer.from(await pageResponse.arrayBuffer());

/** Milliseconds of one core per call, in process: where the meeting page's time goes, without HTTP. */
async function perCall(run: () => Promise<unknown>, count = 2000): Promise<number> {
  for (let i = 0; i < 200; i++) await run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await run();
  return Number(process.hrtime.bigint() - start) / 1e6 / count;
}
const queriesMs = await perCall(() => store.public.meetings.detail(meeting.meetingId));
const wholeMs = await perCall(async () => (await plainApp.request(pagePath)).text());
const keptMs = await perCall(async () => (await app.request(pagePath)).text());
console.log(
  `meeting page in process: ${wholeMs.toFixed(2)} ms (queries ${queriesMs.toFixed(2)} ms, render and framework ${(wholeMs - queriesMs).toFixed(2)} ms); kept by the render cache ${keptMs.toFixed(3)} ms`,
);
// The baseline goes through the same server and adapter, so the ratio measures Quorum's own work.
const PLAIN = '/__plain';
const fetch = (req: Request): Response | Promise<Response> => {
  const url = new URL(req.url);
  if (url.pathname === '/__static')
    return new Response(pageBytes, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  if (url.pathname.startsWith(PLAIN)) {
    url.pathname = url.pathname.slice(PLAIN.length);
    return plainApp.fetch(new Request(url, req));
  }
  return app.fetch(req);
};
const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => server.once('listening', r));
const port = (server.address() as { port: number }).port;

/** Keeps CONNECTIONS requests in flight for SECONDS; returns requests per second and latency percentiles. */
let requestNumber = 0;

interface Run {
  rps: number;
  p50: number;
  p99: number;
  max: number;
}

/** Keeps `connections` requests in flight for SECONDS; with --trace, prints where the slowest went. */
async function load(
  urlPath: string | (() => string),
  connections = CONNECTIONS,
  headers: Record<string, string> = {},
  label = String(urlPath),
): Promise<Run> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const timings: { start: number; ms: number; path: string; id: string; connected: number; firstByte: number }[] = [];
  const t0 = performance.now();
  const end = Date.now() + SECONDS * 1000;
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const pauses: number[] = [];
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push(e.duration);
  });
  if (TRACE) {
    loop.enable();
    gc.observe({ entryTypes: ['gc'] });
  }
  const one = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const p = typeof urlPath === 'string' ? urlPath : urlPath();
      const id = `b${++requestNumber}`;
      let connected = 0;
      let firstByte = 0;
      const req = http.get(
        { host: '127.0.0.1', port, path: p, agent, headers: { ...headers, 'X-Request-Id': id } },
        (res) => {
          firstByte = performance.now() - start;
          res.resume();
          res.on('end', () => {
            timings.push({ start: start - t0, ms: performance.now() - start, path: p, id, connected, firstByte });
            resolve();
          });
        },
      );
      req.on('socket', (socket) => {
        if (socket.connecting) socket.once('connect', () => (connected = performance.now() - start));
      });
      req.on('error', reject);
    });
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) await one();
    }),
  );
  agent.destroy();
  const latencies = timings.map((t) => t.ms).sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const run = { rps: latencies.length / SECONDS, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0 };
  if (TRACE) {
    loop.disable();
    gc.disconnect();
    const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(
      `  trace ${label} x${connections}: ${timings.length} requests, p99 ${run.p99.toFixed(1)} ms, max ${run.max.toFixed(1)} ms; ` +
        `event loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, max ${(loop.max / 1e6).toFixed(1)} ms; ` +
        `GC ${pauses.length} pauses, total ${pauses.reduce((a, b) => a + b, 0).toFixed(0)} ms, longest ${Math.max(0, ...pauses).toFixed(1)} ms`,
    );
    console.log(
      `  slowest: ${slowest
        .map(
          (t) =>
            `${t.ms.toFixed(0)} ms from ${(t.start / 1000).toFixed(2)} s (${t.connected ? `connected at ${t.connected.toFixed(0)} ms, ` : ''}` +
            `first byte ${t.firstByte.toFixed(0)} ms, server ${served.get(t.id)?.toFixed(1) ?? '?'} ms)`,
        )
        .join('; ')}`,
    );
  }
  return run;
}

const line = (name: string, r: Run, base?: Run): string =>
  `${name.padEnd(28)} ${r.rps.toFixed(0).padStart(6)} req/s${base ? ` = ${(r.rps / base.rps).toFixed(2)} x static` : ''}, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms`;

await load('/__static'); // warm-up
const staticRun = await load('/__static');
const plainRun = await load(PLAIN + pagePath);
const pageRun = await load(pagePath);
const revalidateRun = await load(pagePath, CONNECTIONS, { 'If-None-Match': pageEtag }, '304');
// The slowest request beside p99: a stall (a long synchronous query, a long GC pause) shows only there.
const crowdPlain = await load(PLAIN + pagePath, 100);
const crowdPage = await load(pagePath, 100);
const crowdSearch = await load('/search?q=council', 100);
// Different searches, so that each is rendered (a kept page would hide the work).
const rndPages = seededRandom(11);
const crowdSearches = await load(
  () => `/search?q=${zipfWord(rndPages())}+${zipfWord(rndPages())}`,
  100,
  {},
  'searches',
);
console.log(`${CONNECTIONS} connections, ${SECONDS} s each:`);
console.log(line('static bytes (baseline)', staticRun) + ` (${pageBytes.length} bytes)`);
console.log(line('meeting page, rendered', plainRun, staticRun));
console.log(line('meeting page, render cache', pageRun, staticRun));
console.log(line('meeting page, 304', revalidateRun, staticRun));
console.log(
  `render cache: ${(pageRun.rps / plainRun.rps).toFixed(1)} x the requests per second of rendering every time`,
);
console.log('100 connections:');
console.log(line('meeting page, rendered', crowdPlain));
console.log(line('meeting page, render cache', crowdPage));
console.log(line('search "council" (kept)', crowdSearch));
console.log(line('search, two Zipf words', crowdSearches));
server.close();
if (SKIP_SEARCH) {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

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
