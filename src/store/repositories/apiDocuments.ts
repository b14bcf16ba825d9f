import type { Kysely } from 'kysely';
import type { Database, DocumentTable } from '../database.js';
import { countOf, type PageRequest, type Paged } from './apiPage.js';

export interface ApiDocumentFilter {
  /** Documents any fact of this meeting was read from. */
  readonly meetingId?: string;
  readonly mediaType?: string;
}

export type ApiDocumentMeta = Omit<DocumentTable, 'text' | 'pageStarts'>;

const META_COLUMNS = [
  'id',
  'contentHash',
  'mediaType',
  'origin',
  'title',
  'byteSize',
  'pageCount',
  'supersedesId',
  'importedAt',
] as const;

/** Source documents' metadata (never their text, which can be large), newest import first. */
export async function pageDocuments(
  db: Kysely<Database>,
  filter: ApiDocumentFilter,
  page: PageRequest,
): Promise<Paged<ApiDocumentMeta>> {
  let base = db.selectFrom('documents');
  if (filter.meetingId)
    base = base.where(
      'id',
      'in',
      db.selectFrom('provenance').select('documentId').where('subjectId', '=', filter.meetingId),
    );
  if (filter.mediaType) base = base.where('mediaType', '=', filter.mediaType);
  const total = countOf(await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
  const rows = await base
    .select([...META_COLUMNS])
    .orderBy('importedAt', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows };
}

/** Metadata of the given documents, in import order. */
export async function documentsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<ApiDocumentMeta[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('documents')
    .select([...META_COLUMNS])
    .where('id', 'in', [...ids])
    .orderBy('importedAt')
    .orderBy('id')
    .execute();
}
