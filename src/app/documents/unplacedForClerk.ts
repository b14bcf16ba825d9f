import { mayClerk, type Account } from '../../domain/account.js';
import type { Body } from '../../domain/body.js';
import { AppError } from '../../domain/errors.js';
import type { UnplacedDocument, UnplacedRecommendation } from '../../store/repositories/unplacedDocumentRepository.js';
import type { Store } from '../../store/store.js';

export interface DocumentToFile extends UnplacedDocument {
  /** What the import found it recommends: tracked once the document is filed. */
  readonly recommendations: readonly UnplacedRecommendation[];
}

export interface DocumentsToFile {
  readonly documents: readonly DocumentToFile[];
  /** The bodies this clerk may file a document at. */
  readonly bodies: readonly Pick<Body, 'id' | 'slug' | 'name'>[];
}

/**
 * The documents the import stored but could not place at a meeting, for a clerk to file: any clerk
 * sees them (a document that names no committee belongs to none yet); filing checks the body.
 */
export async function unplacedForClerk(store: Store, actor: Account): Promise<DocumentsToFile> {
  if (!actor.active || !(actor.role === 'admin' || actor.role === 'clerk'))
    throw new AppError('FORBIDDEN', 'only a clerk may file documents');
  return store.transaction(async (repos) => {
    const found = await repos.unplaced.recommendations();
    const documents = (await repos.unplaced.list()).map((d) => ({
      ...d,
      recommendations: found.filter((r) => r.documentId === d.documentId),
    }));
    const bodies = (await repos.bodies.list())
      .filter((b) => mayClerk(actor, b.id))
      .map(({ id, slug, name }) => ({ id, slug, name }));
    return { documents, bodies };
  });
}
