import type { Kysely } from 'kysely';
import type { CallInRequest } from '../../domain/callIn/callInRequest.js';
import type { Database } from '../database.js';
import { fromCallInRequest, toCallInRequest } from '../forwardPlanRow.js';

/** Call-in requests against decision notices. */
export class CallInRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(request: CallInRequest): Promise<void> {
    await this.db.insertInto('callInRequests').values(fromCallInRequest(request)).execute();
  }

  async find(id: string): Promise<CallInRequest | undefined> {
    const row = await this.db.selectFrom('callInRequests').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toCallInRequest(row) : undefined;
  }

  /** The call-ins of one decision, in the order they were made. */
  async ofNotice(decisionNoticeId: string): Promise<CallInRequest[]> {
    const rows = await this.db
      .selectFrom('callInRequests')
      .selectAll()
      .where('decisionNoticeId', '=', decisionNoticeId)
      .orderBy('requestedOn', 'asc')
      .orderBy('createdAt', 'asc')
      .execute();
    return rows.map(toCallInRequest);
  }

  /** The latest call-ins first, for the clerk's list. */
  async latest(limit: number): Promise<CallInRequest[]> {
    const rows = await this.db
      .selectFrom('callInRequests')
      .selectAll()
      .orderBy('requestedOn', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toCallInRequest);
  }

  /** Records the outcome only if the request is still at `version`; false when someone else changed it first. */
  async decide(
    id: string,
    version: number,
    change: Pick<CallInRequest, 'outcome' | 'outcomeOn' | 'outcomeNotes'>,
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('callInRequests')
      .set({ ...change, updatedAt: now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
