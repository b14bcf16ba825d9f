import { z } from 'zod';
import { ATTENDANCE_CAPACITIES, ATTENDANCE_KINDS } from './attendance.js';
import { BODY_KINDS } from './body.js';
import { DECLARATION_KINDS } from './declaration.js';
import { ISO_DATE, ISO_TIME } from './isoDateType.js';
import { MEETING_STATUSES } from './meeting.js';
import { MEMBERSHIP_ROLES } from './membership.js';
import { RESOLUTION_KINDS } from './minutes.js';
import { STANDARD_ITEM_KINDS } from './agendaItem.js';

/**
 * One meeting as a whole, the shape in which records arrive (an imported document, a sample
 * file, an export to round-trip). People are named, not yet identified: the store resolves names
 * to people. `span` is where a value was read in the source document, for provenance.
 */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  inferred: z.boolean().optional(),
});

const text = z.string().trim().min(1);
const optionalText = z.string().trim().min(1).nullable().default(null);

export const MinutePointInputSchema = z.object({
  label: optionalText,
  text,
  span: SpanSchema.nullable().default(null),
});

export const ResolutionInputSchema = z.object({
  label: optionalText,
  text,
  kind: z.enum(RESOLUTION_KINDS).default('other'),
  isFormal: z.boolean().default(true),
  span: SpanSchema.nullable().default(null),
});

export const AgendaItemInputSchema = z.object({
  agendaNumber: optionalText,
  minuteNumber: optionalText,
  title: text,
  description: optionalText,
  minutesText: optionalText,
  standardKind: z.enum(STANDARD_ITEM_KINDS).nullable().default(null),
  isExempt: z.boolean().default(false),
  exemptParagraph: z.number().int().min(1).max(7).nullable().default(null),
  pageStart: z.number().int().positive().nullable().default(null),
  pageEnd: z.number().int().positive().nullable().default(null),
  points: z.array(MinutePointInputSchema).default([]),
  resolutions: z.array(ResolutionInputSchema).default([]),
  span: SpanSchema.nullable().default(null),
});

export const AttendanceInputSchema = z.object({
  name: text,
  kind: z.enum(ATTENDANCE_KINDS),
  reason: optionalText,
  substituteFor: optionalText,
  capacity: z.enum(ATTENDANCE_CAPACITIES).nullable().default(null),
  roleText: optionalText,
  span: SpanSchema.nullable().default(null),
});

export const DeclarationInputSchema = z.object({
  name: text,
  /** The item as the document names it: a number ("41", "CAB.12") or a title. */
  item: optionalText,
  kind: z.enum(DECLARATION_KINDS).default('unspecified'),
  text,
  span: SpanSchema.nullable().default(null),
});

/** A membership of the body the record states ("Councillor X has been appointed to the Committee"). */
export const MembershipStatementInputSchema = z.object({
  name: text,
  role: z.enum(MEMBERSHIP_ROLES).default('member'),
  replaces: optionalText,
  statement: text,
  span: SpanSchema.nullable().default(null),
});

export const MeetingRecordSchema = z
  .object({
    body: z.object({ name: text, kind: z.enum(BODY_KINDS).optional() }),
    date: z.string().regex(ISO_DATE, 'a date as YYYY-MM-DD'),
    startTime: z.string().regex(ISO_TIME, 'a time as HH:MM').nullable().default(null),
    startedAt: z.string().regex(ISO_TIME).nullable().default(null),
    endedAt: z.string().regex(ISO_TIME).nullable().default(null),
    venue: optionalText,
    isRemote: z.boolean().default(false),
    streamUrl: optionalText,
    status: z.enum(MEETING_STATUSES).optional(),
    contactName: optionalText,
    items: z.array(AgendaItemInputSchema).default([]),
    attendance: z.array(AttendanceInputSchema).default([]),
    declarations: z.array(DeclarationInputSchema).default([]),
    memberships: z.array(MembershipStatementInputSchema).default([]),
    /**
     * What the meeting resolved outside any item: prose minutes of one meeting that have no items
     * to hold their "RESOLVED that ...". Minutes with items keep their resolutions in them.
     */
    resolutions: z.array(ResolutionInputSchema).default([]),
    /** Spans of header fields, keyed by field name ("date", "venue"...). */
    fieldSpans: z.record(z.string(), SpanSchema).default({}),
  })
  .refine((m) => m.items.every((i) => i.pageStart === null || i.pageEnd === null || i.pageStart <= i.pageEnd), {
    message: 'an item ends on a page before it starts',
    path: ['items'],
  });

export type MeetingRecord = z.infer<typeof MeetingRecordSchema>;
export type MeetingRecordInput = z.input<typeof MeetingRecordSchema>;
export type AgendaItemInput = z.infer<typeof AgendaItemInputSchema>;
export type AttendanceInput = z.infer<typeof AttendanceInputSchema>;
export type DeclarationInput = z.infer<typeof DeclarationInputSchema>;
export type MembershipStatementInput = z.infer<typeof MembershipStatementInputSchema>;
export type SpanInput = z.infer<typeof SpanSchema>;
export type AgendaItemInputRaw = z.input<typeof AgendaItemInputSchema>;
export type ResolutionInputRaw = z.input<typeof ResolutionInputSchema>;
export type ResolutionInput = z.infer<typeof ResolutionInputSchema>;
