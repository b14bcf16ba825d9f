import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { insertInBatches } from './insertInBatches.js';
import { preparedQuery } from '../preparedQuery.js';

/** Marked for every document an import stores that it cannot place: written once per engine (preparedQuery). */
const forgetUnplaced = preparedQuery((db: Kysely<Database>, documentId: string) =>
  db.deleteFrom('unplacedDocuments').where('documentId', '=', documentId),
);

/** A stored document whose meeting could not be placed, as a clerk reviews it. */
export interface UnplacedDocument {
  readonly documentId: string;
  readonly title: string | null;
  /** Where it was imported from (a path or a URL); for the clerk, never shown to the public as a path. */
  readonly origin: string;
  readonly importedAt: string;
  readonly reason: string;
}

/** A recommendation found in a document whose meeting could not be placed, as a clerk sees it. */
export interface UnplacedRecommendation {
  readonly documentId: string;
  readonly documentTitle: string | null;
  readonly origin: string;
  readonly position: number;
  readonly itemTitle: string | null;
  readonly text: string;
  /** Its place in the document's text; null when the reader could not give one. */
  readonly span: { readonly start: number; readonly end: number } | null;
}

export type FoundRecommendation = Pick<UnplacedRecommendation, 'itemTitle' | 'text' | 'span'>;

/**
 * Documents kept, and searchable, although the meeting they are about could not be placed (no
 * date, no body, nothing recognised): the list a clerk works through (`quorum documents review`).
 */
export class UnplacedDocumentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Lists the document for review with the reason, replacing an earlier reason for it. */
  async mark(documentId: string, reason: string, now: string): Promise<void> {
    await forgetUnplaced(this.db, documentId);
    await insertInBatches(this.db, 'unplacedDocuments', [{ documentId, reason, recordedAt: now }]);
  }

  /** Keeps the recommendations found in a listed document, replacing those found before. */
  async keepRecommendations(documentId: string, found: readonly FoundRecommendation[]): Promise<void> {
    await this.db.deleteFrom('unplacedRecommendations').where('documentId', '=', documentId).execute();
    if (found.length === 0) return;
    await this.db
      .insertInto('unplacedRecommendations')
      .values(
        found.map((r, n) => ({
          documentId,
          position: n + 1,
          itemTitle: r.itemTitle,
          text: r.text,
          startOffset: r.span?.start ?? null,
          endOffset: r.span?.end ?? null,
        })),
      )
      .execute();
  }

  /** Takes documents off the list (a newer version came, or a clerk filed them), with what was found in them. */
  async clear(documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await this.db.deleteFrom('unplacedRecommendations').where('documentId', 'in', documentIds).execute();
    await this.db.deleteFrom('unplacedDocuments').where('documentId', 'in', documentIds).execute();
  }

  /** Every recommendation found in documents waiting for review, in the list's order. */
  async recommendations(): Promise<UnplacedRecommendation[]> {
    const rows = await this.db
      .selectFrom('unplacedRecommendations')
      .innerJoin('unplacedDocuments', 'unplacedDocuments.documentId', 'unplacedRecommendations.documentId')
      .innerJoin('documents', 'documents.id', 'unplacedRecommendations.documentId')
      .select([
        'unplacedRecommendations.documentId',
        'documents.title as documentTitle',
        'documents.origin',
        'unplacedRecommendations.position',
        'unplacedRecommendations.itemTitle',
        'unplacedRecommendations.text',
        'unplacedRecommendations.startOffset',
        'unplacedRecommendations.endOffset',
      ])
      .orderBy('unplacedDocuments.recordedAt')
      .orderBy('unplacedRecommendations.documentId')
      .orderBy('unplacedRecommendations.position')
      .execute();
    return rows.map(({ startOffset, endOffset, ...r }) => ({
      ...r,
      span: startOffset !== null && endOffset !== null ? { start: startOffset, end: endOffset } : null,
    }));
  }

  /** Every document waiting for review, oldest first. */
  async list(): Promise<UnplacedDocument[]> {
    return this.db
      .selectFrom('unplacedDocuments')
      .innerJoin('documents', 'documents.id', 'unplacedDocuments.documentId')
      .select([
        'unplacedDocuments.documentId',
        'documents.title',
        'documents.origin',
        'documents.importedAt',
        'unplacedDocuments.reason',
      ])
      .orderBy('unplacedDocuments.recordedAt')
      .orderBy('unplacedDocuments.documentId')
      .execute();
  }

  /** Why one document could not be placed, if it is on the list. */
  async reasonFor(documentId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('unplacedDocuments')
      .select('reason')
      .where('documentId', '=', documentId)
      .executeTakeFirst();
    return row?.reason;
  }
}
