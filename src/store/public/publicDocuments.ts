import type { Kysely } from 'kysely';
import type { DocumentPart, SourceDocument } from '../../domain/sourceDocument.js';
import type { Database } from '../database.js';
import { DOCUMENT_META_COLUMNS, pageStartsOf, toDocumentPart, toSourceDocument } from '../rowMappers.js';
import { countOf, type PageRequest, type Paged } from './publicRefs.js';
import { withholdPassages } from '../../domain/exemptInformation.js';
import { documentsWithExemptPassages, exemptPassagesOf, publicDocuments } from './publicScope.js';

/** A source document with its text and parts, as its page shows it. */
export interface DocumentView {
  readonly document: SourceDocument;
  /** The public text: an exempt item's passages blanked, at the same offsets. */
  readonly text: string | null;
  /** Whether passages were withheld; then the original bytes are not offered either. */
  readonly hasWithheldPassages: boolean;
  readonly pageStarts: readonly number[];
  readonly parts: readonly DocumentPart[];
  /** Why the document's meeting could not be placed, while it waits for a clerk; null once placed. */
  readonly unplaced: string | null;
}

/** Where one fact was read. */
export interface ProvenancePlace {
  readonly documentId: string;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly page: number | null;
}

export interface DocumentFilter {
  /** Documents any fact of this meeting was read from. */
  readonly meetingId?: string;
  readonly mediaType?: string;
}

type Db = Kysely<Database>;

/** Source documents the public may read: never one filed under an exempt item. */
export class PublicDocuments {
  constructor(private readonly db: Db) {}

  async view(id: string): Promise<DocumentView | undefined> {
    const row = await publicDocuments(this.db).selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const parts = await this.db
      .selectFrom('documentParts')
      .selectAll()
      .where('documentId', '=', id)
      .orderBy('position')
      .execute();
    const withheld = row.text ? await exemptPassagesOf(this.db, id, row.text.length) : [];
    const unplaced = await this.db
      .selectFrom('unplacedDocuments')
      .select('reason')
      .where('documentId', '=', id)
      .executeTakeFirst();
    return {
      document: toSourceDocument(row),
      text: row.text && withholdPassages(row.text, withheld),
      hasWithheldPassages: withheld.length > 0,
      pageStarts: pageStartsOf(row.pageStarts),
      parts: parts.map(toDocumentPart),
      unplaced: unplaced?.reason ?? null,
    };
  }

  /** The bytes as imported, with what a download needs to name them; none for a document holding exempt passages. */
  async original(id: string): Promise<{ readonly document: SourceDocument; readonly bytes: Uint8Array } | undefined> {
    const row = await publicDocuments(this.db)
      .innerJoin('documentBlobs', 'documentBlobs.contentHash', 'documents.contentHash')
      .select([...DOCUMENT_META_COLUMNS.map((c) => `documents.${c}` as const), 'documentBlobs.bytes'])
      .where('documents.id', '=', id)
      .where('documents.id', 'not in', documentsWithExemptPassages(this.db))
      .executeTakeFirst();
    if (!row) return undefined;
    const { bytes, ...document } = row;
    return { document: toSourceDocument(document), bytes };
  }

  async provenance(id: number): Promise<ProvenancePlace | undefined> {
    return this.db
      .selectFrom('provenance')
      .select(['documentId', 'startOffset', 'endOffset', 'page'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Documents' metadata (never their text, which can be large), newest import first. */
  async page(filter: DocumentFilter, page: PageRequest): Promise<Paged<SourceDocument>> {
    let base = publicDocuments(this.db);
    if (filter.meetingId)
      base = base.where(
        'documents.id',
        'in',
        this.db.selectFrom('provenance').select('documentId').where('subjectId', '=', filter.meetingId),
      );
    if (filter.mediaType) base = base.where('documents.mediaType', '=', filter.mediaType);
    const total = countOf(await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
    const rows = await base
      .select(DOCUMENT_META_COLUMNS)
      .orderBy('importedAt', 'desc')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { total, rows: rows.map(toSourceDocument) };
  }
}
