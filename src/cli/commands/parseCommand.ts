import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors.js';
import { parseDocumentBytes } from '../../ingest/parseDocumentBytes.js';
import { presentParseJson } from '../../ingest/minutes/parseContract.js';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description(
      'print what one document says (meetings, items, attendance, declarations, resolutions); stores nothing',
    )
    .argument('<file>', 'an .html, .pdf or .txt document')
    .option('--json', 'print the record as JSON (the contract in the README)')
    .action(async (file: string, options: { json?: boolean }) => {
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(file);
      } catch (error) {
        throw new AppError(
          'INPUT_INVALID',
          `${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
      const parsed = await parseDocumentBytes(bytes, file);
      if (!parsed.ok) throw new AppError('INPUT_INVALID', `${file}: ${parsed.problem}`);
      const contract = presentParseJson(parsed.document);
      for (const w of parsed.document.warnings) process.stderr.write(`${file}: warning: ${w.message}\n`);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(contract, null, 2)}\n`);
        return;
      }
      for (const m of contract.meetings) {
        console.log(`${m.body ?? '(body not given)'} — ${m.date ?? '(date not given)'} ${m.time ?? ''}`.trim());
        if (m.venue) console.log(`  venue: ${m.venue}`);
        console.log(
          `  present: ${m.present.length}, apologies: ${m.apologies.length}, declarations: ${m.declarations.length}`,
        );
        for (const item of m.items)
          console.log(
            `  ${item.number ?? '-'}  ${item.title}${item.resolutions.length ? ` (${item.resolutions.length} resolved)` : ''}`,
          );
      }
      if (contract.meetings.length === 0) console.log('no meeting found');
    });
}
