import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { PackPart } from '../../domain/documentPack.js';
import { AppError } from '../../domain/errors.js';

interface PackBuildOptions {
  readonly out: string;
  readonly council: string;
  readonly body: string;
  readonly date: string;
  readonly time?: string;
  readonly venue?: string;
  readonly contact?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly agenda?: string;
  readonly minutes?: string;
}

/** Uploads are bounded in the workspace; the CLI reads what a clerk names, within the same sense. */
const MAX_PART_BYTES = 200 * 1024 * 1024;

function readPart(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('INPUT_INVALID', `${file}: no such file`);
  }
  if (!stat.isFile()) throw new AppError('INPUT_INVALID', `${file}: not a file`);
  if (stat.size > MAX_PART_BYTES) throw new AppError('INPUT_INVALID', `${file}: larger than 200 MB`);
  return fs.readFileSync(file);
}

/** A title from a file's name: `05-budget-monitoring.pdf` gives "05 budget monitoring". */
const titleOf = (file: string): string => path.basename(file, path.extname(file)).replace(/[-_]+/g, ' ').trim() || file;

export function registerPack(program: Command): void {
  const pack = program.command('pack').description('document packs: one PDF for a meeting');
  pack
    .command('build')
    .description(
      'build a document pack: a front sheet, then the agenda, the minutes and each report in the order given, ' +
        'with page numbers, bookmarks and the agenda list giving each document its pages',
    )
    .argument('<reports...>', 'the reports and appendices (PDF), in agenda order; each titled by its file name')
    .requiredOption('--out <file>', 'the pack to write (written whole or not at all)')
    .requiredOption('--council <name>', "the council's name (the pack's author)")
    .requiredOption('--body <name>', 'the committee or other body that meets')
    .requiredOption('--date <YYYY-MM-DD>', 'the meeting date')
    .option('--time <HH:MM>', 'the start time, 24-hour')
    .option('--venue <text>', 'where it meets')
    .option('--contact <name>', 'the contact officer')
    .option('--email <address>', "the contact officer's email address")
    .option('--phone <number>', "the contact officer's telephone number")
    .option('--agenda <file>', 'the agenda (PDF), first after the front sheet')
    .option('--minutes <file>', 'the minutes of the last meeting (PDF), after the agenda')
    .action(async (reports: string[], options: PackBuildOptions) => {
      const parts: PackPart[] = [];
      if (options.agenda) parts.push({ kind: 'agenda', title: 'Agenda', pdf: readPart(options.agenda) });
      if (options.minutes) {
        parts.push({ kind: 'minutes', title: 'Minutes of the last meeting', pdf: readPart(options.minutes) });
      }
      for (const file of reports) parts.push({ kind: 'report', title: titleOf(file), pdf: readPart(file) });
      const contact =
        options.contact || options.email || options.phone
          ? { name: options.contact, email: options.email, phone: options.phone }
          : undefined;
      // Loaded here, not at start-up: pdf-lib is large and every other command would pay for it.
      const { buildDocumentPack } = await import('../../publish/documentPack/buildDocumentPack.js');
      const built = await buildDocumentPack({
        council: options.council,
        body: options.body,
        meeting: { date: options.date, time: options.time ?? null, venue: options.venue ?? null },
        frontSheet: { contact },
        parts,
      });
      const temp = path.join(path.dirname(options.out), `.${path.basename(options.out)}.${process.pid}.tmp`);
      try {
        fs.writeFileSync(temp, built.pdf);
        fs.renameSync(temp, options.out);
      } catch (error) {
        fs.rmSync(temp, { force: true });
        throw new AppError('INPUT_INVALID', `${options.out}: cannot be written (${(error as Error).message})`);
      }
      const last = built.pageRanges.at(-1)?.lastPage ?? built.frontSheetPages;
      process.stdout.write(`${options.out}: ${last} pages (front sheet ${built.frontSheetPages})\n`);
      for (const range of built.pageRanges) {
        const part = parts[range.partIndex]!;
        process.stdout.write(`  ${range.firstPage}-${range.lastPage}  ${part.title}\n`);
      }
    });
}
