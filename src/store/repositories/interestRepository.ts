import type { Kysely } from 'kysely';
import type { InterestCategory } from '../../domain/interests/interestCategory.js';
import type { InterestEntry, NewInterestEntry } from '../../domain/interests/interestEntry.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { Database, InterestEntryStateTable, InterestEntryTable } from '../database.js';
import { moveChosenRows } from './moveChosenRows.js';

/** A member who keeps a register: a councillor or co-opted member, or anyone with an entry. */
export interface RegisterHolder {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly reviewedOn: IsoDate | null;
  /** The bodies they sit on or were recorded at, to scope a clerk's view. */
  readonly bodyIds: readonly string[];
}

type EntryRow = InterestEntryTable & {
  readonly [K in 'version' | 'endedOn' | 'endRegisteredOn']?: InterestEntryStateTable[K] | null;
};

export function toInterestEntry(r: EntryRow): InterestEntry {
  return {
    id: r.id,
    personId: r.personId,
    category: r.category as InterestCategory,
    description: r.description,
    aroseOn: r.aroseOn as IsoDate,
    registeredOn: r.registeredOn as IsoDate,
    sensitive: Number(r.sensitive) === 1,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: Number(r.version ?? 0),
    endedOn: (r.endedOn ?? null) as IsoDate | null,
    endRegisteredOn: (r.endRegisteredOn ?? null) as IsoDate | null,
  };
}

