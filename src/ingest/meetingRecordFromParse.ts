import type { AttendanceCapacity } from '../domain/attendance.js';
import type {
  AgendaItemInputRaw,
  MeetingRecord,
  MeetingRecordInput,
  ResolutionInputRaw,
  SpanInput,
} from '../domain/meetingRecord.js';
import { MeetingRecordSchema } from '../domain/meetingRecord.js';
import { ownMeetingRecord } from '../domain/ownMeetingRecord.js';
import type { ParsedItem, ParsedMeeting, ParsedName, ParsedResolution, Sourced, Span } from './parsedDocument.js';

export type RecordFromParse =
  { readonly ok: true; readonly record: MeetingRecord } | { readonly ok: false; readonly problem: string };

function span(s: Span | null | undefined, inferred = false): SpanInput | null {
  return s ? { start: s.start, end: s.end, ...(inferred ? { inferred: true } : {}) } : null;
}

function fieldSpans(m: ParsedMeeting): Record<string, SpanInput> {
  const fields: [string, Sourced<string> | null][] = [
    ['body', m.body],
    ['date', m.date],
    ['startTime', m.time],
    ['venue', m.venue],
    ['contactName', m.contact],
  ];
  const out: Record<string, SpanInput> = {};
  for (const [name, value] of fields) {
    const s = value ? span(value.span, value.inferred) : null;
    if (s) out[name] = s;
  }
  return out;
}

const OFFICER_TITLE =
  /\b(officer|director|head of|manager|clerk|solicitor|lawyer|advis[eo]r|assistant|co-?ordinator|lead|chief executive|democratic services|governance)\b/i;

function capacityOf(person: ParsedName): AttendanceCapacity | null {
  if (!person.title) return null;
  return OFFICER_TITLE.test(person.title) ? 'officer' : 'other';
}

function resolution(r: ParsedResolution, isFormal: boolean): ResolutionInputRaw {
  return { label: r.label, text: r.text, kind: r.kind, isFormal, span: span(r.span) };
}

function item(i: ParsedItem, minutes: boolean): AgendaItemInputRaw {
  return {
    agendaNumber: minutes ? null : i.number,
    minuteNumber: minutes ? i.number : null,
    title: i.title,
    description: i.description,
    minutesText: i.minutes,
    standardKind: i.standardKind === null ? null : i.standardKind,
    isExempt: i.exempt,
    exemptParagraph: i.exemptParagraph,
    pageStart: i.pages?.from ?? null,
    pageEnd: i.pages?.to ?? null,
    points: i.points.filter((p) => p.text.trim()).map((p) => ({ label: p.label, text: p.text, span: span(p.span) })),
    resolutions: [
      ...i.resolutions.map((r) => resolution(r, true)),
      ...i.decisions.map((r) => resolution(r, false)),
    ].filter((r) => r.text.trim() !== ''),
    span: span(i.span),
  };
}

/**
 * Turns what a reader understood of one meeting into the record the store keeps.
 * A meeting without a body or a date cannot be filed, so it is refused with the reason; the
 * document itself is still kept by the caller.
 */
export function meetingRecordFromParse(m: ParsedMeeting): RecordFromParse {
  if (!m.body?.value && !m.date?.value)
    return { ok: false, problem: 'the document names neither the body that met nor the date of the meeting' };
  if (!m.body?.value) return { ok: false, problem: 'the document does not name the body that met' };
  if (!m.date?.value) return { ok: false, problem: `the document gives no date for the meeting of ${m.body.value}` };
  const input = meetingRecordInputFromParse(m, m.body.value, m.date.value);
  // Built here, so trimmed and filled in without the schema; it still judges a record that is not as expected.
  const own = ownMeetingRecord(input);
  if (own) return { ok: true, record: own };
  const parsed = MeetingRecordSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: `the meeting record is not valid at ${issue?.path.join('.') || 'its root'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { ok: true, record: parsed.data };
}

/** The record of a meeting (its body and date as read) before the schema's trimming and defaults. */
export function meetingRecordInputFromParse(m: ParsedMeeting, body: string, date: string): MeetingRecordInput {
  const minutes = m.kind === 'minutes';
  return {
    body: { name: body },
    date,
    ...(minutes
      ? { startedAt: m.time?.value ?? null, startTime: m.time?.value ?? null }
      : { startTime: m.time?.value ?? null }),
    venue: m.venue?.value ?? null,
    isRemote: /\b(remote|virtual|online|via (zoom|teams|microsoft teams))\b/i.test(m.venue?.value ?? ''),
    contactName: m.contact?.value ?? null,
    items: m.items.filter((i) => i.title.trim()).map((i) => item(i, minutes)),
    attendance: [
      ...m.present.map((p) => ({
        name: p.name,
        kind: p.substituteFor ? ('substitute' as const) : ('present' as const),
        substituteFor: p.substituteFor ?? null,
        roleText: roleText(p),
        span: span(p.span),
      })),
      ...m.apologies.map((p) => ({ name: p.name, kind: 'apologies' as const, reason: p.reason, span: span(p.span) })),
      ...m.absent.map((p) => ({ name: p.name, kind: 'absent' as const, span: span(p.span) })),
      ...m.inAttendance.map((p) => ({
        name: p.name,
        kind: 'in_attendance' as const,
        capacity: capacityOf(p),
        roleText: p.title ?? null,
        span: span(p.span),
      })),
    ].filter((a) => a.name.trim()),
    declarations: m.declarations
      .filter((d) => d.name.trim() && d.text.trim())
      .map((d) => ({ name: d.name, item: d.item, kind: d.kind, text: d.text, span: span(d.span) })),
    memberships: (m.memberships ?? []).map((s) => ({
      name: s.name,
      role: s.role,
      replaces: s.replaces,
      statement: s.statement,
      span: span(s.span),
    })),
    resolutions: (m.resolutions ?? []).map((r) => resolution(r, true)).filter((r) => r.text.trim() !== ''),
    fieldSpans: fieldSpans(m),
  };
}

function roleText(p: ParsedName): string | null {
  if (p.role === 'chair') return 'Chair';
  if (p.role === 'vice_chair') return 'Vice Chair';
  return p.title ?? null;
}
