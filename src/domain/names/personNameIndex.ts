import { byFirstMet, type Person } from '../person.js';
import { nameBlockingKeys, nameSide, type NameSide } from './nameMatch.js';

export interface IndexedPerson {
  readonly person: Person;
  readonly side: NameSide;
}

/**
 * The people a new name may be compared with, filed by `nameBlockingKeys`. Each name is analysed
 * once, when filed, so an import compares each newcomer with the few people sharing a key instead
 * of analysing everyone's name again for every document.
 */
export class PersonNameIndex {
  readonly #byKey = new Map<string, Set<string>>();
  readonly #people = new Map<string, IndexedPerson>();

  constructor(people: Iterable<Person> = []) {
    for (const person of people) this.add(person);
  }

  get size(): number {
    return this.#people.size;
  }

  has(personId: string): boolean {
    return this.#people.has(personId);
  }

  add(person: Person): void {
    if (this.#people.has(person.id)) this.remove(person.id);
    const side = nameSide(person.displayName);
    this.#people.set(person.id, { person, side });
    for (const key of nameBlockingKeys(side)) {
      const ids = this.#byKey.get(key);
      if (ids) ids.add(person.id);
      else this.#byKey.set(key, new Set([person.id]));
    }
  }

  remove(personId: string): void {
    const entry = this.#people.get(personId);
    if (!entry) return;
    this.#people.delete(personId);
    for (const key of nameBlockingKeys(entry.side)) {
      const ids = this.#byKey.get(key);
      ids?.delete(personId);
      if (ids?.size === 0) this.#byKey.delete(key);
    }
  }

  get(personId: string): IndexedPerson | undefined {
    return this.#people.get(personId);
  }

  /** Everyone sharing a key with the person, in the order they were first met (then by id), without the person. */
  candidatesFor(personId: string): IndexedPerson[] {
    const entry = this.#people.get(personId);
    if (!entry) return [];
    const ids = new Set<string>();
    for (const key of nameBlockingKeys(entry.side)) for (const id of this.#byKey.get(key) ?? []) ids.add(id);
    ids.delete(personId);
    return [...ids].map((id) => this.#people.get(id)!).sort((a, b) => byFirstMet(a.person, b.person));
  }
}
