import type { Command } from 'commander';
import { withStore } from '../withStore.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('count the records of each kind')
    .option('--json', 'print the counts as JSON')
    .action(async (options: { json?: boolean }) => {
      await withStore({}, async (store) => {
        const counts = await store.repos.stats.count();
        if (options.json) {
          console.log(JSON.stringify(counts, null, 2));
          return;
        }
        const width = Math.max(...Object.keys(counts).map((k) => k.length));
        console.log(store.description);
        for (const [table, n] of Object.entries(counts))
          console.log(`${table.padEnd(width)}  ${String(n).padStart(8)}`);
      });
    });
}
