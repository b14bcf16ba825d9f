import { z } from 'zod';
import { nameKey } from '../../domain/names/nameKey.js';
import { AppError } from '../../domain/errors.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import { WORK_PROGRAMME_SOURCES, WORK_PROGRAMME_STATUSES } from '../../domain/workProgramme.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { WorkProgrammeChange } from '../../store/repositories/workProgrammeRepository.js';

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${what} must be ${max} characters or fewer` })
    .transform((v) => (v === '' ? null : v));

const flag = z.union([z.boolean(), z.string()]).transform((v) => v === true || v === 'yes' || v === 'on');

/** What a clerk types for an entry; `meetingId` empty means "not scheduled yet". */
export const EntryFieldsSchema = z.object({
  topic: z
    .string()
    .trim()
    .min(1, { message: 'enter the topic' })
    .max(300, { message: 'the topic must be 300 characters or fewer' }),
  objectives: optionalText(2000, 'the objectives'),
  source: z.enum(WORK_PROGRAMME_SOURCES, { message: 'choose where the topic came from' }),
  meetingId: z
    .string()
    .trim()
    .max(100)
    .transform((v) => (v === '' ? null : v)),
  status: z.enum(WORK_PROGRAMME_STATUSES, { message: 'choose a status' }),
  executiveMember: optionalText(200, 'the executive member'),
  leadOfficer: optionalText(200, 'the lead officer'),
  notes: optionalText(2000, 'the notes'),
  substantive: flag,
  exempt: flag,
});

export type EntryFieldsInput = Record<keyof z.input<typeof EntryFieldsSchema>, unknown>;
export type EntryFields = z.output<typeof EntryFieldsSchema>;

export function invalid(error: z.ZodError): AppError {
  return new AppError('INPUT_INVALID', error.issues.map((i) => i.message).join('; '));
}

/** The person a typed name stands for, when the record knows exactly one spelling of it; merges followed. */
export async function personIdOf(repos: Repositories, name: string | null): Promise<string | null> {
  if (!name) return null;
  const key = nameKey(name);
  if (!key) return null;
  const person = await repos.people.findByNameKey(key);
  return person ? (person.mergedIntoId ?? person.id) : null;
}

/**
 * The stored change for typed fields: the meeting checked to be the body's (its date becomes the
 * planned date), people linked where known, and the status kept consistent with the meeting.
 */
export async function changeOf(repos: Repositories, bodyId: string, fields: EntryFields): Promise<WorkProgrammeChange> {
  let plannedOn: IsoDate | null = null;
  if (fields.meetingId) {
    const meeting = await repos.meetings.find(fields.meetingId);
    if (!meeting || meeting.bodyId !== bodyId)
      throw new AppError('INPUT_INVALID', 'choose a meeting of this committee');
    plannedOn = meeting.date;
  }
  let status = fields.status;
  if (fields.meetingId && status === 'unscheduled') status = 'scheduled';
  if (!fields.meetingId && status === 'scheduled')
    throw new AppError('INPUT_INVALID', 'choose the meeting a scheduled topic is planned for');
  return {
    topic: fields.topic,
    objectives: fields.objectives,
    source: fields.source,
    plannedOn,
    meetingId: fields.meetingId,
    status,
    notes: fields.notes,
    executiveMember: fields.executiveMember,
    executiveMemberId: await personIdOf(repos, fields.executiveMember),
    leadOfficer: fields.leadOfficer,
    leadOfficerId: await personIdOf(repos, fields.leadOfficer),
    substantive: fields.substantive,
    exempt: fields.exempt,
  };
}
