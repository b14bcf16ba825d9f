import { ATTENDANCE_CAPACITIES, ATTENDANCE_KINDS } from './attendance.js';
import { STANDARD_ITEM_KINDS } from './agendaItem.js';
import { BODY_KINDS } from './body.js';
import { DECLARATION_KINDS } from './declaration.js';
import { ISO_DATE, ISO_TIME } from './isoDateType.js';
import { MEETING_STATUSES } from './meeting.js';
import type {
  AgendaItemInput,
  AttendanceInput,
  DeclarationInput,
  MeetingRecord,
  MeetingRecordInput,
  MembershipStatementInput,
  ResolutionInput,
  SpanInput,
} from './meetingRecord.js';
import { MEMBERSHIP_ROLES } from './membership.js';
import { RESOLUTION_KINDS } from './minutes.js';

/**
 * `MeetingRecordSchema`'s work (trimming, defaults) on a record Quorum built itself (`meetingRecordFromParse`, a
 * meeting listed as scheduled), without a full schema parse: the import does this for every meeting it reads, and
 * zod's walk of the whole record was a few per cent of the parse worker's time. The result equals the schema's
 * output, key order included (a test compares the two on generated documents). Null where the schema would refuse
 * the record or a value is of a kind this was not written for: the caller then asks the schema, for its message.
 */
export function ownMeetingRecord(input: MeetingRecordInput): MeetingRecord | null {
  try {
    return recordOf(input);
  } catch (error) {
    if (error === REFUSED) return null;
    throw error;
  }
}

/** Thrown inside to leave the walk at the first value the schema must judge. */
const REFUSED = Symbol('refused');

function refuse(): never {
  throw REFUSED;
}

function recordOf(input: MeetingRecordInput): MeetingRecord {
  const body: MeetingRecord['body'] = { name: text(input.body?.name) };
  if ('kind' in input.body) body.kind = member(BODY_KINDS, input.body.kind);
  const record: MeetingRecord = {
    body,
    date: matching(ISO_DATE, input.date),
    startTime: optionalMatching(ISO_TIME, input.startTime),
    startedAt: optionalMatching(ISO_TIME, input.startedAt),
    endedAt: optionalMatching(ISO_TIME, input.endedAt),
    venue: optionalText(input.venue),
    isRemote: flag(input.isRemote, false),
    streamUrl: optionalText(input.streamUrl),
    ...('status' in input ? { status: member(MEETING_STATUSES, input.status) } : {}),
    contactName: optionalText(input.contactName),
    items: list(input.items, item),
    attendance: list(input.attendance, attendance),
    declarations: list(input.declarations, declaration),
    memberships: list(input.memberships, membership),
    resolutions: list(input.resolutions, resolution),
    fieldSpans: fieldSpans(input.fieldSpans),
  };
  for (const i of record.items) if (i.pageStart !== null && i.pageEnd !== null && i.pageStart > i.pageEnd) refuse();
  return record;
}

type In<T> = { readonly [K in keyof T]?: unknown };

function item(i: In<AgendaItemInput>): AgendaItemInput {
  return {
    agendaNumber: optionalText(i.agendaNumber),
    minuteNumber: optionalText(i.minuteNumber),
    title: text(i.title),
    description: optionalText(i.description),
    minutesText: optionalText(i.minutesText),
    standardKind: i.standardKind == null ? null : member(STANDARD_ITEM_KINDS, i.standardKind),
    isExempt: flag(i.isExempt, false),
    exemptParagraph: optionalWhole(i.exemptParagraph, 1, 7),
    pageStart: optionalWhole(i.pageStart, 1, Infinity),
    pageEnd: optionalWhole(i.pageEnd, 1, Infinity),
    points: list(i.points, (p: In<AgendaItemInput['points'][number]>) => ({
      label: optionalText(p.label),
      text: text(p.text),
      span: span(p.span),
    })),
    resolutions: list(i.resolutions, resolution),
    span: span(i.span),
  };
}

function resolution(r: In<ResolutionInput>): ResolutionInput {
  return {
    label: optionalText(r.label),
    text: text(r.text),
    kind: r.kind === undefined ? 'other' : member(RESOLUTION_KINDS, r.kind),
    isFormal: flag(r.isFormal, true),
    span: span(r.span),
  };
}

function attendance(a: In<AttendanceInput>): AttendanceInput {
  return {
    name: text(a.name),
    kind: member(ATTENDANCE_KINDS, a.kind),
    reason: optionalText(a.reason),
    substituteFor: optionalText(a.substituteFor),
    capacity: a.capacity == null ? null : member(ATTENDANCE_CAPACITIES, a.capacity),
    roleText: optionalText(a.roleText),
    span: span(a.span),
  };
}

function declaration(d: In<DeclarationInput>): DeclarationInput {
  return {
    name: text(d.name),
    item: optionalText(d.item),
    kind: d.kind === undefined ? 'unspecified' : member(DECLARATION_KINDS, d.kind),
    text: text(d.text),
    span: span(d.span),
  };
}

function membership(m: In<MembershipStatementInput>): MembershipStatementInput {
  return {
    name: text(m.name),
    role: m.role === undefined ? 'member' : member(MEMBERSHIP_ROLES, m.role),
    replaces: optionalText(m.replaces),
    statement: text(m.statement),
    span: span(m.span),
  };
}

function fieldSpans(spans: unknown): Record<string, SpanInput> {
  if (spans === undefined) return {};
  if (!isPlainObject(spans)) refuse();
  const out: Record<string, SpanInput> = {};
  for (const [field, s] of Object.entries(spans)) out[field] = span(s) ?? refuse();
  return out;
}

function span(s: unknown): SpanInput | null {
  if (s == null) return null;
  if (!isPlainObject(s)) refuse();
  const { start, end, inferred } = s as { start?: unknown; end?: unknown; inferred?: unknown };
  const out: SpanInput = { start: whole(start, 0, Infinity), end: whole(end, 0, Infinity) };
  if ('inferred' in s) {
    if (typeof inferred !== 'boolean') refuse();
    out.inferred = inferred;
  }
  return out;
}

function list<I, O>(values: unknown, each: (value: I) => O): O[] {
  if (values === undefined) return [];
  if (!Array.isArray(values)) refuse();
  const out: O[] = [];
  for (const value of values) {
    if (!isPlainObject(value)) refuse();
    out.push(each(value as I));
  }
  return out;
}

function text(value: unknown): string {
  if (typeof value !== 'string') refuse();
  const trimmed = value.trim();
  return trimmed === '' ? refuse() : trimmed;
}

function optionalText(value: unknown): string | null {
  return value == null ? null : text(value);
}

function matching(pattern: RegExp, value: unknown): string {
  return typeof value === 'string' && pattern.test(value) ? value : refuse();
}

function optionalMatching(pattern: RegExp, value: unknown): string | null {
  return value == null ? null : matching(pattern, value);
}

function flag(value: unknown, otherwise: boolean): boolean {
  if (value === undefined) return otherwise;
  return typeof value === 'boolean' ? value : refuse();
}

function whole(value: unknown, min: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : refuse();
}

function optionalWhole(value: unknown, min: number, max: number): number | null {
  return value == null ? null : whole(value, min, max);
}

function member<T extends string>(values: readonly T[], value: unknown): T {
  return values.includes(value as T) ? (value as T) : refuse();
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
