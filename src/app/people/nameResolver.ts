import { randomId, slugify, stableId } from '../../domain/ids.js';
import type { DamagedSpelling } from '../../domain/names/damagedSpelling.js';
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

  readonly #notes: string[] = [];

  /**
   * `damaged`: names of the document read as damaged copies of another of its names, by matching
   * key (`damagedSpellingsIn`); a new person under such a name is held for review (see #hold).
   */
  constructor(
    private readonly repos: Repositories,
    private readonly sourceDocumentId: string | null,
    private readonly now: string,
    private readonly damaged: ReadonlyMap<string, DamagedSpelling> = new Map(),
  ) {}

  /** What a clerk should know of the names met: spellings held for review. */
  get notes(): readonly string[] {
    return this.#notes;
  }

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
    const held = await this.#hold(key, kind);
    const person: Person = {
      id,
      slug: await this.repos.people.freeSlug(slugify(displayName)),
      displayName,
      honorific: parsed.honorifics[0] ?? null,
      givenName: parsed.given,
      familyName: parsed.family,
      kind,
      mergedIntoId: held?.intendedId ?? null,
      createdAt: this.now,
    };
    await this.repos.people.add(person);
    this.#known.set(key, person);
    this.#addAlias(id, alias, key);
    if (!held) {
      this.#created.push(id);
      return id;
    }
    await this.repos.merges.add({
      id: randomId(),
      keptPersonId: held.intendedId,
      mergedPersonId: id,
      score: 0.5,
      evidence: held.spelling.evidence,
      status: 'pending',
      createdAt: this.now,
      decidedAt: null,
      decidedBy: null,
    });
    this.#notes.push(
      `"${alias}" looks like a damaged spelling of "${held.spelling.intended}" in this document: held for review with \`quorum people review\` (accept to keep them one, reject to give "${displayName}" a page)`,
    );
    return id;
  }

  /**
   * A name read as a damaged copy of another in the same document ("Same Garrard" beside "Jane
   * Garrard") becomes a person held under the name it copies: pointed at that person, as a merge
   * awaiting a clerk. Nothing is lost (the spelling and its records are its own), but it has no
   * page of its own until a clerk rejects the match.
   */
  async #hold(key: string, kind: PersonKind): Promise<{ intendedId: string; spelling: DamagedSpelling } | null> {
    const spelling = this.damaged.get(key);
    if (!spelling || nameKey(spelling.intended) === key) return null;
    const intendedId = await this.idOf(spelling.intended, kind);
    return intendedId ? { intendedId, spelling } : null;
  }

  #addAlias(personId: string, alias: string, key: string): void {
    const id = stableId('alias', personId, alias);
    this.#aliases.set(id, { id, personId, alias, key });
  }
}
