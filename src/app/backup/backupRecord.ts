import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/errors.js';
import { backupHeader, readRecord } from '../../store/backup/recordBackup.js';
import type { Store } from '../../store/store.js';
import { BackupWriter } from './backupFile.js';

export interface BackupReport {
  readonly file: string;
  readonly tables: number;
  readonly rows: number;
  readonly bytes: number;
}

/**
 * Writes the whole record (documents' bytes and the logo included; sign-in sessions not) to
 * `file`, read in one snapshot while the portal keeps serving. The file appears whole or not at
 * all: it is written beside its place and renamed when complete. An existing file is refused.
 */
export async function backupRecord(store: Store, file: string): Promise<BackupReport> {
  if (fs.existsSync(file)) throw new AppError('CONFIG_INVALID', `${file}: already exists; choose a new file name`);
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial-${process.pid}`);
  let writer: BackupWriter;
  try {
    writer = new BackupWriter(partial, await backupHeader(store));
  } catch (error) {
    throw new AppError('CONFIG_INVALID', `${file}: cannot write (${(error as Error).message})`, { cause: error });
  }
  try {
    await readRecord(store, (part) => writer.write(part));
    const counts = await writer.finish();
    fs.renameSync(partial, file);
    return { file, ...counts, bytes: fs.statSync(file).size };
  } catch (error) {
    writer.abort();
    fs.rmSync(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new AppError('CONFIG_INVALID', `${file}: cannot write (${code})`, { cause: error });
    throw error;
  }
}
