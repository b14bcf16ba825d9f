import { sql, type Kysely } from 'kysely';
import { documentName } from '../../domain/documentName.js';
import type { DocumentPart, DocumentPartKind, SourceDocument } from '../../domain/sourceDocument.js';
import type { Database } from '../database.js';
import { DOCUMENT_META_COLUMNS, pageStartsOf, toDocumentPart, toSourceDocument } from '../rowMappers.js';
import { countOf, type BodyRef, type PageRequest, type Paged } from './publicRefs.js';
import { withholdPassages } from '../../domain/exemptInformation.js';
import { documentsWithExemptPassages, exemptPassagesOf, publicDocuments, publicItemDocuments } from './publicScope.js';

/** A meeting a document belongs to: its facts were read from it, or it is one of its items' papers. */
export interface DocumentMeeting {
  readonly id: string;
  readonly date: string;
  readonly body: BodyRef;
}

/** A document as the index and its page name it. */
export interface DocumentEntry {
  readonly document: SourceDocument;
  /** What it is: its title, the report's title, "Agenda pack", "Minutes" (domain: documentName). */
  readonly name: string;
  /** Its meetings, its own first: the one it is filed under, else the one its text names first. */
  readonly meetings: readonly DocumentMeeting[];
}

/** One page of the documents index, newest import first, with the keys of the pages either side. */
export interface DocumentIndexPage {
  readonly rows: readonly DocumentEntry[];
  /** The id to page back from (`before`), or null on the first page. */
  readonly newer: string | null;
  /** The id to page on from (`after`), or null on the last page. */
  readonly older: string | null;
}

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
  /** What it is, in words (domain: documentName). */
  readonly name: string;
  /** The meetings it belongs to, its own first. */
  readonly meetings: readonly DocumentMeeting[];
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

