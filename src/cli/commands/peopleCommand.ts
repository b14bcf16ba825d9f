import os from 'node:os';
import type { Command } from 'commander';
import { decideMerge } from '../../app/people/decideMerge.js';
import { describePerson } from '../../app/people/describePerson.js';
import { dismissReviewFlag } from '../../app/people/dismissReviewFlag.js';
import { mergePeople } from '../../app/people/mergePeople.js';
import { renamePerson } from '../../app/people/renamePerson.js';
import { splitPerson } from '../../app/people/splitPerson.js';
import { undoPersonChange } from '../../app/people/undoPersonChange.js';
import { describePersonChange, type PersonChange } from '../../domain/personChange.js';
import type { Store } from '../../store/store.js';
import { withStore } from '../withStore.js';

/** Who makes a change from the command line: the account running it. */
function clerk(): string {
  return os.userInfo().username;
}

function printChange(change: PersonChange, names: Map<string, string>): void {
  const nameOf = (id: string): string => `"${names.get(id) ?? id}" (${id})`;
  console.log(`${change.id}  ${change.madeAt}  ${change.madeBy}  ${describePersonChange(change, nameOf)}`);
  console.log(`Undo with \`quorum people undo ${change.id}\`.`);
}

async function namesOf(store: Store, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const people = await store.repos.people.byIds(ids.filter((i): i is string => i !== null));
  return new Map(people.map((p) => [p.id, p.displayName]));
}

function registerReview(people: Command): void {
  people
    .command('review')
    .description(
      'list what waits for a clerk: uncertain name matches (to accept or reject) and records flagged by imports',
    )
    .option('--all', 'include the matches applied automatically and the flags dismissed')
    .option('--json', 'print as JSON')
    .action(async (options: { all?: boolean; json?: boolean }) => {
      await withStore({}, async (store) => {
        const rows = await store.repos.merges.list(
          options.all ? ['pending', 'automatic', 'accepted', 'rejected'] : ['pending'],
        );
        const flags = await store.repos.reviewFlags.list({ all: options.all === true });
        if (options.json) {
          console.log(JSON.stringify({ matches: rows, flags }, null, 2));
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
        if (flags.length > 0) {
          console.log('\nFlagged by imports:');
          for (const f of flags)
            console.log(
              `${f.id}  ${f.dismissedAt ? 'dismissed' : 'open     '}  meeting ${f.meetingId ?? '-'}: ${f.message}`,
            );
          console.log('\nDismiss a flag once looked at with `quorum people dismiss <id>`.');
        }
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
          await decideMerge(store, id, decision === 'accept' ? 'accepted' : 'rejected', clerk());
          console.log(`${decision === 'accept' ? 'Accepted' : 'Rejected'} match ${id}.`);
        });
      });
  }
  people
    .command('dismiss')
    .description('close a flag raised by an import, once looked at')
    .argument('<id>', 'the flag id shown by `quorum people review`')
    .action(async (id: string) => {
      await withStore({}, async (store) => {
        await dismissReviewFlag(store, id, clerk());
        console.log(`Dismissed flag ${id}.`);
      });
    });
}

function registerShow(people: Command): void {
  people
    .command('show')
    .description('a person with their spellings, records by meeting, memberships and the changes made to them')
    .argument('<id>', 'the person id or page slug')
    .option('--json', 'print as JSON')
    .action(async (ref: string, options: { json?: boolean }) => {
      await withStore({}, async (store) => {
        const d = await describePerson(store, ref);
        if (options.json) {
          console.log(JSON.stringify(d, null, 2));
          return;
        }
        console.log(`${d.person.displayName}  id ${d.person.id}  page /people/${d.person.slug}`);
        if (d.person.mergedIntoId) console.log(`merged into ${d.person.mergedIntoId}`);
        for (const m of d.merged) console.log(`includes ${m.displayName} (${m.id})`);
        console.log(`spellings: ${d.aliases.map((a) => a.alias).join('; ') || '-'}`);
        console.log('meetings (use these ids with `quorum people split --meetings`):');
        for (const meeting of d.meetings) {
          const lines = [
            ...d.attendance
              .filter((a) => a.meetingId === meeting.id)
              .map((a) => a.kind + (a.roleText ? ` (${a.roleText})` : '')),
            ...d.declarations.filter((x) => x.meetingId === meeting.id).map(() => 'declaration'),
          ];
          console.log(`  ${meeting.id}  ${meeting.date}  ${meeting.bodyName}: ${lines.join(', ')}`);
        }
        for (const m of d.memberships)
          console.log(`membership ${m.basis} of body ${m.bodyId}: ${m.firstSeenOn ?? '?'} to ${m.lastSeenOn ?? '?'}`);
        for (const c of d.changes)
          console.log(`change ${c.id} ${c.kind} ${c.madeAt}${c.undoneById ? ' (undone)' : ''}`);
      });
    });
}

