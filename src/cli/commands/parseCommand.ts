import type { Command } from 'commander';
import { parseDocument } from '../../app/parseDocument.js';
import { importLimitsFrom } from '../environment.js';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description(
      'print what one document says (meetings, items, attendance, declarations, resolutions); stores nothing',
    )
    .argument('<file>', 'an .html, .pdf or .txt document')
    .option('--json', 'print the record as JSON (the contract in the README)')
    .action(async (file: string, options: { json?: boolean }) => {
      const { contract, warnings } = await parseDocument(file, importLimitsFrom(process.env));
      for (const w of warnings) process.stderr.write(`${file}: warning: ${w}\n`);
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
