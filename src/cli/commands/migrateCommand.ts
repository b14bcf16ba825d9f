import type { Command } from 'commander';
import { migrateToLatest, schemaStatus } from '../../store/migrate.js';
import { openStore } from '../../store/openStore.js';
import { storeConfigFromEnv } from '../../store/storeConfig.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (SQLite in QUORUM_DATA_DIR, or DATABASE_URL)')
    .option('--status', 'only show applied and pending migrations')
    .action(async (options: { status?: boolean }) => {
      const store = await openStore(storeConfigFromEnv(process.env));
      try {
        if (options.status) {
          const status = await schemaStatus(store);
          for (const name of status.applied) console.log(`applied  ${name}`);
          for (const name of status.pending) console.log(`pending  ${name}`);
          return;
        }
        const report = await migrateToLatest(store);
        for (const name of report.applied) console.log(`applied  ${name}`);
        console.log(`${store.description}: schema up to date (${report.status.applied.length} migrations)`);
      } finally {
        await store.close();
      }
    });
}
