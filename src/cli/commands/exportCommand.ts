import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { exportArchive, type ExportArchive, type ExportRequest } from '../../app/exportArchive.js';
import { AppError } from '../../domain/errors.js';
import { CSV_TABLES, EXPORT_FORMATS, findExportFormat } from '../../publish/exportFormats.js';
import type { Store } from '../../store/store.js';
import { serveEnvFrom } from '../environment.js';
import { withStore } from '../withStore.js';

interface ExportCommandOptions {
  readonly format: string;
  readonly table?: string;
  readonly body?: string;
  readonly out?: string;
}

const FORMAT_NAMES = [...new Set([...EXPORT_FORMATS.map((f) => f.name), 'csv'])];

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write open data: Popolo/OCD JSON, OParl, Akoma Ntoso or CSV (see docs/open-data.md)')
    .requiredOption('--format <format>', `one of ${FORMAT_NAMES.join(', ')}`)
    .option('--table <table>', `with --format csv: ${Object.keys(CSV_TABLES).join(' or ')} (default attendance)`)
    .option('--body <slug>', "only this body's records")
    .option('--out <file>', 'file to write; - or absent for standard output')
    .action(async (options: ExportCommandOptions) => {
      const format = findExportFormat(options.format, options.table);
      if (!format) return usageError(unknownFormatMessage(options));
      const baseUrl = serveEnvFrom(process.env).baseUrl;
      await withStore({}, async (store) => {
        const archive = await prepared(store, { format, baseUrl, bodySlug: options.body });
        if (!archive) return;
        if (options.out === undefined || options.out === '-') await archive.write(process.stdout);
        else await writeFileAtomically(options.out, (out) => archive.write(out));
      });
    });
}

/** The export, or undefined after a usage error: an unknown body is a mistake on the command line. */
async function prepared(store: Store, request: ExportRequest): Promise<ExportArchive | undefined> {
  try {
    return await exportArchive(store, request);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error;
    usageError(`${error.message}; \`quorum stats\` or /bodies lists them`);
    return undefined;
  }
}

function unknownFormatMessage(options: ExportCommandOptions): string {
  if (options.table !== undefined && options.format !== 'csv')
    return `--table goes with --format csv, not "${options.format}"`;
  if (options.format === 'csv')
    return `unknown --table "${options.table}"; one of ${Object.keys(CSV_TABLES).join(', ')}`;
  return `unknown format "${options.format}"; one of ${FORMAT_NAMES.join(', ')}`;
}

function usageError(message: string): void {
  process.stderr.write(`quorum export: ${message}\n`);
  process.exitCode = 2;
}

/**
 * Writes beside the target and renames at the end, so a failed export never leaves a half-written
 * file under the target's name.
 */
async function writeFileAtomically(target: string, write: (out: fs.WriteStream) => Promise<void>): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const out = fs.createWriteStream(temp);
  try {
    await write(out);
    out.end();
    await finished(out);
    fs.renameSync(temp, target);
  } catch (error) {
    out.destroy();
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
