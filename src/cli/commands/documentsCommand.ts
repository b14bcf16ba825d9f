import type { Command } from 'commander';
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
}
