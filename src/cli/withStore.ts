import { assertSchemaCurrent, migrateToLatest } from '../store/migrate.js';
import { openStore, type Store } from '../store/openStore.js';
import { storeConfigFromEnv } from '../store/storeConfig.js';

export interface WithStoreOptions {
  /** Bring the schema up to date first (migrate, start); otherwise it must already be current. */
  readonly migrate?: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

/** Opens the configured store for one command and always closes it. */
export async function withStore<T>(options: WithStoreOptions, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeConfigFromEnv(options.env ?? process.env));
  try {
    if (options.migrate) await migrateToLatest(store);
    else await assertSchemaCurrent(store);
    return await run(store);
  } finally {
    await store.close();
  }
}
