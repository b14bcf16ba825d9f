import type { Kysely } from 'kysely';
import type { Database, DocumentPartTable, DocumentTable } from '../database.js';

export type DocumentRow = DocumentTable;
export type { DocumentPartTable };

export interface DocumentView {
  readonly document: DocumentRow;
  readonly parts: readonly DocumentPartTable[];
}

export async function getDocumentView(db: Kysely<Database>, id: string): Promise<DocumentView | undefined> {
  const document = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!document) return undefined;
  const parts = await db
    .selectFrom('documentParts')
    .selectAll()
    .where('documentId', '=', id)
    .orderBy('position')
    .execute();
  return { document, parts };
}

export async function getProvenance(
  db: Kysely<Database>,
  id: number,
): Promise<{ documentId: string; startOffset: number; endOffset: number; page: number | null } | undefined> {
  return db
    .selectFrom('provenance')
    .select(['documentId', 'startOffset', 'endOffset', 'page'])
    .where('id', '=', id)
    .executeTakeFirst();
}
