import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { municipalYearOf } from '../../domain/calendar/municipalYear.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { WorkProgrammeEntry } from '../../domain/workProgramme.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { invalid, personIdOf } from './entryFields.js';

export const PullForwardPlanEntrySchema = z.object({
  bodyId: z.string().min(1).max(100),
  /** The forward plan entry's id: the entry refers to it, and a second pull of it adds nothing. */
  forwardPlanEntryId: z.string().trim().min(1).max(100),
  topic: z.string().trim().min(1, { message: 'enter the topic' }).max(300),
  objectives: z.string().trim().max(2000).nullish(),
  /** The meeting to plan it for (a meeting of the body); absent: held unscheduled while being scoped. */
  meetingId: z.string().trim().max(100).nullish(),
  executiveMember: z.string().trim().max(200).nullish(),
  leadOfficer: z.string().trim().max(200).nullish(),
  /** The key decision's date, to choose the municipal year when no meeting is given. */
  decisionDue: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullish(),
});

export type PullForwardPlanEntryInput = z.input<typeof PullForwardPlanEntrySchema>;

/**
 * A committee pulls an entry of the forward plan into its work programme (issue 18 item 5): a new
 * entry with source `forward_plan` referring to the forward plan entry. Pulling the same entry into
 * the same body twice returns the entry made the first time. Audited.
 */
export async function pullForwardPlanEntry(
  store: Store,
  actor: Account,
  input: PullForwardPlanEntryInput,
  now = new Date().toISOString(),
): Promise<{ entry: WorkProgrammeEntry; created: boolean }> {
  const parsed = PullForwardPlanEntrySchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const p = parsed.data;
  assertMayClerk(actor, p.bodyId);
  return store.transaction(async (repos) => {
    if (!(await repos.bodies.find(p.bodyId))) throw new AppError('NOT_FOUND', 'there is no such body');
    const existing = await repos.workProgramme.findBySourceRef(p.bodyId, p.forwardPlanEntryId);
    if (existing) return { entry: existing, created: false };
    const meeting = p.meetingId ? await repos.meetings.find(p.meetingId) : undefined;
    if (p.meetingId && (!meeting || meeting.bodyId !== p.bodyId))
      throw new AppError('INPUT_INVALID', 'choose a meeting of this committee');
    const when = (meeting?.date ?? p.decisionDue ?? now.slice(0, 10)) as IsoDate;
    const entry: WorkProgrammeEntry = {
      id: randomId(),
      bodyId: p.bodyId,
      municipalYear: municipalYearOf(when, await repos.calendar.municipalYears()).label,
      topic: p.topic,
      objectives: p.objectives || null,
      plannedOn: meeting?.date ?? null,
      meetingId: meeting?.id ?? null,
      status: meeting ? 'scheduled' : 'unscheduled',
      notes: null,
      source: 'forward_plan',
      sourceRef: p.forwardPlanEntryId,
      executiveMember: p.executiveMember || null,
      executiveMemberId: await personIdOf(repos, p.executiveMember || null),
      leadOfficer: p.leadOfficer || null,
      leadOfficerId: await personIdOf(repos, p.leadOfficer || null),
      substantive: true,
      exempt: false,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await repos.workProgramme.add(entry);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'work_programme.pull_forward_plan',
      subjectKind: 'work_programme_entry',
      subjectId: entry.id,
      before: undefined,
      after: entry,
    });
    return { entry, created: true };
  });
}