function registerChanges(people: Command): void {
  people
    .command('rename')
    .description('give a person the right name (the page keeps its address; undo with `quorum people undo`)')
    .argument('<id>', 'the person id or page slug')
    .argument('<name>', 'the name to show')
    .action(async (ref: string, name: string) => {
      await withStore({}, async (store) => {
        const change = await renamePerson(store, ref, name, { by: clerk() });
        printChange(change, await namesOf(store, [change.personId]));
      });
    });
  people
    .command('merge')
    .description('make two people one: the second is merged into the first (undo with `quorum people undo`)')
    .argument('<keep-id>', 'the person kept (id or slug)')
    .argument('<merge-id>', 'the person merged into them (id or slug)')
    .action(async (keep: string, merge: string) => {
      await withStore({}, async (store) => {
        const change = await mergePeople(store, keep, merge, { by: clerk() });
        printChange(change, await namesOf(store, [change.personId, change.otherPersonId]));
      });
    });
  people
    .command('split')
    .description(
      'move (or with --copy, copy) a person’s records at chosen meetings to a new person (--name) or another (--into)',
    )
    .argument('<id>', 'the person split (id or slug)')
    .requiredOption('--meetings <ids>', 'meeting ids, comma-separated (`quorum people show <id>` lists them)')
    .option('--name <name>', 'the name of the new person')
    .option('--into <id>', 'an existing person to receive the records')
    .option('--copy', 'both were recorded (two names fused into one): the person split keeps the records too')
    .option('--alias <spelling...>', 'spellings to move too, so later documents find the other person')
    .option('--approvals <ids>', 'absence approvals that are the other person’s, comma-separated')
    .option('--entries <ids>', 'register of interests entries that are the other person’s, comma-separated')
    .option('--review', 'the register’s last review is the other person’s')
    .action(
      async (
        ref: string,
        options: {
          meetings: string;
          name?: string;
          into?: string;
          copy?: boolean;
          alias?: string[];
          approvals?: string;
          entries?: string;
          review?: boolean;
        },
      ) => {
        const list = (value: string | undefined): string[] =>
          (value ?? '')
            .split(',')
            .map((m) => m.trim())
            .filter(Boolean);
        await withStore({}, async (store) => {
          const change = await splitPerson(store, ref, {
            by: clerk(),
            meetingIds: list(options.meetings),
            ...(options.name ? { name: options.name } : {}),
            ...(options.into ? { into: options.into } : {}),
            copy: options.copy === true,
            aliases: options.alias ?? [],
            approvalIds: list(options.approvals),
            interestEntryIds: list(options.entries),
            moveReview: options.review === true,
          });
          const other = change.kind === 'split' ? change.after.newPersonId : null;
          printChange(change, await namesOf(store, [change.personId, other]));
        });
      },
    );
  people
    .command('undo')
    .description('reverse a rename, merge or split (later changes to the same people first)')
    .argument('<change-id>', 'the change id printed when it was made, or by `quorum people changes`')
    .action(async (id: string) => {
      await withStore({}, async (store) => {
        const undo = await undoPersonChange(store, id, { by: clerk() });
        console.log(`Undid change ${id} (recorded as ${undo.id}).`);
      });
    });
  people
    .command('changes')
    .description('the audit of corrections to people: who, when, what, before and after')
    .argument('[id]', 'only the changes to this person (id or slug)')
    .option('--json', 'print as JSON')
    .action(async (ref: string | undefined, options: { json?: boolean }) => {
      await withStore({}, async (store) => {
        const changes = ref ? (await describePerson(store, ref)).changes : await store.repos.personChanges.list();
        if (options.json) {
          console.log(JSON.stringify(changes, null, 2));
          return;
        }
        if (changes.length === 0) console.log('No changes to people recorded.');
        const names = await namesOf(
          store,
          changes.flatMap((c) => [c.personId, c.otherPersonId, c.kind === 'split' ? c.after.newPersonId : null]),
        );
        for (const c of changes) {
          const nameOf = (id: string): string => `"${names.get(id) ?? id}"`;
          const state = c.undoneById ? `  (undone by ${c.undoneById})` : '';
          console.log(`${c.id}  ${c.madeAt}  ${c.madeBy}  ${describePersonChange(c, nameOf)}${state}`);
        }
      });
    });
}

export function registerPeople(program: Command): void {
  const people = program
    .command('people')
    .description('people: matching of names written different ways, and a clerk’s corrections');
  registerReview(people);
  registerShow(people);
  registerChanges(people);
}
