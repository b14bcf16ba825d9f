import http from 'node:http';

export interface Timing {
  /** When the request was made, ms after the run began. */
  readonly start: number;
  readonly ms: number;
  readonly path: string;
  readonly id: string;
  /** When its new connection was made, ms after the request (0 for a kept-alive one). */
  readonly connected: number;
  readonly firstByte: number;
}

export interface DriveOptions {
  readonly port: number;
  readonly path: string | (() => string);
  readonly connections: number;
  readonly seconds: number;
  readonly headers?: Record<string, string>;
  /** Request ids are `${idPrefix}${n}`, so the server's log can be matched to them. */
  readonly idPrefix: string;
}

/** Keeps `connections` requests in flight for `seconds` on kept-alive connections; every request's timing. */
export async function drive(options: DriveOptions): Promise<Timing[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const timings: Timing[] = [];
  const t0 = performance.now();
  const end = Date.now() + options.seconds * 1000;
  let n = 0;
  const one = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const p = typeof options.path === 'string' ? options.path : options.path();
      const id = `${options.idPrefix}${++n}`;
      let connected = 0;
      let firstByte = 0;
      const req = http.get(
        {
          host: '127.0.0.1',
          port: options.port,
          path: p,
          agent,
          headers: { ...options.headers, 'X-Request-Id': id },
        },
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
    Array.from({ length: options.connections }, async () => {
      while (Date.now() < end) await one();
    }),
  );
  agent.destroy();
  return timings;
}
