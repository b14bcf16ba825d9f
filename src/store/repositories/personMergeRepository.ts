import type { Kysely } from 'kysely';
import type { MergeStatus, PersonMerge } from '../../domain/person.js';
import type { Database, PersonMergeTable } from '../database.js';
import { insertInBatches } from './insertInBatches.js';

/** A merge with the two names it joins, as a clerk reviews it. */
export interface MergeReview extends PersonMerge {
  readonly keptName: string;
  readonly mergedName: string;
}

function toPersonMerge(r: PersonMergeTable): PersonMerge {
  return { ...r, status: r.status as MergeStatus, evidence: JSON.parse(r.evidence) as string[] };
}

/** Decisions that two spellings are one person, kept with their evidence so each can be undone. */
export class PersonMergeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(merge: PersonMerge): Promise<void> {
    await insertInBatches(this.db, 'personMerges', [{ ...merge, evidence: JSON.stringify(merge.evidence) }]);
  }

  async find(id: string): Promise<PersonMerge | undefined> {
    const row = await this.db.selectFrom('personMerges').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toPersonMerge(row);
  }

  async list(statuses: readonly MergeStatus[]): Promise<MergeReview[]> {
    const rows = await this.db
      .selectFrom('personMerges as m')
      .innerJoin('people as k', 'k.id', 'm.keptPersonId')
      .innerJoin('people as g', 'g.id', 'm.mergedPersonId')
      .selectAll('m')
      .select(['k.displayName as keptName', 'g.displayName as mergedName'])
      .where('m.status', 'in', [...statuses])
      .orderBy('m.score', 'desc')
      .orderBy('m.id')
      .execute();
    return rows.map(({ keptName, mergedName, ...m }) => ({ ...toPersonMerge(m), keptName, mergedName }));
  }

  async decide(id: string, status: 'accepted' | 'rejected', by: string, at: string): Promise<void> {
    await this.db
      .updateTable('personMerges')
      .set({ status, decidedAt: at, decidedBy: by })
      .where('id', '=', id)
      .execute();
  }
}
