import type { Kysely } from 'kysely';
import type { CallInRequest } from '../../domain/callIn/callInRequest.js';
import type { Database } from '../database.js';
import { toCallInRequest } from '../forwardPlanRow.js';

/** A call-in as the public reads it; its timestamps travel in the exports so that a reload keeps them. */
export type PublicCallIn = Omit<CallInRequest, 'version'>;

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
      const { version: _v, ...rest } = toCallInRequest(r);
      return rest;
    });
  }
}
