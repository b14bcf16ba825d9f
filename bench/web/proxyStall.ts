/**
 * Issue 19 item 5: the slowest requests at 100 connections wait in the kernel's accept queue while
 * Node serves its busy kept-alive connections (README, "The stall at 100 connections"). This
 * measures the set-up the README recommends against it: the same cached meeting page, 100
 * connections from a separate process, straight to Quorum and through nginx (Debian's package,
 * a reverse proxy with kept-alive upstream connections), alternately in the same run.
 *
 *   npx tsx bench/web/proxyStall.ts [--items 2000] [--seconds 3] [--runs 3] [--connections 100] [--upstream 16]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { recordMeeting } from '../../src/app/recordMeeting.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/openStore.js';
import { dbOf } from '../../src/store/storeDb.js';
import { createApp } from '../../src/web/app.js';
import { buildMeetingRecord } from '../../test/factories/meetingRecord.js';
import { buildArchive } from './archive.js';
import { driveInProcess } from './driveProcess.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ITEMS = arg('--items', 2000);
const SECONDS = arg('--seconds', 3);
const RUNS = arg('--runs', 3);
const CONNECTIONS = arg('--connections', 100);
/** Kept-alive connections nginx holds open to Quorum: the few Node ever has to accept. */
const UPSTREAM = arg('--upstream', 16);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-bench-proxy-'));
const store = await openStore({ kind: 'sqlite', dataDir: dir, file: path.join(dir, 'bench.sqlite') });
await migrateToLatest(store);
await buildArchive(dbOf(store), ITEMS);
const meeting = await recordMeeting(store, buildMeetingRecord(), { sourceDocumentId: null });
const app = createApp(store, {});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => server.once('listening', r));
const quorumPort = (server.address() as { port: number }).port;

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise((r) => probe.close(r));
  return port;
}

/** nginx: kept-alive upstream connections, but a new one to Quorum for every request beyond them. */
function nginxConfig(port: number): string {
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream quorum { server 127.0.0.1:${quorumPort}; keepalive ${UPSTREAM}; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://quorum;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
    }
  }
}
`;
}

/** HAProxy: at most UPSTREAM connections to Quorum, reused; requests beyond them queue in the proxy. */
function haproxyConfig(port: number): string {
  return `global
  maxconn 4096
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
  timeout queue 60s
  option http-keep-alive
  http-reuse always
frontend web
  bind 127.0.0.1:${port}
  default_backend quorum
backend quorum
  server q1 127.0.0.1:${quorumPort} maxconn ${UPSTREAM}
`;
}

interface Proxy {
  readonly name: string;
  readonly port: number;
  readonly process: ChildProcess;
}

async function startProxy(name: 'nginx' | 'haproxy'): Promise<Proxy | null> {
  if (spawnSync(name, ['-v'], { encoding: 'utf8' }).error) {
    console.log(
      `${name} is not installed (Debian: apt-get install ${name === 'nginx' ? 'nginx-light' : 'haproxy'}): skipped`,
    );
    return null;
  }
  const port = await freePort();
  const file = path.join(dir, `${name}.conf`);
  fs.writeFileSync(file, name === 'nginx' ? nginxConfig(port) : haproxyConfig(port));
  const args = name === 'nginx' ? ['-c', file, '-p', dir] : ['-f', file, '-db'];
  const child = spawn(name, args, { stdio: 'inherit' });
  for (let tries = 0; ; tries++) {
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { name, port, process: child };
    if (tries > 100) throw new Error(`${name} did not answer on ${port} (its log is in ${dir})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const proxies = [await startProxy('nginx'), await startProxy('haproxy')].filter((p): p is Proxy => p !== null);

interface Run {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
}

async function load(port: number, label: string, n: number): Promise<Run> {
  const pagePath = `/meetings/${meeting.meetingId}`;
  const timings = await driveInProcess({
    port,
    path: pagePath,
    connections: CONNECTIONS,
    seconds: SECONDS,
    idPrefix: `${label}${n}-`,
  });
  const latencies = timings.map((t) => t.ms).sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { rps: latencies.length / SECONDS, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0, errors: 0 };
}

const line = (name: string, r: Run): string =>
  `| ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(0)} ms | ${r.p99.toFixed(0)} ms | ${r.max.toFixed(0)} ms |`;

await load(quorumPort, 'warm', 0);
console.log(
  `${CONNECTIONS} connections, ${SECONDS} s each, cached meeting page, load average ${os.loadavg()[0]!.toFixed(1)}:`,
);
console.log('| run | req/s | p50 | p99 | max |');
console.log('| --- | --- | --- | --- | --- |');
for (let n = 1; n <= RUNS; n++) {
  console.log(line(`${n}: straight to Quorum`, await load(quorumPort, 'direct', n)));
  for (const proxy of proxies) console.log(line(`${n}: through ${proxy.name}`, await load(proxy.port, proxy.name, n)));
}
for (const proxy of proxies) proxy.process.kill(proxy.name === 'nginx' ? 'SIGQUIT' : 'SIGTERM');
server.close();
await store.close();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
