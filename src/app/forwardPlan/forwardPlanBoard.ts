import { mayClerk, type Account } from '../../domain/account.js';
import type { Body } from '../../domain/body.js';
import type { DecisionNotice } from '../../domain/decisions/decisionNotice.js';
import { AppError } from '../../domain/errors.js';
import type { ForwardPlanEntry } from '../../domain/forwardPlan/forwardPlanEntry.js';
import { noticeWarnings, type NoticeWarning } from '../../domain/forwardPlan/keyDecisionNotice.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { Store } from '../../store/store.js';
import { workingCalendar } from '../calendar/workingCalendar.js';

export interface ForwardPlanRow {
  readonly entry: ForwardPlanEntry;
  readonly warnings: readonly NoticeWarning[];
}

function assertMayRead(actor: Account): void {
  if (!actor.active || !['admin', 'clerk'].includes(actor.role))
    throw new AppError('FORBIDDEN', 'only clerks and administrators keep the forward plan');
}

/** Every entry with the warnings of its notice as of `today`, soonest decision first. */
export async function forwardPlanBoard(store: Store, actor: Account, today: IsoDate): Promise<ForwardPlanRow[]> {
  assertMayRead(actor);
  return store.transaction(async (repos) => {
    const calendar = await workingCalendar(repos);
    return (await repos.forwardPlan.all()).map((entry) => ({
      entry,
      warnings: noticeWarnings(entry, today, calendar),
    }));
  });
}

export interface ForwardPlanEntryView extends ForwardPlanRow {
  /** Published notices to link the entry to once it is decided, latest first. */
  readonly notices: readonly DecisionNotice[];
  /** The bodies the actor clerks, to pull the entry into one's work programme. */
  readonly bodies: readonly Body[];
}

/** One entry for its change form, with its warnings and what it may be linked to. */
export async function forwardPlanEntryView(
  store: Store,
  actor: Account,
  entryId: string,
  today: IsoDate,
): Promise<ForwardPlanEntryView> {
  assertMayRead(actor);
  return store.transaction(async (repos) => {
    const entry = await repos.forwardPlan.find(entryId);
    if (!entry) throw new AppError('NOT_FOUND', 'There is no such forward plan entry');
    const bodies = (await repos.bodies.list()).filter((b) => mayClerk(actor, b.id));
    return {
      entry,
      warnings: noticeWarnings(entry, today, await workingCalendar(repos)),
      notices: await repos.decisionNotices.latest(100),
      bodies,
    };
  });
}
