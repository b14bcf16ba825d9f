import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar/isoDate.js';
import { AppError } from '../../domain/errors.js';
import { SCHEDULE_12A_PARAGRAPHS } from '../../domain/exemptInformation.js';
import { FORWARD_PLAN_STATUSES, LATE_NOTICE_KINDS } from '../../domain/forwardPlan/forwardPlanEntry.js';
import type { IsoDate } from '../../domain/isoDateType.js';

const text = (field: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: `enter the ${field}` })
    .max(max, { message: `the ${field} must be ${max} characters or fewer` });
const optionalText = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `the ${field} must be ${max} characters or fewer` })
    .transform((v) => v || null);
const isoDate = (field: string) =>
  z
    .string()
    .refine(isIsoDate, { message: `enter the ${field} as a real date` })
    .transform((v) => v as IsoDate);
const optionalIsoDate = (field: string) =>
  z
    .string()
    .refine((v) => v === '' || isIsoDate(v), { message: `enter the ${field} as a real date` })
    .transform((v) => (v === '' ? null : (v as IsoDate)));

/**
 * A forward plan entry as a clerk enters it. Late notices are checked as warnings
 * (keyDecisionNotice.ts), not refused: the record says what happened. Only what cannot be true
 * at all is refused: a late-notice kind without a notice, a notice dated after the decision.
 */
export const forwardPlanEntryInputSchema = z
  .object({
    title: text('title', 200),
    summary: text('summary of the decision', 5_000),
    decisionMaker: text('decision maker', 200),
    expectedOn: isoDate('expected date of the decision'),
    isKey: z.boolean(),
    noticePublishedOn: optionalIsoDate('date the notice was published'),
    exemptParagraph: z
      .string()
      .refine((v) => v === '' || v in SCHEDULE_12A_PARAGRAPHS, { message: 'choose a paragraph of Schedule 12A' })
      .transform((v) => (v === '' ? null : Number(v))),
    documents: optionalText('list of documents', 2_000),
    lateNotice: z
      .enum(['', ...LATE_NOTICE_KINDS], { message: 'choose how a late notice was given' })
      .transform((v) => (v === '' ? null : v)),
    lateReasons: optionalText('reasons', 5_000),
    scrutinyChairOn: optionalIsoDate("date of the scrutiny chair's notice or agreement"),
    status: z.enum(FORWARD_PLAN_STATUSES, { message: 'choose a status' }),
  })
  .refine((e) => e.noticePublishedOn === null || e.noticePublishedOn <= e.expectedOn, {
    message: 'the notice cannot be published after the decision',
    path: ['noticePublishedOn'],
  })
  .refine((e) => e.lateNotice === null || e.noticePublishedOn !== null, {
    message: 'enter the date the notice was published, for a late notice',
    path: ['noticePublishedOn'],
  })
  .refine((e) => e.lateNotice === null || e.lateReasons !== null, {
    message: 'enter why the decision cannot wait 28 clear days',
    path: ['lateReasons'],
  });

export type ForwardPlanEntryFields = z.output<typeof forwardPlanEntryInputSchema>;

/** What an adapter passes: every field present, each checked here (a form's select may hold anything). */
export type ForwardPlanEntryInput = Record<keyof z.input<typeof forwardPlanEntryInputSchema>, unknown>;

/** Field problems, by field, for the form to show beside each. */
export class ForwardPlanEntryInvalid extends AppError {
  constructor(readonly fields: readonly { field: string; message: string }[]) {
    super('INPUT_INVALID', fields.map((f) => f.message).join('; '));
  }
}

/** The input checked, or every problem with it at once. */
export function parseForwardPlanEntry(input: ForwardPlanEntryInput): ForwardPlanEntryFields {
  const parsed = forwardPlanEntryInputSchema.safeParse(input);
  if (!parsed.success)
    throw new ForwardPlanEntryInvalid(
      parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'title'), message: i.message })),
    );
  return parsed.data;
}
