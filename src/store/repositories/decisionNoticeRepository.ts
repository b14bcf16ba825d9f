import type { Kysely } from 'kysely';
import type { DecisionNotice } from '../../domain/decisions/decisionNotice.js';
import type { Database } from '../database.js';
import { fromDecisionNotice, toDecisionNotice } from '../decisionNoticeRow.js';

/** Decision notices, for the use cases that record and correct them. */
export class DecisionNoticeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(notice: DecisionNotice): Promise<void> {
    await this.db.insertInto('decisionNotices').values(fromDecisionNotice(notice)).execute();
  }

  async find(id: string): Promise<DecisionNotice | undefined> {
    const row = await this.db.selectFrom('decisionNotices').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toDecisionNotice(row) : undefined;
  }

  /** The latest published first, for the clerk's list. */
  async latest(limit: number): Promise<DecisionNotice[]> {
    const rows = await this.db
      .selectFrom('decisionNotices')
      .selectAll()
      .orderBy('publishedOn', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toDecisionNotice);
  }
}
