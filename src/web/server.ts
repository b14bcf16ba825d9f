import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/openStore.js';
import { createApp } from './app.js';
import { formatRequestLog, type RequestLogFormat } from './requestLog.js';

export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  readonly baseUrl: string;
  readonly dataDir?: string;
  readonly uploadMaxBytes?: number;
  /** Request lines on standard output (QUORUM_REQUEST_LOG); default json. */
  readonly requestLog?: RequestLogFormat;
}

/** Starts the portal; resolves once it listens, with the URL it answers on. */
export function startServer(store: Store, options: ServerOptions): Promise<{ server: ServerType; url: string }> {
  const format = options.requestLog ?? 'json';
  const app = createApp(store, {
    baseUrl: options.baseUrl,
    dataDir: options.dataDir,
    uploadMaxBytes: options.uploadMaxBytes,
    requestLog: format === 'off' ? undefined : (entry) => process.stdout.write(`${formatRequestLog(format, entry)}\n`),
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      resolve({
        server,
        url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${info.port}`,
      });
    });
    server.once('error', reject);
  });
}
