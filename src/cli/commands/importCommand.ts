import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { importPaths, type ImportReport } from '../../app/importDocuments.js';
import type { ImportLimits } from '../../app/importLimits.js';
import { importLimitsFrom } from '../environment.js';
import { withStore } from '../withStore.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('read documents (.html, .pdf, .txt; folders walked) into the store, each in its own transaction')
    .argument('<paths...>', 'files and folders')
    .option('--json', 'print a machine-readable summary')
    .option('--body <name>', 'the body of documents that name none (a council whose minutes never say whose they are)')
    .action(async (paths: string[], options: { json?: boolean; body?: string }) => {
      const limits = importLimitsFrom(process.env);
      const report = await withStore({ migrate: true }, (store) =>
        runImport(store, paths, { limits, bodyName: options.body }, !options.json && process.stderr.isTTY === true),
      );
      if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else printSummary(report);
      // Kept, but not where a visitor looks for it yet: one line each, on stderr like failures, even with --json.
      for (const r of report.results)
        if (r.unplaced)
          process.stderr.write(`${r.source}: stored, but its meeting could not be placed: ${r.unplaced}\n`);
      for (const r of report.results) if (r.status === 'Failed') process.stderr.write(`${r.source}: ${r.reason}\n`);
      if (report.totals.failed > 0) process.exitCode = 1;
    });
}

async function runImport(
  store: Parameters<typeof importPaths>[0],
  paths: string[],
  given: { readonly limits: ImportLimits; readonly bodyName: string | undefined },
  showProgress: boolean,
): Promise<ImportReport> {
  const bar = showProgress
    ? new cliProgress.SingleBar(
        {
          format: 'importing [{bar}] {value}/{total} {file}',
          hideCursor: true,
          clearOnComplete: true,
          stream: process.stderr,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let started = false;
  const report = await importPaths(store, paths, {
    ...given,
    onProgress: (done, total, current) => {
      if (!bar) return;
      if (!started) {
        bar.start(total, done, { file: '' });
        started = true;
      }
      bar.update(done, { file: current ? shorten(current) : '' });
    },
  });
  bar?.stop();
  return report;
}

function shorten(file: string): string {
  return file.length > 40 ? `…${file.slice(-39)}` : file;
}

function printSummary(report: ImportReport): void {
  const t = report.totals;
  for (const r of report.results) for (const w of r.warnings) console.log(`${r.source}: warning: ${w}`);
  // Skipped without a stored document: not read at all (a FIFO, a device, a link leaving the folder).
  const notRead = report.results.filter((r) => r.status === 'Skipped' && r.documentId === null).length;
  const scheduled = t.scheduled > 0 ? ` (and ${t.scheduled} scheduled from lists of future dates)` : '';
  const review =
    t.unplaced > 0
      ? `; ${t.unplaced} document${t.unplaced === 1 ? '' : 's'} stored for review (\`quorum documents review\`)`
      : '';
  console.log(
    `documents: ${t.documents} imported, ${t.skipped - notRead} unchanged, ${notRead ? `${notRead} not read, ` : ''}${t.failed} failed; meetings: ${t.meetings}${scheduled}; items: ${t.items}; new people: ${t.people}; warnings: ${t.warnings}${review}`,
  );
}