/** How much of a document's text is read to tell what it is: its first line. */
const OPENING = 200;

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
    const about = await this.#about([id]);
    return {
      document: toSourceDocument(row),
      text: row.text && withholdPassages(row.text, withheld),
      hasWithheldPassages: withheld.length > 0,
      pageStarts: pageStartsOf(row.pageStarts),
      parts: parts.map(toDocumentPart),
      unplaced: unplaced?.reason ?? null,
      // The opening is read from the public text: a withheld passage never names a document.
      name: documentName({
        title: row.title,
        partKinds: parts.map((p) => p.kind as DocumentPartKind),
        opening: row.text ? withholdPassages(row.text, withheld).slice(0, OPENING) : null,
        paperTitles: about.papers.get(id) ?? [],
      }),
      meetings: about.meetings.get(id) ?? [],
    };
  }

  /**
   * The documents index: public documents, newest import first, `limit` at a time, paged by key
   * (`after` or `before` the id of a document) rather than by OFFSET, so a page deep in a large
   * archive costs what the first one does. An unknown key gives the first page.
   */
  async index(request: {
    readonly after?: string;
    readonly before?: string;
    readonly limit: number;
  }): Promise<DocumentIndexPage> {
    const anchorId = request.after ?? request.before;
    const anchor = anchorId
      ? await this.db.selectFrom('documents').select(['importedAt', 'id']).where('id', '=', anchorId).executeTakeFirst()
      : undefined;
    const backwards = anchor !== undefined && request.after === undefined;
    let query = publicDocuments(this.db).select([
      ...DOCUMENT_META_COLUMNS.map((c) => `documents.${c}` as const),
      sql<string | null>`substr(documents.text, 1, ${OPENING})`.as('opening'),
    ]);
    if (anchor)
      query = query.where((eb) =>
        eb.or([
          eb('documents.importedAt', backwards ? '>' : '<', anchor.importedAt),
          eb.and([
            eb('documents.importedAt', '=', anchor.importedAt),
            eb('documents.id', backwards ? '>' : '<', anchor.id),
          ]),
        ]),
      );
    const order = backwards ? 'asc' : 'desc';
    const fetched = await query
      .orderBy('documents.importedAt', order)
      .orderBy('documents.id', order)
      .limit(request.limit + 1)
      .execute();
    const more = fetched.length > request.limit;
    const page = fetched.slice(0, request.limit);
    if (backwards) page.reverse();
    const ids = page.map((r) => r.id);
    const [about, parts] = await Promise.all([
      this.#about(ids),
      ids.length
        ? this.db
            .selectFrom('documentParts')
            .select(['documentId', 'kind'])
            .where('documentId', 'in', ids)
            .orderBy('documentId')
            .orderBy('position')
            .execute()
        : [],
    ]);
    const withheld = new Set(
      ids.length
        ? (
            await this.db
              .selectFrom(documentsWithExemptPassages(this.db).as('w'))
              .select('w.documentId')
              .where('w.documentId', 'in', ids)
              .execute()
          ).map((r) => r.documentId)
        : [],
    );
    const rows = page.map(({ opening, ...meta }): DocumentEntry => ({
      document: toSourceDocument(meta),
      name: documentName({
        title: meta.title,
        partKinds: parts.filter((p) => p.documentId === meta.id).map((p) => p.kind as DocumentPartKind),
        // The opening of a document holding an exempt item's words is not read, lest it name the item.
        opening: withheld.has(meta.id) ? null : opening,
        paperTitles: about.papers.get(meta.id) ?? [],
      }),
      meetings: about.meetings.get(meta.id) ?? [],
    }));
    const first = rows[0]?.document.id ?? null;
    const last = rows.at(-1)?.document.id ?? null;
    return {
      rows,
      newer: backwards ? (more ? first : null) : anchor ? first : null,
      older: backwards ? last : more ? last : null,
    };
  }

  /** Each document's meetings (its own first) and the titles under which public items file it as a paper. */
  async #about(
    ids: readonly string[],
  ): Promise<{ meetings: Map<string, DocumentMeeting[]>; papers: Map<string, string[]> }> {
    const meetings = new Map<string, DocumentMeeting[]>();
    const papers = new Map<string, string[]>();
    if (ids.length === 0) return { meetings, papers };
    const meetingColumns = [
      'meetings.id',
      'meetings.date',
      'bodies.id as bodyId',
      'bodies.slug',
      'bodies.name',
    ] as const;
    const [read, filed] = await Promise.all([
      this.db
        .selectFrom('provenance')
        .innerJoin('meetings', 'meetings.id', 'provenance.subjectId')
        .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
        .select((eb) => ['provenance.documentId', ...meetingColumns, eb.fn.min('provenance.startOffset').as('at')])
        .where('provenance.documentId', 'in', [...ids])
        .where('provenance.subjectKind', '=', 'meeting')
        .groupBy(['provenance.documentId', 'meetings.id', 'meetings.date', 'bodies.id', 'bodies.slug', 'bodies.name'])
        .execute(),
      publicItemDocuments(this.db)
        .innerJoin('agendaItems', 'agendaItems.id', 'itemDocuments.itemId')
        .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
        .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
        .select(['itemDocuments.documentId', 'itemDocuments.title as paperTitle', ...meetingColumns])
        .where('itemDocuments.documentId', 'in', [...ids])
        .execute(),
    ]);
    // A document's own meeting comes first: the meeting it is filed under as a paper, else the one
    // it speaks of first (a pack's front sheet names its meeting before it lists future dates).
    const at = new Map<string, number>();
    for (const r of [...filed.map((f) => ({ ...f, at: -1 })), ...read]) {
      if (!r.documentId) continue;
      const key = `${r.documentId}\u0000${r.id}`;
      const offset = Number(r.at);
      const list = meetings.get(r.documentId) ?? [];
      if (!at.has(key)) list.push({ id: r.id, date: r.date, body: { id: r.bodyId, slug: r.slug, name: r.name } });
      at.set(key, Math.min(offset, at.get(key) ?? offset));
      meetings.set(r.documentId, list);
    }
    for (const [documentId, list] of meetings) {
      const offset = (m: DocumentMeeting): number => at.get(`${documentId}\u0000${m.id}`) ?? 0;
      list.sort((a, b) => offset(a) - offset(b) || b.date.localeCompare(a.date) || (a.id < b.id ? -1 : 1));
    }
    for (const r of filed) {
      if (!r.documentId) continue;
      papers.set(r.documentId, [...(papers.get(r.documentId) ?? []), r.paperTitle]);
    }
    return { meetings, papers };
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

  /** One part of a public document with the document's bytes, withheld with them (see `original`). */
  async partWithBytes(
    id: string,
    position: number,
  ): Promise<{ readonly part: DocumentPart; readonly bytes: Uint8Array } | undefined> {
    const original = await this.original(id);
    if (!original) return undefined;
    const part = await this.db
      .selectFrom('documentParts')
      .selectAll()
      .where('documentId', '=', id)
      .where('position', '=', position)
      .executeTakeFirst();
    return part ? { part: toDocumentPart(part), bytes: original.bytes } : undefined;
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
