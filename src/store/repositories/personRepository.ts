import { sql, type Kysely } from 'kysely';
import type { Person } from '../../domain/person.js';
import type { Database } from '../database.js';
import { PERSON_REFERENCES } from '../personReferences.js';
import { dialectOf } from '../dialect.js';
import { toPerson } from '../rowMappers.js';
import { preparedQuery } from '../preparedQuery.js';
import { insertInBatches } from './insertInBatches.js';

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
      const rows = await peopleByNameKeys(this.db, keys.slice(i, i + 500));
      for (const { nameKey, ...row } of rows) if (!found.has(nameKey)) found.set(nameKey, toPerson(row));
    }
    return found;
  }

  /** Adds a person; a person with the same id (the same key, met in a parallel import) is left as it is. */
  async add(person: Person): Promise<void> {
    await insertInBatches(this.db, 'people', [person], { on: ['id'] });
  }

  async addAlias(alias: {
    id: string;
    personId: string;
    alias: string;
    key: string;
    sourceDocumentId: string | null;
  }): Promise<void> {
    await insertInBatches(this.db, 'personAliases', [alias], { on: ['personId', 'alias'] });
  }

  /** Adds spellings, in as few statements as the engines allow; a spelling already kept is left as it is. */
  async addAliases(
    aliases: readonly { id: string; personId: string; alias: string; key: string; sourceDocumentId: string | null }[],
  ): Promise<void> {
    await insertInBatches(this.db, 'personAliases', aliases, { on: ['personId', 'alias'] });
  }

  /** `base`, or `base-2`, `base-3`... whichever no person has yet. */
  async freeSlug(base: string): Promise<string> {
    // Every slug beginning with `base`: SQLite reads them from the slug index as a range (its LIKE
    // would read every person, and grow with the archive); PostgreSQL's LIKE is given as before.
    const taken =
      dialectOf(this.db) === 'sqlite'
        ? await slugsBetween(this.db, base, `${base}\u{10FFFF}`)
        : await slugsLike(this.db, `${base}%`);
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
    const rows = await peopleByIds(this.db, ids);
    return rows.map(toPerson);
  }

  /** The bodies each person attended, to judge surname-only mentions "within one body". */
  async bodiesOf(personIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    if (personIds.length === 0) return out;
    const rows = await bodiesOfPeople(this.db, [...personIds]);
    for (const r of rows) out.set(r.personId, (out.get(r.personId) ?? new Set()).add(r.bodyId));
    return out;
  }

  /**
   * Of `others`, those recorded as there (present, substituting or in attendance) at a meeting
   * where `personId` was there too: one person is not in the room twice. Apologies and absences are
   * left out, since damaged lists do name one person under both.
   */
  async metWith(personId: string, others: readonly string[]): Promise<Set<string>> {
    if (others.length === 0) return new Set();
    const rows = await metAtMeetings(this.db, personId, [...others]);
    return new Set(rows.map((r) => r.personId));
  }

  /** Points a spelling at the person it is the same as, or (null) makes it a person of its own again. */
  async setMergedInto(personId: string, keptPersonId: string | null): Promise<void> {
    await this.db.updateTable('people').set({ mergedIntoId: keptPersonId }).where('id', '=', personId).execute();
  }

  async find(id: string): Promise<Person | undefined> {
    const row = await this.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toPerson(row);
  }

  /** A person by id or by the slug of their page. */
  async findByIdOrSlug(ref: string): Promise<Person | undefined> {
    const row = await this.db
      .selectFrom('people')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', ref), eb('slug', '=', ref)]))
      .executeTakeFirst();
    return row && toPerson(row);
  }

  /** Sets the name shown; the slug (the page's address) stays, so links keep working. */
  async setName(
    id: string,
    name: { displayName: string; honorific: string | null; givenName: string | null; familyName: string | null },
  ): Promise<void> {
    await this.db.updateTable('people').set(name).where('id', '=', id).execute();
  }

  /** The people merged into this one. */
  async mergedInto(personId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('people').select('id').where('mergedIntoId', '=', personId).execute();
    return rows.map((r) => r.id);
  }

  /** Points several people at one (or, null, at none). */
  async setMergedIntoMany(personIds: readonly string[], keptPersonId: string | null): Promise<void> {
    if (personIds.length === 0) return;
    await this.db
      .updateTable('people')
      .set({ mergedIntoId: keptPersonId })
      .where('id', 'in', [...personIds])
      .execute();
  }

  /** Removes a person with nothing recorded of them (a split undone); their spellings go with them. */
  /**
   * Every `table.column` (of src/store/personReferences.ts) with a row referring to this person, but
   * those in `besides`: what removing them would delete or leave naming nobody (the foreign keys
   * cascade or set null), so an undo that removes a person asks first.
   */
  async referencesTo(id: string, besides: readonly string[] = []): Promise<string[]> {
    const found: string[] = [];
    for (const reference of Object.keys(PERSON_REFERENCES)) {
      if (besides.includes(reference)) continue;
      const [table, column] = reference.split('.') as [string, string];
      const row = await sql<{
        one: number;
      }>`SELECT 1 AS one FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${id} LIMIT 1`.execute(this.db);
      if (row.rows.length > 0) found.push(reference);
    }
    return found;
  }

  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('personAliases').where('personId', '=', id).execute();
    await this.db.deleteFrom('people').where('id', '=', id).execute();
  }

  async aliasesOf(
    personIds: readonly string[],
  ): Promise<{ id: string; personId: string; alias: string; key: string }[]> {
    if (personIds.length === 0) return [];
    return this.db
      .selectFrom('personAliases')
      .select(['id', 'personId', 'alias', 'key'])
      .where('personId', 'in', [...personIds])
      .orderBy('alias')
      .execute();
  }

  async moveAliases(aliasIds: readonly string[], personId: string): Promise<void> {
    if (aliasIds.length === 0) return;
    await this.db
      .updateTable('personAliases')
      .set({ personId })
      .where('id', 'in', [...aliasIds])
      .execute();
  }

  async removeAliases(aliasIds: readonly string[]): Promise<void> {
    if (aliasIds.length === 0) return;
    await this.db
      .deleteFrom('personAliases')
      .where('id', 'in', [...aliasIds])
      .execute();
  }
}

