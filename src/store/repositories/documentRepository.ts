import { hash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { stableId } from '../../domain/ids.js';
import type { DocumentPart, MediaType } from '../../domain/sourceDocument.js';
import { insertInBatches } from './insertInBatches.js';
import type { Database, DocumentTable } from '../database.js';
import { preparedQuery } from '../preparedQuery.js';

export type DocumentRow = DocumentTable;

export interface StoreDocumentOptions {
  readonly bytes: Uint8Array;
  readonly mediaType: MediaType;
  readonly origin: string;
  readonly title: string | null;
  readonly text: string | null;
  readonly pageStarts: readonly number[];
  /** Pages, when `pageStarts` cannot say (a document whose text is not page by page). */
  readonly pageCount?: number;
  readonly now?: string;
}

export interface StoredDocument {
  readonly document: DocumentRow;
  /** False when the same bytes were stored before: nothing was written. */
  readonly isNew: boolean;
  /** The earlier version from the same origin that this one replaces, if any. */
  readonly supersedes: DocumentRow | null;
}

export function contentHashOf(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'hex');
}

/**
 * Keeps a document's bytes and text. The same bytes are one document (content hash); different
 * bytes from the same origin are a newer version that supersedes the latest earlier one.
 */
export async function storeDocument(db: Kysely<Database>, options: StoreDocumentOptions): Promise<StoredDocument> {
  const contentHash = contentHashOf(options.bytes);
  const [existing] = await byContentHash(db, contentHash);
  if (existing) return { document: existing, isNew: false, supersedes: null };
  const [previous] = await latestFrom(db, options.origin);
  const row: DocumentRow = {
    id: stableId('document', contentHash),
    contentHash,
    mediaType: options.mediaType,
    origin: options.origin,
    title: options.title,
    byteSize: options.bytes.byteLength,
    pageCount: options.pageCount ?? (options.pageStarts.length || null),
    text: options.text,
    pageStarts: options.pageStarts.length ? JSON.stringify(options.pageStarts) : null,
    supersedesId: previous?.id ?? null,
    importedAt: options.now ?? new Date().toISOString(),
  };
  await insertBlob(db, contentHash, options.bytes);
  await insertDocument(db, ...documentValues(row));
  return { document: row, isNew: true, supersedes: previous ?? null };
}

// Every document an import stores asks these: each is written once (preparedQuery).
const byContentHash = preparedQuery((db: Kysely<Database>, contentHash: string) =>
  db.selectFrom('documents').selectAll().where('contentHash', '=', contentHash).limit(1),
);
const latestFrom = preparedQuery((db: Kysely<Database>, origin: string) =>
  db
    .selectFrom('documents')
    .selectAll()
    .where('origin', '=', origin)
    .orderBy('importedAt', 'desc')
    .orderBy('id')
    .limit(1),
);

const insertBlob = preparedQuery((db: Kysely<Database>, contentHash: string, bytes: Uint8Array) =>
  db
    .insertInto('documentBlobs')
    .values({ contentHash, bytes })
    .onConflict((oc) => oc.doNothing()),
);

type DocumentValues = [
  string,
  string,
  string,
  string,
  string | null,
  number,
  number | null,
  string | null,
  string | null,
  string | null,
  string,
];

function documentValues(row: DocumentRow): DocumentValues {
  return [
    row.id,
    row.contentHash,
    row.mediaType,
    row.origin,
    row.title,
    row.byteSize,
    row.pageCount,
    row.text,
    row.pageStarts,
    row.supersedesId,
    row.importedAt,
  ];
}

const insertDocument = preparedQuery(
  (
    db: Kysely<Database>,
    ...[
      id,
      contentHash,
      mediaType,
      origin,
      title,
      byteSize,
      pageCount,
      text,
      pageStarts,
      supersedesId,
      importedAt,
    ]: DocumentValues
  ) =>
    db.insertInto('documents').values({
      id,
      contentHash,
      mediaType,
      origin,
      title,
      byteSize,
      pageCount,
      text,
      pageStarts,
      supersedesId,
      importedAt,
    }),
);

export async function findDocument(db: Kysely<Database>, id: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function documentBytes(db: Kysely<Database>, contentHash: string): Promise<Uint8Array | undefined> {
  const row = await db
    .selectFrom('documentBlobs')
    .select('bytes')
    .where('contentHash', '=', contentHash)
    .executeTakeFirst();
  return row?.bytes;
}

/** Source documents: their bytes (stored once by hash), text and versions. */
export class DocumentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** See {@link storeDocument}. */
  store(options: StoreDocumentOptions): Promise<StoredDocument> {
    return storeDocument(this.db, options);
  }

  find(id: string): Promise<DocumentRow | undefined> {
    return findDocument(this.db, id);
  }

  /** The bytes stored for a document (kept once per content hash). */
  bytes(contentHash: string): Promise<Uint8Array | undefined> {
    return documentBytes(this.db, contentHash);
  }

  /** Documents filed under one origin (each version), newest first. */
  byOrigin(origin: string): Promise<DocumentRow[]> {
    return this.db
      .selectFrom('documents')
      .selectAll()
      .where('origin', '=', origin)
      .orderBy('importedAt', 'desc')
      .orderBy('id')
      .execute();
  }

  /** A document and every earlier version it supersedes, newest first. */
  async versionChain(id: string): Promise<string[]> {
    const chain: string[] = [];
    let next: string | null = id;
    while (next && !chain.includes(next)) {
      chain.push(next);
      const row: { supersedesId: string | null } | undefined = await this.db
        .selectFrom('documents')
        .select('supersedesId')
        .where('id', '=', next)
        .executeTakeFirst();
      next = row?.supersedesId ?? null;
    }
    return chain;
  }

  /** The parts of a document pack (front sheet, minutes, reports), in order. */
  async addParts(parts: readonly DocumentPart[]): Promise<void> {
    await insertInBatches(this.db, 'documentParts', parts);
  }

  /**
   * Keeps passages of a document that the public may not read and that no filed item accounts for
   * (exempt items of a meeting that could not be placed); public reads withhold them
   * (`exemptPassagesOf` in public/publicScope.ts).
   */
  async withholdPassages(
    documentId: string,
    passages: readonly { readonly start: number; readonly end: number }[],
  ): Promise<void> {
    const unique = new Map(passages.filter((p) => p.end > p.start).map((p) => [p.start, p]));
    await insertInBatches(
      this.db,
      'withheldPassages',
      [...unique.values()].map((p) => ({ documentId, startOffset: p.start, endOffset: p.end })),
    );
  }
}
