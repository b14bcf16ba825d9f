import type { Kysely } from 'kysely';
import type { PersonChange, PersonChangeDetail } from '../../domain/personChange.js';
import type { Database, PersonChangeTable } from '../database.js';

function toPersonChange(r: PersonChangeTable): PersonChange {
  // Written only by `add` below, from the typed change: the JSON is ours.
  const detail = { kind: r.kind, before: JSON.parse(r.before), after: JSON.parse(r.after) } as PersonChangeDetail;
  return {
    ...detail,
    id: r.id,
    personId: r.personId,
    otherPersonId: r.otherPersonId,
    madeBy: r.madeBy,
    madeAt: r.madeAt,
    undoesId: r.undoesId,
    undoneById: r.undoneById,
  };
}

/** The audit of a clerk's corrections of people: who, when, what, before and after. */
export class PersonChangeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(change: PersonChange): Promise<void> {
    await this.db
      .insertInto('personChanges')
      .values({
        id: change.id,
        kind: change.kind,
        personId: change.personId,
        otherPersonId: change.otherPersonId,
        madeBy: change.madeBy,
        madeAt: change.madeAt,
        before: JSON.stringify(change.before),
        after: JSON.stringify(change.after),
        undoesId: change.undoesId,
        undoneById: change.undoneById,
      })
      .execute();
  }

  async find(id: string): Promise<PersonChange | undefined> {
    const row = await this.db.selectFrom('personChanges').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toPersonChange(row);
  }

  /** Changes after an instant, oldest first. */
  async since(madeAt: string): Promise<PersonChange[]> {
    const rows = await this.db
      .selectFrom('personChanges')
      .selectAll()
      .where('madeAt', '>', madeAt)
      .orderBy('madeAt')
      .execute();
    return rows.map(toPersonChange);
  }

  /** The latest change's instant, to keep instants strictly increasing. */
  async latestAt(): Promise<string | null> {
    const row = await this.db
      .selectFrom('personChanges')
      .select((eb) => eb.fn.max('madeAt').as('at'))
      .executeTakeFirst();
    return row?.at ?? null;
  }

  /** Every change, newest first, or those touching one person (as the changed or the other person). */
  async list(personIds?: readonly string[]): Promise<PersonChange[]> {
    let query = this.db.selectFrom('personChanges').selectAll();
    if (personIds)
      query = query.where((eb) =>
        eb.or([eb('personId', 'in', [...personIds]), eb('otherPersonId', 'in', [...personIds])]),
      );
    const rows = await query.orderBy('madeAt', 'desc').execute();
    return rows.map(toPersonChange);
  }

  async markUndone(id: string, undoneById: string): Promise<void> {
    await this.db.updateTable('personChanges').set({ undoneById }).where('id', '=', id).execute();
  }
}
