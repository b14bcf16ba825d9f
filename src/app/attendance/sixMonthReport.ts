import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { addMonths, isIsoDate } from '../../domain/calendar/isoDate.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import { sixMonthStatus, type SixMonthState, type SixMonthStatus } from '../../domain/sixMonthRule.js';
import type { MemberAttendanceSpan } from '../../store/repositories/absenceRepository.js';
import type { Store } from '../../store/store.js';
import { assertMayClerkEverything } from '../authorise.js';

export interface SixMonthRow extends MemberAttendanceSpan {
  /** Null when the record never has them attending: nothing to count from. */
  readonly status: SixMonthStatus | null;
}

/** Members expected at a meeting in the last year are the ones still on a body; older names are history. */
const LOOK_BACK_MONTHS = 12;
const URGENCY: Record<SixMonthState, number> = { lapsed: 0, warning: 1, excused: 2, attending: 3 };

function assertMayRead(actor: Account): void {
  if (!actor.active || !['admin', 'clerk'].includes(actor.role))
    throw new AppError('FORBIDDEN', 'only clerks and administrators may read attendance across bodies');
}

/**
 * Every current member's standing under the six-month rule across all bodies, the most urgent
 * first: lapsed, then warnings (the period ends within weeks), then excused, then attending.
 */
export async function sixMonthReport(store: Store, actor: Account, today: IsoDate): Promise<SixMonthRow[]> {
  assertMayRead(actor);
  return store.transaction(async (repos) => {
    const spans = await repos.absence.memberSpans(addMonths(today, -LOOK_BACK_MONTHS), today);
    const approvals = await repos.absence.approvalsOf(spans.map((s) => s.personId));
    const rows = spans.map((span) => ({
      ...span,
      status: span.lastAttendedOn
        ? sixMonthStatus(
            span.lastAttendedOn,
            approvals.filter((a) => a.personId === span.personId),
            today,
          )
        : null,
    }));
    const rank = (r: SixMonthRow): number => (r.status ? URGENCY[r.status.state] : 4);
    return rows.sort((a, b) => rank(a) - rank(b) || (a.status?.daysLeft ?? 0) - (b.status?.daysLeft ?? 0));
  });
}

const isoDate = z
  .string()
  .trim()
  .refine(isIsoDate, { message: 'enter a real date' })
  .transform((v) => v as IsoDate);

export const absenceApprovalSchema = z
  .object({
    approvedOn: isoDate,
    reason: z.string().trim().min(1, { message: 'enter the reason the council approved' }).max(500, {
      message: 'the reason must be 500 characters or fewer',
    }),
    until: isoDate.nullable(),
  })
  .refine((a) => a.until === null || a.until >= a.approvedOn, {
    message: 'the approval must end on or after the day it was given',
    path: ['until'],
  });

export type AbsenceApprovalInput = z.input<typeof absenceApprovalSchema>;

/** Records the council's approval of a member's reason for absence; audited. */
export async function approveAbsence(
  store: Store,
  actor: Account,
  personId: string,
  input: AbsenceApprovalInput,
  now = new Date().toISOString(),
): Promise<void> {
  assertMayClerkEverything(actor);
  const parsed = absenceApprovalSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INPUT_INVALID', parsed.error.issues.map((i) => i.message).join('; '));
  if (parsed.data.approvedOn > now.slice(0, 10))
    throw new AppError('INPUT_INVALID', 'an approval cannot be given on a day still to come');
  await store.transaction(async (repos) => {
    const [person] = await repos.people.byIds([personId]);
    if (!person || person.mergedIntoId) throw new AppError('NOT_FOUND', `no person with id ${personId}`);
    const approval = { id: randomId(), personId, ...parsed.data, recordedBy: actor.id, recordedAt: now };
    await repos.absence.addApproval(approval);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'absence.approve',
      subjectKind: 'person',
      subjectId: personId,
      before: undefined,
      after: { approvedOn: approval.approvedOn, reason: approval.reason, until: approval.until },
    });
  });
}

/** The member an approval form is about, by name; not found for an unknown or merged-away id. */
export async function absenceSubject(store: Store, actor: Account, personId: string): Promise<{ displayName: string }> {
  assertMayRead(actor);
  const [person] = await store.transaction((repos) => repos.people.byIds([personId]));
  if (!person || person.mergedIntoId) throw new AppError('NOT_FOUND', 'There is no such person');
  return { displayName: person.displayName };
}
