import { slugify, stableId } from '../../domain/ids.js';
import { nameKey } from '../../domain/names/nameKey.js';
import { parsePersonName } from '../../domain/names/personName.js';
import type { PersonKind } from '../../domain/person.js';
import type { Repositories } from '../../store/repositories/repositories.js';

/**
 * Turns written names into people, once per name per record: a name whose matching key (honorifics
 * stripped, case folded) is known is that person; any other name is a new person. Every spelling
 * is kept as an alias. Near matches ("Sam" / "Samuel") are not decided here but by
 * `proposeMerges`, with evidence a clerk can review.
 */
export class NameResolver {
  readonly #ids = new Map<string, string | null>();
  readonly #created: string[] = [];

  constructor(
    private readonly repos: Repositories,
    private readonly sourceDocumentId: string | null,
    private readonly now: string,
  ) {}

  /** People first met through this resolver. */
  get created(): readonly string[] {
    return this.#created;
  }

  /** The person a written name stands for; null for a name with nothing to match on. */
  async idOf(written: string, kind: PersonKind): Promise<string | null> {
    if (this.#ids.has(written)) return this.#ids.get(written) ?? null;
    const id = await this.#resolve(written, kind);
    this.#ids.set(written, id);
    return id;
  }

  async #resolve(written: string, kind: PersonKind): Promise<string | null> {
    const key = nameKey(written);
    if (!key) return null;
    const alias = written.replace(/\s+/g, ' ').trim();
    const known = await this.repos.people.findByNameKey(key);
    if (known) {
      await this.#addAlias(known.id, alias, key);
      return known.mergedIntoId ?? known.id;
    }
    const parsed = parsePersonName(alias);
    const displayName = parsed.display || alias;
    const id = stableId('person', key);
    await this.repos.people.add({
      id,
      slug: await this.repos.people.freeSlug(slugify(displayName)),
      displayName,
      honorific: parsed.honorifics[0] ?? null,
      givenName: parsed.given,
      familyName: parsed.family,
      kind,
      mergedIntoId: null,
      createdAt: this.now,
    });
    await this.#addAlias(id, alias, key);
    this.#created.push(id);
    return id;
  }

  async #addAlias(personId: string, alias: string, key: string): Promise<void> {
    await this.repos.people.addAlias({
      id: stableId('alias', personId, alias),
      personId,
      alias,
      key,
      sourceDocumentId: this.sourceDocumentId,
    });
  }
}
