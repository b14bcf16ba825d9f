import type { Account } from '../../domain/account.js';
import type { CallInRequest } from '../../domain/callIn/callInRequest.js';
import type { DecisionNotice } from '../../domain/decisions/decisionNotice.js';
import { AppError } from '../../domain/errors.js';
import type { Store } from '../../store/store.js';
import { assertMayClerkNotice } from './recordCallIn.js';

function assertClerk(actor: Account): void {
  if (!actor.active || !['admin', 'clerk'].includes(actor.role))
    throw new AppError('FORBIDDEN', 'only clerks and administrators record call-ins');
}

export interface CallInBoard {
  /** Notices subject to call-in, latest first, each with its call-ins. */
  readonly notices: readonly { readonly notice: DecisionNotice; readonly callIns: readonly CallInRequest[] }[];
}

/** The latest notices subject to call-in, with what was called in, for the clerk's list. */
export async function callInBoard(store: Store, actor: Account, limit = 50): Promise<CallInBoard> {
  assertClerk(actor);
  return store.transaction(async (repos) => {
    const notices = (await repos.decisionNotices.latest(limit)).filter((n) => n.callInDeadline !== null);
    const rows = [];
    for (const notice of notices) rows.push({ notice, callIns: await repos.callIns.ofNotice(notice.id) });
    return { notices: rows };
  });
}

/** One notice, for recording a call-in against it; refused to a clerk who does not serve its body. */
export async function noticeForCallIn(store: Store, actor: Account, noticeId: string): Promise<DecisionNotice> {
  assertClerk(actor);
  return store.transaction((repos) => assertMayClerkNotice(repos, actor, noticeId));
}

/** One call-in with its notice, for its outcome form. */
export async function callInToDecide(
  store: Store,
  actor: Account,
  callInId: string,
): Promise<{ callIn: CallInRequest; notice: DecisionNotice }> {
  assertClerk(actor);
  return store.transaction(async (repos) => {
    const callIn = await repos.callIns.find(callInId);
    if (!callIn) throw new AppError('NOT_FOUND', 'There is no such call-in');
    return { callIn, notice: await assertMayClerkNotice(repos, actor, callIn.decisionNoticeId) };
  });
}
