import { AppError } from '../../domain/errors.js';
import { loadRecord, recordRowsHeld } from '../../store/backup/recordBackup.js';
import { knownSchemaVersions, migrateTo, migrateToLatest, schemaStatus } from '../../store/migrate.js';
import type { Store } from '../../store/store.js';
import { backupParts, verifyBackup } from './backupFile.js';

export interface RestoreOptions {
  /** Replace a database that already holds records. */
  readonly force?: boolean;
}

export interface RestoreReport {
  readonly file: string;
  /** The engine the backup came from. */
  readonly from: string;
  readonly schema: string;
  readonly tables: number;
  readonly rows: number;
}

/**
 * Loads a backup into this database, either engine whichever it came from. The file is checked
 * whole first (checksum), a backup from a newer Quorum is refused (SCHEMA_TOO_NEW), and so is a
 * database that holds records unless `force` (CONFLICT). The database is brought to the backup's
 * schema version, the rows loaded in one transaction (all or nothing), then migrated to the latest.
 */
export async function restoreRecord(store: Store, file: string, options: RestoreOptions = {}): Promise<RestoreReport> {
  const header = await verifyBackup(file);
  const schema = header.migrations.at(-1)!;
  const known = knownSchemaVersions();
  if (!known.includes(schema)) {
    throw new AppError(
      'SCHEMA_TOO_NEW',
      `${file}: made with schema version ${schema}, newer than this Quorum knows (${known.at(-1)}); upgrade Quorum to restore it`,
    );
  }
  const status = await schemaStatus(store);
  if (status.unknown.length > 0) {
    throw new AppError(
      'SCHEMA_TOO_NEW',
      `${store.description} has schema version ${status.unknown.at(-1)}, newer than this Quorum knows; upgrade Quorum`,
    );
  }
  const held = status.applied.length > 0 ? await recordRowsHeld(store) : [];
  if (held.length > 0 && !options.force) {
    throw new AppError(
      'CONFLICT',
      `${store.description} is not empty (${held.slice(0, 3).join(', ')}${held.length > 3 ? ', …' : ''}); restore into an empty database, or add --force to replace what it holds`,
    );
  }
  const current = status.applied.at(-1);
  if (current !== schema) {
    // Migrating down would drop what a database holds before the load could fail and keep it.
    if (current && known.indexOf(current) > known.indexOf(schema) && held.length > 0) {
      throw new AppError(
        'CONFLICT',
        `${file}: made with schema version ${schema}, older than ${store.description} (${current}); restore it into an empty database`,
      );
    }
    await migrateTo(store, schema);
  }
  const loaded = await loadRecord(store, backupParts(file), { force: options.force });
  await migrateToLatest(store);
  return { file, from: header.dialect, schema, ...loaded };
}
