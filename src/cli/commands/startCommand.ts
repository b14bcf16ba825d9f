import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { importPaths } from '../../app/importDocuments.js';
import { migrateToLatest } from '../../store/migrate.js';
import { openStore } from '../../store/openStore.js';
import { storeConfigFromEnv } from '../../store/storeConfig.js';
import { importLimitsFrom, serveEnvFrom } from '../environment.js';
import { serveUntilStopped } from './serveCommand.js';

/** The bundled sample documents: the seed documents Quorum was created from, plus our own fixtures. */
export const SAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../sample');

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('migrate, load the bundled sample data into an empty database, and serve the portal (npm start)')
    .option('--no-sample', 'do not load the sample data')
    .action(async (options: { sample: boolean }) => {
      const env = serveEnvFrom(process.env);
      const store = await openStore(storeConfigFromEnv(process.env));
      try {
        await migrateToLatest(store);
        const { documents } = await store.repos.stats.count();
        if (options.sample && documents === 0) {
          const report = await importPaths(store, [SAMPLE_DIR], { limits: importLimitsFrom(process.env) });
          const t = report.totals;
          console.log(`Loaded the sample data: ${t.documents} documents, ${t.meetings} meetings, ${t.items} items.`);
        }
      } catch (error) {
        await store.close();
        throw error;
      }
      await serveUntilStopped(store, env);
    });
}