/** Members' standing registers of interests: their entries and when each register was last reviewed. */
export class InterestRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Everyone who keeps a register (merged spellings aside), by name. */
  async holders(): Promise<RegisterHolder[]> {
    const people = await this.db
      .selectFrom('people')
      .leftJoin('interestReviews', 'interestReviews.personId', 'people.id')
      .select(['people.id', 'people.slug', 'people.displayName', 'interestReviews.reviewedOn'])
      .where('people.mergedIntoId', 'is', null)
      .where((eb) =>
        eb.or([
          eb('people.kind', 'in', ['councillor', 'co_optee']),
          eb('people.id', 'in', eb.selectFrom('interestEntries').select('personId')),
        ]),
      )
      .execute();
    const bodies = await this.bodiesOf(people.map((p) => p.id));
    return people
      .map((p) => ({
        id: p.id,
        slug: p.slug,
        name: p.displayName,
        reviewedOn: (p.reviewedOn ?? null) as IsoDate | null,
        bodyIds: [...(bodies.get(p.id) ?? [])].sort(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id));
  }

  /** The bodies each person is a member of or was recorded at. */
  async bodiesOf(personIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    if (personIds.length === 0) return out;
    const ids = [...personIds];
    const rows = await this.db
      .selectFrom('memberships')
      .select(['personId', 'bodyId'])
      .where('personId', 'in', ids)
      .union(
        this.db
          .selectFrom('attendance')
          .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
          .select(['attendance.personId', 'meetings.bodyId'])
          .where('attendance.personId', 'in', ids),
      )
      .execute();
    for (const r of rows) out.set(r.personId, (out.get(r.personId) ?? new Set()).add(r.bodyId));
    return out;
  }

  /** The entries of these people, by category then date registered. */
  async entriesOf(personIds: readonly string[]): Promise<InterestEntry[]> {
    if (personIds.length === 0) return [];
    const rows = await this.#withState()
      .where('interestEntries.personId', 'in', [...personIds])
      .orderBy('interestEntries.personId')
      .orderBy('interestEntries.registeredOn')
      .orderBy('interestEntries.id')
      .execute();
    return rows.map(toInterestEntry);
  }

  async entry(id: string): Promise<InterestEntry | undefined> {
    const row = await this.#withState().where('interestEntries.id', '=', id).executeTakeFirst();
    return row ? toInterestEntry(row) : undefined;
  }

  #withState() {
    return this.db
      .selectFrom('interestEntries')
      .leftJoin('interestEntryStates', 'interestEntryStates.entryId', 'interestEntries.id')
      .selectAll('interestEntries')
      .select(['interestEntryStates.version', 'interestEntryStates.endedOn', 'interestEntryStates.endRegisteredOn']);
  }

  async addEntry(entry: NewInterestEntry): Promise<void> {
    await this.db
      .insertInto('interestEntries')
      .values({
        id: entry.id,
        personId: entry.personId,
        category: entry.category,
        description: entry.description,
        aroseOn: entry.aroseOn,
        registeredOn: entry.registeredOn,
        sensitive: entry.sensitive ? 1 : 0,
        createdAt: entry.createdAt,
        updatedAt: entry.updatedAt,
      })
      .execute();
  }

  async removeEntry(id: string): Promise<void> {
    await this.db.deleteFrom('interestEntryStates').where('entryId', '=', id).execute();
    await this.db.deleteFrom('interestEntries').where('id', '=', id).execute();
  }

  /**
   * Moves an entry on from the version a form showed to the next one, only if nobody has moved it
   * since (UPDATE ... WHERE version = ?, or the first state row): false when someone has.
   */
  async claimVersion(entryId: string, version: number, now: string): Promise<boolean> {
    const updated = await this.db
      .updateTable('interestEntryStates')
      .set({ version: version + 1, updatedAt: now })
      .where('entryId', '=', entryId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 1) return true;
    if (version !== 0) return false;
    // The first save makes the state row; a concurrent first save that got there first wins.
    const inserted = await this.db
      .insertInto('interestEntryStates')
      .values({ entryId, version: 1, endedOn: null, endRegisteredOn: null, updatedAt: now })
      .onConflict((oc) => oc.column('entryId').doNothing())
      .returning('entryId')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /** Changes what an entry says (after `claimVersion`). */
  async updateEntry(
    id: string,
    change: Pick<InterestEntry, 'category' | 'description' | 'aroseOn' | 'registeredOn' | 'sensitive'>,
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('interestEntries')
      .set({ ...change, sensitive: change.sensitive ? 1 : 0, updatedAt: now })
      .where('id', '=', id)
      .execute();
  }

  /** Records the end of an interest, or clears it (after `claimVersion`). */
  async setEnded(id: string, endedOn: IsoDate | null, endRegisteredOn: IsoDate | null, now: string): Promise<void> {
    await this.db
      .updateTable('interestEntryStates')
      .set({ endedOn, endRegisteredOn, updatedAt: now })
      .where('entryId', '=', id)
      .execute();
  }

  async reviewedOn(personId: string): Promise<IsoDate | null> {
    const row = await this.db
      .selectFrom('interestReviews')
      .select('reviewedOn')
      .where('personId', '=', personId)
      .executeTakeFirst();
    return (row?.reviewedOn ?? null) as IsoDate | null;
  }

  async setReviewed(personId: string, reviewedOn: IsoDate, recordedAt: string, recordedBy: string): Promise<void> {
    await this.db.deleteFrom('interestReviews').where('personId', '=', personId).execute();
    await this.db.insertInto('interestReviews').values({ personId, reviewedOn, recordedAt, recordedBy }).execute();
  }

  /** Moves the entries of `fromIds` to `to` (a merge), returning each moved one with whose it was. */
  async moveEntries(fromIds: readonly string[], to: string): Promise<{ id: string; from: string }[]> {
    if (fromIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('interestEntries')
      .select(['id', 'personId'])
      .where('personId', 'in', [...fromIds])
      .orderBy('id')
      .execute();
    if (rows.length > 0)
      await this.db
        .updateTable('interestEntries')
        .set({ personId: to })
        .where('personId', 'in', [...fromIds])
        .execute();
    return rows.map((r) => ({ id: r.id, from: r.personId }));
  }

  /**
   * Moves the chosen register entries, of those held by `ownerIds`, to `to` (a split); each entry's
   * state (ended, its version) is keyed by the entry and goes with it. The ones moved, with their owner.
   */
  async moveChosenEntries(
    ids: readonly string[],
    ownerIds: readonly string[],
    to: string,
  ): Promise<{ id: string; from: string }[]> {
    return moveChosenRows(this.db, 'interestEntries', ids, ownerIds, to);
  }

  /** Gives entries back to the person each was under (a merge or split undone). */
  async returnEntries(moved: readonly { id: string; from: string }[]): Promise<void> {
    for (const m of moved)
      await this.db.updateTable('interestEntries').set({ personId: m.from }).where('id', '=', m.id).execute();
  }

  /** Moves `from`'s last review to `to` if `to` has none; true if it moved. */
  async moveReview(from: string, to: string): Promise<boolean> {
    if (await this.db.selectFrom('interestReviews').select('personId').where('personId', '=', to).executeTakeFirst())
      return false;
    const result = await this.db
      .updateTable('interestReviews')
      .set({ personId: to })
      .where('personId', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
