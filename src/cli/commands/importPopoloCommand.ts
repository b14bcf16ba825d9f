import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { importPopolo, readPopoloImport } from '../../app/importPopolo.js';
import type { RecordToLoad } from '../../store/repositories/recordLoadRepository.js';
import { AppError } from '../../domain/errors.js';
import { withStore } from '../withStore.js';

export function registerImportPopolo(program: Command): void {
  program
    .command('import-popolo')
    .description(
      'load a Popolo export written by `quorum export --format popolo` into an empty database, keeping its ids',
    )
    .argument('<file>', 'the .json export')
    .option('--json', 'print the counts as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const record = await readFile(file);
      const counts = await withStore({ migrate: true }, async (store) => {
        try {
          return await importPopolo(store, record);
        } catch (error) {
          // A database that already holds records is a usage problem (exit 2), not a bad file.
          if (error instanceof AppError && error.code === 'CONFLICT')
            throw new AppError('CONFIG_INVALID', error.message);
          throw error;
        }
      });
      if (options.json) console.log(JSON.stringify(counts, null, 2));
      else
        console.log(
          Object.entries(counts)
            .map(([k, n]) => `${k}: ${n}`)
            .join('; '),
        );
    });
}

/** The file's records, checked before the database is opened; problems name the file. */
async function readFile(file: string): Promise<RecordToLoad> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new AppError('INPUT_INVALID', `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return readPopoloImport(bytes);
  } catch (error) {
    if (error instanceof AppError && error.code === 'INPUT_INVALID')
      throw new AppError('INPUT_INVALID', `${file}: ${error.message}`, { cause: error });
    throw error;
  }
}
