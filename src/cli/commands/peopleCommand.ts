import os from 'node:os';
import type { Command } from 'commander';
import { decideMerge } from '../../app/people/decideMerge.js';
import { withStore } from '../withStore.js';

export function registerPeople(program: Command): void {
  const people = program.command('people').description('people and the matching of names written different ways');
  people
    .command('review')
    .description('list uncertain name matches (pending), or every match with --all, for a clerk to accept or reject')
    .option('--all', 'include the matches applied automatically')
    .option('--json', 'print as JSON')
    .action(async (options: { all?: boolean; json?: boolean }) => {
      await withStore({}, async (store) => {
        const rows = await store.repos.merges.list(
          options.all ? ['pending', 'automatic', 'accepted', 'rejected'] : ['pending'],
        );
        if (options.json) {
          console.log(JSON.stringify(rows, null, 2));
          return;
        }
        if (rows.length === 0)
          console.log(options.all ? 'No name matches recorded.' : 'No uncertain name matches to review.');
        for (const r of rows) {
          console.log(
            `${r.id}  ${r.status.padEnd(9)}  "${r.mergedName}" = "${r.keptName}"  (score ${r.score.toFixed(2)})`,
          );
          for (const e of r.evidence) console.log(`    - ${e}`);
        }
        if (rows.some((r) => r.status === 'pending'))
          console.log('\nAccept with `quorum people accept <id>`, reject with `quorum people reject <id>`.');
      });
    });
  for (const decision of ['accept', 'reject'] as const) {
    people
      .command(decision)
      .description(
        decision === 'accept'
          ? 'treat the two names as one person'
          : 'keep the two names apart (undoes an automatic match)',
      )
      .argument('<id>', 'the match id shown by `quorum people review`')
      .action(async (id: string) => {
        await withStore({}, async (store) => {
          await decideMerge(store, id, decision === 'accept' ? 'accepted' : 'rejected', os.userInfo().username);
          console.log(`${decision === 'accept' ? 'Accepted' : 'Rejected'} match ${id}.`);
        });
      });
  }
}
