import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { ResolutionAction } from '../../domain/resolutionAction.js';
import { responseDue, type ResponseDue } from '../../domain/tracker/responseDue.js';
import {
  responseStateOf,
  type ResponseState,
  type TrackerEntry,
  type TrackerResponse,
} from '../../domain/tracker/trackerEntry.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { UnplacedRecommendation } from '../../store/repositories/unplacedDocumentRepository.js';
import type { Store } from '../../store/store.js';
import { workingCalendar } from '../calendar/workingCalendar.js';
import { clerkScope, entryForClerk, entryToAnswer } from './trackerAccess.js';

export type TrackerRow = TrackerEntry & { readonly state: ResponseState; readonly overdue: boolean };

/** Which rows a reader asks for: every filter optional. */
export interface TrackerQuery {
  readonly bodyId?: string;
  readonly year?: string;
  readonly meetingId?: string;
  /** `overdue`, `awaiting` (sent, unanswered), `responded`, `not_sent`; anything else means all. */
  readonly state?: string;
}

export interface TrackerBoard {
  readonly rows: readonly TrackerRow[];
  /** The committees and years the reader may filter by (of every row they may see). */
  readonly bodies: readonly { id: string; name: string }[];
  readonly years: readonly string[];
  /**
   * Recommendations the import found in documents it could not place at a meeting: not tracked
   * yet (no committee, no date to count from) until a clerk files the document. Listed on the
   * whole tracker only, since they belong to no committee or meeting yet.
   */
  readonly unfiled: readonly UnplacedRecommendation[];
}

function withState(entry: TrackerEntry, today: IsoDate): TrackerRow {
  const state = responseStateOf(entry, today);
  return { ...entry, state, overdue: state === 'overdue' };
}

function matches(row: TrackerRow, state: string | undefined): boolean {
  switch (state) {
    case 'overdue':
      return row.overdue;
    case 'awaiting':
      return row.state === 'awaiting' || row.state === 'overdue';
    case 'responded':
      return row.response !== null;
    case 'not_sent':
      return row.state === 'not_sent';
    default:
      return true;
  }
}

/** The year a row belongs to: its reference's, else its meeting's. */
function yearOf(entry: TrackerEntry): string | null {
  return entry.reference?.slice(0, 7) ?? entry.meeting.municipalYear;
}

/** The tracker of the bodies a clerk serves, filtered; overdue ones first. */
export async function trackerBoard(
  store: Store,
  actor: Account,
  query: TrackerQuery,
  today: IsoDate,
): Promise<TrackerBoard> {
  const scope = clerkScope(actor);
  return store.transaction(async (repos) => {
    const all = (await repos.tracker.list({ bodyIds: scope })).map((e) => withState(e, today));
    const bodies = [...new Map(all.map((r) => [r.body.id, r.body.name])).entries()]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const years = [...new Set(all.flatMap((r) => yearOf(r) ?? []))].sort().reverse();
    const rows = all.filter(
      (r) =>
        (!query.bodyId || r.body.id === query.bodyId) &&
        (!query.year || yearOf(r) === query.year) &&
        (!query.meetingId || r.meeting.id === query.meetingId) &&
        matches(r, query.state),
    );
    rows.sort((a, b) => Number(b.overdue) - Number(a.overdue));
    const whole = !query.bodyId && !query.meetingId && !query.year;
    const unfiled = whole ? await repos.unplaced.recommendations() : [];
    return { rows, bodies, years, unfiled };
  });
}

/** Everything the recommendation's page shows: the entry, its responses, promised actions, due date. */
export interface RecommendationView {
  readonly entry: TrackerRow;
  readonly responses: readonly TrackerResponse[];
  readonly actions: readonly ResolutionAction[];
  /** The due date the sent date gives, and whether it falls on a day off; null until sent. */
  readonly due: ResponseDue | null;
  /** Decision makers' accounts to address it to (only for a clerk). */
  readonly decisionMakers: readonly { id: string; email: string }[];
}

async function viewOf(
  store: Store,
  load: (repos: Repositories) => Promise<TrackerEntry>,
  today: IsoDate,
  withDecisionMakers: boolean,
): Promise<RecommendationView> {
  return store.transaction(async (repos) => {
    const entry = await load(repos);
    const calendar = await workingCalendar(repos);
    return {
      entry: withState(entry, today),
      responses: await repos.tracker.responses(entry.id),
      actions: entry.resolutionId ? await repos.actions.ofResolution(entry.resolutionId) : [],
      due: entry.sentOn ? responseDue(entry.sentOn, calendar) : null,
      decisionMakers: withDecisionMakers ? await repos.tracker.decisionMakers() : [],
    };
  });
}

/** One recommendation for its clerk's page; refused to anyone not clerking its committee. */
export async function recommendationForClerk(
  store: Store,
  actor: Account,
  id: string,
  today: IsoDate,
): Promise<RecommendationView> {
  return viewOf(store, (repos) => entryForClerk(repos, actor, id), today, true);
}

/** One recommendation for the decision maker it is addressed to (or a clerk of its body). */
export async function recommendationToAnswer(
  store: Store,
  actor: Account,
  id: string,
  today: IsoDate,
): Promise<RecommendationView> {
  return viewOf(store, (repos) => entryToAnswer(repos, actor, id), today, false);
}

/** The recommendations addressed to a decision maker, overdue ones first, then by due date. */
export async function responsesDue(store: Store, actor: Account, today: IsoDate): Promise<readonly TrackerRow[]> {
  if (!actor.active || actor.role !== 'decision_maker')
    throw new AppError('FORBIDDEN', 'only a decision maker has recommendations addressed to them');
  return store.transaction(async (repos) => {
    const rows = (await repos.tracker.list({ bodyIds: null, addresseeAccountId: actor.id })).map((e) =>
      withState(e, today),
    );
    return rows.sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        Number(a.response !== null) - Number(b.response !== null) ||
        (a.responseDueOn ?? '9999').localeCompare(b.responseDueOn ?? '9999'),
    );
  });
}