// Asked for every document an import stores: each written once per engine and list length (preparedQuery).
const peopleByNameKeys = preparedQuery((db: Kysely<Database>, keys: readonly string[]) =>
  db
    .selectFrom('personAliases')
    .innerJoin('people', 'people.id', 'personAliases.personId')
    .selectAll('people')
    .select('personAliases.key as nameKey')
    .where('personAliases.key', 'in', keys)
    .orderBy('people.createdAt')
    .orderBy('people.id'),
);

const peopleByIds = preparedQuery((db: Kysely<Database>, ids: readonly string[]) =>
  db.selectFrom('people').selectAll().where('id', 'in', ids),
);

const slugsBetween = preparedQuery((db: Kysely<Database>, from: string, before: string) =>
  db.selectFrom('people').select('slug').where('slug', '>=', from).where('slug', '<', before),
);

const slugsLike = preparedQuery((db: Kysely<Database>, pattern: string) =>
  db.selectFrom('people').select('slug').where('slug', 'like', pattern),
);

const bodiesOfPeople = preparedQuery((db: Kysely<Database>, personIds: readonly string[]) =>
  db
    .selectFrom('attendance')
    .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
    .select(['attendance.personId', 'meetings.bodyId'])
    .where('attendance.personId', 'in', personIds)
    .distinct(),
);

const THERE = ['present', 'substitute', 'in_attendance'];
/*
 * Led by the newcomer's few attendance rows, then each of their meetings' (CROSS JOIN keeps that order in SQLite,
 * and is an inner join to PostgreSQL's planner): led by the candidates' rows instead, as SQLite chose, it walked
 * every meeting a long-serving councillor attended, a walk that grew with the record.
 */
const metAtMeetings = preparedQuery((db: Kysely<Database>, personId: string, others: readonly string[]) =>
  db
    .selectFrom('attendance as mine')
    .crossJoin('attendance as theirs')
    .whereRef('theirs.meetingId', '=', 'mine.meetingId')
    .select('theirs.personId')
    .where('mine.personId', '=', personId)
    .where('mine.kind', 'in', THERE)
    .where('theirs.kind', 'in', THERE)
    .where('theirs.personId', 'in', others)
    .distinct(),
);
