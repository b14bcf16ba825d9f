import type { Kysely } from 'kysely';
import type { Person } from '../../domain/person.js';
import type { Database } from '../database.js';
import { toPerson } from '../rowMappers.js';

/** People and the spellings (aliases) the record has met them by. */
export class PersonRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The first person recorded under a matching key (honorifics stripped, case folded), if any. */
  async findByNameKey(key: string): Promise<Person | undefined> {
    const row = await this.db
      .selectFrom('personAliases')
      .innerJoin('people', 'people.id', 'personAliases.personId')
      .selectAll('people')
      .where('personAliases.key', '=', key)
      .orderBy('people.createdAt')
      .orderBy('people.id')
      .executeTakeFirst();
    return row && toPerson(row);
  }

  /** `findByNameKey` for many keys in one query: the first person under each key that has one. */
  async findByNameKeys(keys: readonly string[]): Promise<Map<string, Person>> {
    const found = new Map<string, Person>();
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await this.db
        .selectFrom('personAliases')
        .innerJoin('people', 'people.id', 'personAliases.personId')
        .selectAll('people')
        .select('personAliases.key as nameKey')
        .where('personAliases.key', 'in', keys.slice(i, i + 500))
        .orderBy('people.createdAt')
        .orderBy('people.id')
        .execute();
      for (const { nameKey, ...row } of rows) if (!found.has(nameKey)) found.set(nameKey, toPerson(row));
    }
    return found;
  }

  /** Adds a person; a person with the same id (the same key, met in a parallel import) is left as it is. */
  async add(person: Person): Promise<void> {
    await this.db
      .insertInto('people')
      .values(person)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async addAlias(alias: {
    id: string;
    personId: string;
    alias: string;
    key: string;
    sourceDocumentId: string | null;
  }): Promise<void> {
    await this.db
      .insertInto('personAliases')
      .values(alias)
      .onConflict((oc) => oc.columns(['personId', 'alias']).doNothing())
      .execute();
  }

  /** Adds spellings, in as few statements as the engines allow; a spelling already kept is left as it is. */
  async addAliases(
    aliases: readonly { id: string; personId: string; alias: string; key: string; sourceDocumentId: string | null }[],
  ): Promise<void> {
    for (let i = 0; i < aliases.length; i += 200) {
      await this.db
        .insertInto('personAliases')
        .values(aliases.slice(i, i + 200))
        .onConflict((oc) => oc.columns(['personId', 'alias']).doNothing())
        .execute();
    }
  }

  /** `base`, or `base-2`, `base-3`... whichever no person has yet. */
  async freeSlug(base: string): Promise<string> {
    const taken = await this.db.selectFrom('people').select('slug').where('slug', 'like', `${base}%`).execute();
    const used = new Set(taken.map((r) => r.slug));
    if (!used.has(base)) return base;
    for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  /** Everyone not merged into another person, oldest first: the candidates a new name is compared with. */
  async canonical(): Promise<Person[]> {
    const rows = await this.db
      .selectFrom('people')
      .selectAll()
      .where('mergedIntoId', 'is', null)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    return rows.map(toPerson);
  }

  /** The people with these ids (merged or not), in no particular order. */
  async byIds(ids: readonly string[]): Promise<Person[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('people')
      .selectAll()
      .where('id', 'in', [...ids])
      .execute();
    return rows.map(toPerson);
  }

  /** The bodies each person attended, to judge surname-only mentions "within one body". */
  async bodiesOf(personIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    if (personIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('attendance')
      .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
      .select(['attendance.personId', 'meetings.bodyId'])
      .where('attendance.personId', 'in', [...personIds])
      .distinct()
      .execute();
    for (const r of rows) out.set(r.personId, (out.get(r.personId) ?? new Set()).add(r.bodyId));
    return out;
  }

  /** Points a spelling at the person it is the same as, or (null) makes it a person of its own again. */
  async setMergedInto(personId: string, keptPersonId: string | null): Promise<void> {
    await this.db.updateTable('people').set({ mergedIntoId: keptPersonId }).where('id', '=', personId).execute();
  }
}
