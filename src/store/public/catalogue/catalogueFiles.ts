import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { SourceDocument } from '../../../domain/sourceDocument.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { DOCUMENT_META_COLUMNS, toSourceDocument, type DocumentMetaRow } from '../../rowMappers.js';
import { documentsWithExemptPassages, publicDocuments, publicItemDocuments } from '../publicScope.js';
import { countOf } from '../publicRefs.js';
import { changeBounds, type CatalogueScope, type KeysetRequest } from './catalogueRequest.js';

/** A source document's record (never its text, which can be large) and whether its original bytes are kept. */
export interface DocumentFile extends SourceDocument {
  readonly hasBytes: boolean;
}

type Db = Kysely<Database>;

/**
 * Source documents the public may read, by stable id in id order: never one filed under an exempt
 * item. One body's documents are those its meetings were read from and those filed as its papers.
 * A document never changes once imported (a new version is a new document), so its import time is
 * both its creation and its last change.
 */
export class CatalogueFiles {
  constructor(private readonly db: Db) {}

  #files() {
    return publicDocuments(this.db)
      .leftJoin('documentBlobs', 'documentBlobs.contentHash', 'documents.contentHash')
      .select([
        ...DOCUMENT_META_COLUMNS.map((c) => `documents.${c}` as const),
        'documentBlobs.contentHash as blobHash',
        // Bytes holding an exempt item's words are never offered (see PublicDocuments.original).
        (eb) => eb('documents.id', 'in', documentsWithExemptPassages(this.db)).as('hasExemptPassages'),
      ]);
  }

  async byIds(ids: readonly string[]): Promise<Map<string, DocumentFile>> {
    if (ids.length === 0) return new Map();
    const rows = await this.#files()
      .where('documents.id', 'in', [...new Set(ids)])
      .orderBy('documents.id')
      .execute();
    return new Map(rows.map((row) => [row.id, toDocumentFile(row)]));
  }

  async count(scope: CatalogueScope = {}): Promise<number> {
    return countOf(
      await publicDocuments(this.db)
        .where(this.#inScope(scope))
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    );
  }

  async page(request: KeysetRequest, scope: CatalogueScope = {}): Promise<DocumentFile[]> {
    const rows = await this.#files()
      .where(this.#inScope(scope))
      .$if(request.after !== null, (q) => q.where('documents.id', '>', request.after!))
      .orderBy('documents.id')
      .limit(request.limit)
      .execute();
    return rows.map(toDocumentFile);
  }

  /** Whether a document is one body's (when the scope names one) and imported within the scope's window. */
  #inScope(scope: CatalogueScope) {
    const db = this.db;
    const bodyId = scope.bodyId;
    const bounds = changeBounds(scope.changed);
    return (eb: ExpressionBuilder<Database, 'documents'>): Expression<SqlBool> =>
      eb.and([
        ...bounds.map((b) => eb('documents.importedAt', b.op, b.value)),
        ...(bodyId === undefined
          ? []
          : [
              eb.or([
                eb('documents.id', 'in', meetingSources(db).where('meetings.bodyId', '=', bodyId)),
                eb(
                  'documents.id',
                  'in',
                  publicItemDocuments(db)
                    .innerJoin('agendaItems', 'agendaItems.id', 'itemDocuments.itemId')
                    .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
                    .select('itemDocuments.documentId')
                    .where('meetings.bodyId', '=', bodyId),
                ),
              ]),
            ]),
      ]);
  }

  stream(scope: CatalogueScope = {}): AsyncGenerator<DocumentFile[]> {
    return keysetPages(
      (after: string | null, limit) => this.page({ after, limit }, scope),
      (file) => file.id,
    );
  }
}

/** The documents meetings' records were read from (their provenance), joined to the meeting. */
function meetingSources(db: Db) {
  return db
    .selectFrom('provenance')
    .innerJoin('meetings', 'meetings.id', 'provenance.subjectId')
    .where('provenance.subjectKind', '=', 'meeting')
    .select('provenance.documentId');
}

function toDocumentFile({
  blobHash,
  hasExemptPassages,
  ...row
}: DocumentMetaRow & { readonly blobHash: string | null; readonly hasExemptPassages: unknown }): DocumentFile {
  return { ...toSourceDocument(row), hasBytes: blobHash !== null && !hasExemptPassages };
}
