import type { Command } from 'commander';
import { assertSchemaCurrent } from '../../store/migrate.js';
import { openStore, type Store } from '../../store/openStore.js';
import { storeConfigFromEnv } from '../../store/storeConfig.js';
import { startServer } from '../../web/server.js';
import { serveEnvFrom, type ServeEnv } from '../environment.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the portal (PORT, HOST, DATABASE_URL, QUORUM_DATA_DIR, QUORUM_BASE_URL)')
    .action(async () => {
      const env = serveEnvFrom(process.env);
      const store = await openStore(storeConfigFromEnv(process.env));
      try {
        await assertSchemaCurrent(store);
      } catch (error) {
        await store.close();
        throw error;
      }
      await serveUntilStopped(store, env);
    });
}

/** Serves until SIGINT or SIGTERM, then closes the server and the database cleanly. */
export async function serveUntilStopped(store: Store, env: ServeEnv): Promise<void> {
  const { server, url } = await startServer(store, env);
  console.log(`Quorum is serving ${store.description} at ${url}/ (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      server.close(() => resolve());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
}
