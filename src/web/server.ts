import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/openStore.js';
import { createApp } from './app.js';

export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  readonly baseUrl: string;
  readonly dataDir?: string;
  readonly uploadMaxBytes?: number;
}

/** Starts the portal; resolves once it listens, with the URL it answers on. */
export function startServer(store: Store, options: ServerOptions): Promise<{ server: ServerType; url: string }> {
  const app = createApp(store, {
    baseUrl: options.baseUrl,
    dataDir: options.dataDir,
    uploadMaxBytes: options.uploadMaxBytes,
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
