import type { Command } from 'commander';
import { backupRecord } from '../../app/backup/backupRecord.js';
import { restoreRecord } from '../../app/backup/restoreRecord.js';
import { AppError } from '../../domain/errors.js';
import { openStore } from '../../store/openStore.js';
import { storeConfigFromEnv } from '../../store/storeConfig.js';
import { withStore } from '../withStore.js';

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('write the whole record (documents and logo included) to one gzip file with a checksum')
    .argument('<file>', 'the backup file to create (refused if it exists)')
    .action(async (file: string) => {
      const report = await withStore({}, (store) => backupRecord(store, file));
      console.log(`backup: ${report.rows} rows of ${report.tables} tables to ${report.file} (${report.bytes} bytes)`);
    });

  program
    .command('restore')
    .description('load a backup into this database (SQLite or PostgreSQL, whichever it came from), in one transaction')
    .argument('<file>', 'a file written by `quorum backup`')
    .option('--force', 'replace what the database holds')
    .action(async (file: string, options: { force?: boolean }) => {
      // Not withStore: the database may be new, with no schema yet; restore brings it to the backup's.
      const store = await openStore(storeConfigFromEnv(process.env));
      try {
        const report = await restoreRecord(store, file, { force: options.force });
        console.log(
          `restore: ${report.rows} rows of ${report.tables} tables from ${report.file} (made on ${report.from}, schema ${report.schema}) into ${store.description}`,
        );
      } catch (error) {
        // A database that already holds records is a usage problem (exit 2), not a bad file.
        if (error instanceof AppError && error.code === 'CONFLICT') throw new AppError('CONFIG_INVALID', error.message);
        throw error;
      } finally {
        await store.close();
      }
    });
}
