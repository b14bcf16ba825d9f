import os from 'node:os';
import type { Command } from 'commander';
import { fileUnplacedDocument } from '../../app/fileUnplacedDocument.js';
import { withStore } from '../withStore.js';

export function registerDocuments(program: Command): void {
  const documents = program.command('documents').description('source documents kept by imports');
  documents
    .command('review')
    .description('list the documents stored whose meeting could not be placed (no date, no body), with the reason')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      await withStore({}, async (store) => {
        const rows = await store.repos.unplaced.list();
        if (options.json) {
          console.log(JSON.stringify(rows, null, 2));
          return;
        }
        if (rows.length === 0) {
          console.log('No documents to review: every imported document was placed at a meeting.');
          return;
        }
        for (const r of rows) {
          console.log(`${r.documentId}  ${r.origin}  (imported ${r.importedAt.slice(0, 10)})`);
          console.log(`    ${r.reason}`);
        }
        console.log(
          `\n${rows.length} document${rows.length === 1 ? '' : 's'} stored, searchable and shown at /documents/<id>, but not yet placed at a meeting.`,
        );
      });
    });
  documents
    .command('file')
    .description(
      'file a stored document whose meeting could not be placed at the meeting it belongs to: give what it lacks',
    )
    .argument('<id>', 'the document, as `quorum documents review` lists it')
    .requiredOption('--body <slug>', 'the body that met (its slug, as in /bodies/<slug>)')
    .requiredOption('--date <YYYY-MM-DD>', 'the date of the meeting')
    .option('--title <title>', "the title of the document's untitled item (a fragment cut from under its heading)")
    .action(async (id: string, options: { body: string; date: string; title?: string }) => {
      await withStore({}, async (store) => {
        const filed = await fileUnplacedDocument(
          store,
          { operator: `cli:${os.userInfo().username}` },
          { documentId: id, bodySlug: options.body, date: options.date, itemTitle: options.title },
        );
        console.log(
          `Filed ${id} at meeting ${filed.meetingId} (${filed.items} item${filed.items === 1 ? '' : 's'}); ` +
            'what it recommends is now in the tracker.',
        );
      });
    });
}
