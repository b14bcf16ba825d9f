import type { Kysely } from 'kysely';
import type { CallInRequest } from '../../domain/callIn/callInRequest.js';
import type { Database } from '../database.js';
import { toCallInRequest } from '../forwardPlanRow.js';

export type PublicCallIn = Omit<CallInRequest, 'version' | 'createdAt' | 'updatedAt'>;

/** Call-ins of a published decision: a matter of public record once made. */
export class PublicCallIns {
  constructor(private readonly db: Kysely<Database>) {}

  async ofNotice(decisionNoticeId: string): Promise<PublicCallIn[]> {
    const rows = await this.db
      .selectFrom('callInRequests')
      .selectAll()
      .where('decisionNoticeId', '=', decisionNoticeId)
      .orderBy('requestedOn', 'asc')
      .orderBy('id', 'asc')
      .execute();
    return rows.map((r) => {
      const { version: _v, createdAt: _c, updatedAt: _u, ...rest } = toCallInRequest(r);
      return rest;
    });
  }
}
