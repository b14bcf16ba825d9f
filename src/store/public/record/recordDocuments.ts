import type { Kysely } from 'kysely';
import type { SourceDocument } from '../../../domain/sourceDocument.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { DOCUMENT_META_COLUMNS, toSourceDocument } from '../../rowMappers.js';
import { publicDocuments } from '../publicScope.js';
import { meetingIdsInScope, type RecordScope } from './recordScope.js';

type Db = Kysely<Database>;

/** Documents one body's record was read from: its meetings' items and attendance lines. */
function documentIdsOfBody(db: Db, bodyId: string) {
  const meetings = meetingIdsInScope(db, { bodyId });
  return db
    .selectFrom('agendaItems')
    .select('agendaItems.sourceDocumentId as id')
    .where('agendaItems.meetingId', 'in', meetings)
    .where('agendaItems.sourceDocumentId', 'is not', null)
    .$narrowType<{ id: string }>()
    .union(
      db
        .selectFrom('attendance')
        .select('attendance.sourceDocumentId as id')
        .where('attendance.meetingId', 'in', meetings)
        .where('attendance.sourceDocumentId', 'is not', null)
        .$narrowType<{ id: string }>(),
    );
}

/**
 * Source documents the public may read (none filed under an exempt item), their metadata only:
 * their text and bytes stay on the portal.
 */
export class RecordDocuments {
  constructor(private readonly db: Db) {}

  async *stream(scope: RecordScope, pageSize?: number): AsyncGenerator<SourceDocument[]> {
    const db = this.db;
    const pages = keysetPages(
      (after: string | null, limit) =>
        publicDocuments(db)
          .select(DOCUMENT_META_COLUMNS)
          .$if(scope.bodyId !== undefined, (q) => q.where('id', 'in', documentIdsOfBody(db, scope.bodyId!)))
          .$if(after !== null, (q) => q.where('id', '>', after!))
          .orderBy('id')
          .limit(limit)
          .execute(),
      (document) => document.id,
      pageSize,
    );
    for await (const rows of pages) yield rows.map(toSourceDocument);
  }
}
