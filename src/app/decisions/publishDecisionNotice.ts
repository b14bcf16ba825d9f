import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { isIsoDate } from '../../domain/calendar/isoDate.js';
import {
  CALL_IN_STATUSES,
  DECISION_MAKER_KINDS,
  noticeDates,
  type DecisionNotice,
} from '../../domain/decisions/decisionNotice.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { workingCalendar } from '../calendar/workingCalendar.js';
import { assertMayClerk, assertMayClerkEverything } from '../authorise.js';

const text = (field: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: `enter the ${field}` })
    .max(max, { message: `the ${field} must be ${max} characters or fewer` });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || null);
const isoDate = (field: string) =>
  z
    .string()
    .refine(isIsoDate, { message: `enter the ${field} as a real date` })
    .transform((v) => v as IsoDate);

/** A decision notice as a clerk enters it; the call-in dates are computed, never typed. */
export const decisionNoticeInputSchema = z
  .object({
    title: text('title', 200),
    decision: text('decision', 10_000),
    makerKind: z.enum(DECISION_MAKER_KINDS, { message: 'choose who took the decision' }),
    decisionMaker: text('decision maker', 200),
    bodySlug: optionalText(100),
    /** The agenda item it was taken on, chosen from its meeting's items; the body then follows the item. */
    itemId: z
      .string()
      .trim()
      .max(100)
      .optional()
      .transform((v) => v || null),
    isKey: z.boolean(),
    reasons: text('reasons for the decision', 10_000),
    alternatives: optionalText(10_000),
    callIn: z.enum(CALL_IN_STATUSES, { message: 'choose whether the decision may be called in' }),
    urgencyReason: optionalText(2_000),
    decidedOn: isoDate('date of the decision'),
    publishedOn: isoDate('date of publication'),
  })
  .refine((n) => n.publishedOn >= n.decidedOn, {
    message: 'a decision cannot be published before it was taken',
    path: ['publishedOn'],
  })
  .refine((n) => n.callIn !== 'urgent' || n.urgencyReason !== null, {
    message: 'enter why the decision could not wait for call-in',
    path: ['urgencyReason'],
  });

/** What an adapter passes: every field but the item present, each checked here (a form's select may hold anything). */
export type DecisionNoticeInput = Record<
  Exclude<keyof z.input<typeof decisionNoticeInputSchema>, 'itemId'>,
  unknown
> & {
  readonly itemId?: unknown;
};

/** Field problems, by field, for the form to show beside each. */
export class DecisionNoticeInvalid extends AppError {
  constructor(readonly fields: readonly { field: string; message: string }[]) {
    super('INPUT_INVALID', fields.map((f) => f.message).join('; '));
  }
}

/**
 * Records and publishes a decision notice, its call-in deadline and the date it may be carried
 * out computed from the publication date (five clear working days, England and Wales bank
 * holidays). A notice for a body needs a clerk of that body; one without needs a clerk for every body.
 */
export async function publishDecisionNotice(
  store: Store,
  actor: Account,
  input: DecisionNoticeInput,
  now = new Date().toISOString(),
): Promise<DecisionNotice> {
  const parsed = decisionNoticeInputSchema.safeParse(input);
  if (!parsed.success)
    throw new DecisionNoticeInvalid(
      parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'title'), message: i.message })),
    );
  const n = parsed.data;
  return store.transaction(async (repos) => {
    const bodyId = await bodyOfNotice(repos, n.bodySlug, n.itemId);
    if (bodyId) assertMayClerk(actor, bodyId);
    else assertMayClerkEverything(actor);
    const notice: DecisionNotice = {
      id: randomId(),
      title: n.title,
      decision: n.decision,
      makerKind: n.makerKind,
      decisionMaker: n.decisionMaker,
      bodyId,
      itemId: n.itemId,
      isKey: n.isKey,
      reasons: n.reasons,
      alternatives: n.alternatives,
      callIn: n.callIn,
      urgencyReason: n.callIn === 'urgent' ? n.urgencyReason : null,
      decidedOn: n.decidedOn,
      publishedOn: n.publishedOn,
      ...noticeDates(n.publishedOn, n.callIn, await workingCalendar(repos)),
      createdAt: now,
      updatedAt: now,
    };
    await repos.decisionNotices.add(notice);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'decision.publish',
      subjectKind: 'decision',
      subjectId: notice.id,
      before: undefined,
      after: notice,
    });
    return notice;
  });
}

/**
 * The body a notice belongs to: the one chosen, or the meeting's of the item it was taken on. An
 * item of another body's meeting is refused rather than filed under the wrong committee.
 */
async function bodyOfNotice(
  repos: Repositories,
  bodySlug: string | null,
  itemId: string | null,
): Promise<string | null> {
  const body = bodySlug ? await repos.bodies.findBySlug(bodySlug) : null;
  if (bodySlug && !body)
    throw new DecisionNoticeInvalid([{ field: 'bodySlug', message: 'choose a body from the list' }]);
  if (!itemId) return body?.id ?? null;
  const item = await repos.items.find(itemId);
  const meeting = item ? await repos.meetings.find(item.meetingId) : undefined;
  if (!meeting) throw new DecisionNoticeInvalid([{ field: 'itemId', message: 'choose an item from the list' }]);
  if (body && body.id !== meeting.bodyId)
    throw new DecisionNoticeInvalid([{ field: 'itemId', message: 'choose an item of a meeting of the body chosen' }]);
  return meeting.bodyId;
}

/** The latest notices, for a clerk's list. */
export async function latestDecisionNotices(store: Store, actor: Account, limit = 50): Promise<DecisionNotice[]> {
  if (!actor.active || !['admin', 'clerk'].includes(actor.role))
    throw new AppError('FORBIDDEN', 'only clerks and administrators may list decision notices here');
  return store.transaction((repos) => repos.decisionNotices.latest(limit));
}
