/**
 * The stall at 100 connections without Quorum: a plain `node:http` server in its own process,
 * each request costing `work` ms of synchronous work, driven from this process by 50 kept-alive
 * connections, and 50 more opened half a second later, when the server is busy. It prints the
 * latencies and how long the server took to accept the later 50: with any work per request they
 * are accepted about one per turn of the server's event loop (libuv >= 1.45 accepts once per
 * turn: libuv/libuv#3696), and a turn serves every busy connection once.
 *
 *   npx tsx bench/web/acceptStall.ts [--seconds 3]
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { drive } from './drive.js';

function serve(work: number): void {
  const t0 = performance.now();
  const accepted: number[] = [];
  const server = http.createServer((_req, res) => {
    const end = performance.now() + work;
    while (performance.now() < end);
    res.end('x'.repeat(8000));
  });
  server.on('connection', () => accepted.push(performance.now() - t0));
  server.listen(0, '127.0.0.1', () => console.log((server.address() as { port: number }).port));
  process.on('SIGTERM', () => {
    process.stdout.write(`${JSON.stringify(accepted)}\n`);
    process.exit(0);
  });
}

async function measure(work: number, seconds: number): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'serve', String(work)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const port = Number((await lines.next()).value);
  // Half the connections open at once; the other half half a second later, when the server is busy.
  const [early, late] = await Promise.all([
    drive({ port, path: '/', connections: 50, seconds, idPrefix: 'a' }),
    new Promise((r) => setTimeout(r, 500)).then(() =>
      drive({ port, path: '/', connections: 50, seconds: seconds - 0.5, idPrefix: 'b' }),
    ),
  ]);
  const timings = [...early, ...late];
  child.kill('SIGTERM');
  const accepted = JSON.parse((await lines.next()).value as string) as number[];
  const ms = timings.map((t) => t.ms).sort((a, b) => a - b);
  const first = accepted[0] ?? 0;
  // The late half connects from 0.5 s on: how long after that the server accepted them.
  const waits = accepted.filter((t) => t - first > 450).map((t) => t - first - 500);
  return (
    `work ${work} ms: ${ms.length} requests, p50 ${ms[ms.length >> 1]!.toFixed(0)} ms, ` +
    `p99 ${ms[Math.floor(ms.length * 0.99)]!.toFixed(0)} ms, max ${ms.at(-1)!.toFixed(0)} ms; ` +
    `${waits.length} connections accepted after 0.45 s (50 opened at 0.5 s, and any early ones still waiting), ` +
    `the last ${(Math.max(...waits) / 1000).toFixed(2)} s after 0.5 s`
  );
}

if (process.argv[2] === 'serve') serve(Number(process.argv[3]));
else {
  const i = process.argv.indexOf('--seconds');
  const seconds = i > 0 ? Number(process.argv[i + 1]) : 3;
  for (const work of [0, 1, 2]) console.log(await measure(work, seconds));
}
