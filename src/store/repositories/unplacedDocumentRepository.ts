import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** A stored document whose meeting could not be placed, as a clerk reviews it. */
export interface UnplacedDocument {
  readonly documentId: string;
  readonly title: string | null;
  /** Where it was imported from (a path or a URL); for the clerk, never shown to the public as a path. */
  readonly origin: string;
  readonly importedAt: string;
  readonly reason: string;
}

/**
 * Documents kept, and searchable, although the meeting they are about could not be placed (no
 * date, no body, nothing recognised): the list a clerk works through (`quorum documents review`).
 */
export class UnplacedDocumentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Lists the document for review with the reason, replacing an earlier reason for it. */
  async mark(documentId: string, reason: string, now: string): Promise<void> {
    await this.db.deleteFrom('unplacedDocuments').where('documentId', '=', documentId).execute();
    await this.db.insertInto('unplacedDocuments').values({ documentId, reason, recordedAt: now }).execute();
  }

  /** Takes documents off the list (a newer version of them was imported). */
  async clear(documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await this.db.deleteFrom('unplacedDocuments').where('documentId', 'in', documentIds).execute();
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
