import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors.js';
import { importPopoloExport, validatePopoloExport } from '../../ingest/popolo/importPopolo.js';
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
      const doc = validatePopoloExport(await readJson(file));
      const counts = await withStore({ migrate: true }, async (store) => {
        try {
          return await importPopoloExport(store, doc);
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

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('INPUT_INVALID', `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('INPUT_INVALID', `${file}: not JSON (${(error as Error).message})`);
  }
}
