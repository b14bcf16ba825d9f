import { slugify, stableId } from '../../domain/ids.js';
import { nameKey } from '../../domain/names/nameKey.js';
import { parsePersonName } from '../../domain/names/personName.js';
import type { Person, PersonKind } from '../../domain/person.js';
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
  /** People by matching key, as far as looked up (null: nobody under that key). */
  readonly #known = new Map<string, Person | null>();
  /** Spellings met, written together by `flush`. */
  readonly #aliases = new Map<string, { id: string; personId: string; alias: string; key: string }>();

  constructor(
    private readonly repos: Repositories,
    private readonly sourceDocumentId: string | null,
    private readonly now: string,
  ) {}

  /** People first met through this resolver. */
  get created(): readonly string[] {
    return this.#created;
  }

  /** Looks up many written names in one query, so that `idOf` needs none for them. */
  async prime(written: readonly string[]): Promise<void> {
    const keys = [...new Set(written.map(nameKey))].filter((k) => k && !this.#known.has(k));
    if (keys.length === 0) return;
    const found = await this.repos.people.findByNameKeys(keys);
    for (const key of keys) this.#known.set(key, found.get(key) ?? null);
  }

  /** Writes the spellings met since the last flush; call before the record's transaction ends. */
  async flush(): Promise<void> {
    const aliases = [...this.#aliases.values()].map((a) => ({ ...a, sourceDocumentId: this.sourceDocumentId }));
    this.#aliases.clear();
    await this.repos.people.addAliases(aliases);
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
    if (!this.#known.has(key)) this.#known.set(key, (await this.repos.people.findByNameKey(key)) ?? null);
    const known = this.#known.get(key);
    if (known) {
      this.#addAlias(known.id, alias, key);
      return known.mergedIntoId ?? known.id;
    }
    const parsed = parsePersonName(alias);
    const displayName = parsed.display || alias;
    const id = stableId('person', key);
    const person: Person = {
      id,
      slug: await this.repos.people.freeSlug(slugify(displayName)),
      displayName,
      honorific: parsed.honorifics[0] ?? null,
      givenName: parsed.given,
      familyName: parsed.family,
      kind,
      mergedIntoId: null,
      createdAt: this.now,
    };
    await this.repos.people.add(person);
    this.#known.set(key, person);
    this.#addAlias(id, alias, key);
    this.#created.push(id);
    return id;
  }

  #addAlias(personId: string, alias: string, key: string): void {
    const id = stableId('alias', personId, alias);
    this.#aliases.set(id, { id, personId, alias, key });
  }
}
