import { z } from 'zod';
import { ATTENDANCE_CAPACITIES } from '../../domain/attendance.js';
import { CLOCK_TIME, type ItemMoment } from '../../domain/register/registerLine.js';

/** How a member attended, as the clerk ticks it; '' is "not recorded yet". */
export const MEMBER_STATUSES = ['present', 'remote', 'apologies', 'absent', ''] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Why others attended; '' where the record does not say ("member": a councillor not on the body). */
export const OTHER_CAPACITIES = ['', ...ATTENDANCE_CAPACITIES] as const;

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${what} must be ${max} characters or fewer` });

/** "before:<item id>", "during:<item id>", "after:<item id>" or empty; checked against the agenda later. */
const momentField = z.string().max(120);
const timeField = z
  .string()
  .trim()
  .refine((v) => v === '' || CLOCK_TIME.test(v), { message: 'enter the time as hours and minutes, like 18:45' });

const movements = {
  arrival: momentField,
  arrivalTime: timeField,
  departure: momentField,
  departureTime: timeField,
};

export const memberEntrySchema = z.object({
  personId: z.string().min(1).max(100),
  status: z.enum(MEMBER_STATUSES, { message: 'choose how the member attended' }),
  reason: text(500, 'the reason'),
  ...movements,
});

export const substituteEntrySchema = z.object({
  name: text(200, 'the name'),
  substituteForId: z.string().max(100),
  remote: z.boolean(),
  ...movements,
});

export const otherEntrySchema = z.object({
  name: text(200, 'the name'),
  roleText: text(200, 'the role'),
  capacity: z.enum(OTHER_CAPACITIES, { message: 'choose why they attended' }),
});

export const registerInputSchema = z.object({
  version: z.coerce.number().int().min(0),
  /** The stored register's digest when the form was loaded (`fingerprintOf`). */
  fingerprint: z.string().max(64),
  members: z.array(memberEntrySchema).max(500),
  substitutes: z.array(substituteEntrySchema).max(100),
  others: z.array(otherEntrySchema).max(200),
});

export type RegisterInput = z.input<typeof registerInputSchema>;
export type ParsedRegister = z.output<typeof registerInputSchema>;
export type MemberEntry = z.output<typeof memberEntrySchema>;
export type SubstituteEntry = z.output<typeof substituteEntrySchema>;

/** One problem with what was typed, on the field it concerns: `members.2.reason`. */
export interface RegisterProblem {
  readonly field: string;
  readonly message: string;
}

/** What the register is checked against: the agenda's items and the body's members and rules. */
export interface RegisterContext {
  readonly itemIds: readonly string[];
  /** Members on the day, by person id, with their names for messages. */
  readonly members: ReadonlyMap<string, string>;
  readonly allowsSubstitutes: boolean;
}

/** A moment read from its select and time box; null when neither says anything. */
export function momentFrom(value: string, time: string): ItemMoment | null {
  const [point, itemId] = value.includes(':')
    ? [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)]
    : ['', ''];
  if (!itemId && !time) return null;
  return { itemId: itemId || null, during: point === 'during', time: time || null };
}

/** Ordered points in the meeting: before item i is 2i, during it 2i + 1, after it 2i + 2. */
function pointOf(value: string, itemIds: readonly string[]): number | null {
  const m = /^(before|during|after):(.+)$/.exec(value);
  if (!m) return null;
  const i = itemIds.indexOf(m[2]!);
  if (i < 0) return null;
  return 2 * i + (m[1] === 'before' ? 0 : m[1] === 'during' ? 1 : 2);
}

/** Problems with one person's arrival and departure, under `prefix`. */
function movementProblems(
  entry: z.output<z.ZodObject<typeof movements>>,
  prefix: string,
  context: RegisterContext,
): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const arrival = entry.arrival === '' ? null : pointOf(entry.arrival, context.itemIds);
  const departure = entry.departure === '' ? null : pointOf(entry.departure, context.itemIds);
  if (entry.arrival !== '' && (arrival === null || !/^(before|during):/.test(entry.arrival)))
    problems.push({ field: `${prefix}.arrival`, message: 'Choose an item of this meeting for the arrival' });
  if (entry.departure !== '' && (departure === null || !/^(during|after):/.test(entry.departure)))
    problems.push({ field: `${prefix}.departure`, message: 'Choose an item of this meeting for the departure' });
  else if (arrival !== null && departure !== null && departure < arrival)
    problems.push({ field: `${prefix}.departure`, message: 'The departure must come after the arrival' });
  else if (entry.arrivalTime && entry.departureTime && entry.departureTime < entry.arrivalTime)
    problems.push({
      field: `${prefix}.departureTime`,
      message: 'The time of leaving must be after the time of arrival',
    });
  return problems;
}

/**
 * Problems of what the clerk typed that span fields or need the meeting: a reason or movements for
 * a member not there, an item not on this agenda, a departure before the arrival, a substitute for
 * someone who is not an absent member, or where the body allows none, one person listed twice.
 */
export function registerProblems(input: ParsedRegister, context: RegisterContext): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const statusOf = new Map(input.members.map((m) => [m.personId, m.status]));
  input.members.forEach((m, i) => {
    const at = `members.${i}`;
    if (!context.members.has(m.personId))
      problems.push({ field: `${at}.status`, message: 'This person is not a member of the body on the day' });
    if (m.reason && m.status !== 'apologies')
      problems.push({ field: `${at}.reason`, message: 'Give a reason only for a member who sent apologies' });
    const there = m.status === 'present' || m.status === 'remote';
    if (!there && (m.arrival || m.arrivalTime || m.departure || m.departureTime))
      problems.push({
        field: `${at}.arrival`,
        message: 'Record an arrival or departure only for a member who attended',
      });
    else problems.push(...movementProblems(m, at, context));
  });
  const substituted = new Set<string>();
  input.substitutes.forEach((s, i) => {
    const at = `substitutes.${i}`;
    if (!s.name) {
      if (s.substituteForId || s.arrival || s.arrivalTime || s.departure || s.departureTime)
        problems.push({ field: `${at}.name`, message: 'Enter the name of the substitute' });
      return;
    }
    if (!context.allowsSubstitutes)
      problems.push({ field: `${at}.name`, message: 'This body does not allow substitutes' });
    else if (!s.substituteForId || !context.members.has(s.substituteForId))
      problems.push({ field: `${at}.substituteForId`, message: 'Choose the member whose place the substitute took' });
    else if (['present', 'remote'].includes(statusOf.get(s.substituteForId) ?? ''))
      problems.push({
        field: `${at}.substituteForId`,
        message: `${context.members.get(s.substituteForId)} is recorded as attending: a substitute takes the place of a member who is not there`,
      });
    else if (substituted.has(s.substituteForId))
      problems.push({
        field: `${at}.substituteForId`,
        message: `${context.members.get(s.substituteForId)} already has a substitute`,
      });
    substituted.add(s.substituteForId);
    problems.push(...movementProblems(s, at, context));
  });
  input.others.forEach((o, i) => {
    if (!o.name && o.roleText)
      problems.push({ field: `others.${i}.name`, message: 'Enter the name of the person attending' });
  });
  return problems;
}
