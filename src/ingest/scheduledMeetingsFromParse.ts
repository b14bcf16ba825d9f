import type { MeetingRecord, SpanInput } from '../domain/meetingRecord.js';
import { MeetingRecordSchema } from '../domain/meetingRecord.js';
import { ownMeetingRecord } from '../domain/ownMeetingRecord.js';
import type { ParsedMeeting, Sourced } from './parsedDocument.js';

function inferredSpan(value: Sourced<string>): SpanInput | null {
  // The date is written, but that a meeting is held on it is implied by a list, not recorded: inferred.
  return value.span ? { start: value.span.start, end: value.span.end, inferred: true } : null;
}

/**
 * The later meetings a meeting's papers list ("Future meeting dates"), as records of the same body
 * with status `scheduled` and nothing else known; their date and time are marked inferred. None
 * for a meeting that cannot itself be filed (no body): the list belongs to that body.
 */
export function scheduledMeetingsFromParse(meeting: ParsedMeeting): MeetingRecord[] {
  const body = meeting.body?.value;
  if (!body) return [];
  return (meeting.futureMeetings ?? []).flatMap((future) => {
    const fieldSpans: Record<string, SpanInput> = {};
    const date = inferredSpan(future.date);
    if (date) fieldSpans.date = date;
    const time = future.time ? inferredSpan(future.time) : null;
    if (time) fieldSpans.startTime = time;
    const input = {
      body: { name: body },
      date: future.date.value,
      startTime: future.time?.value ?? null,
      status: 'scheduled' as const,
      fieldSpans,
    };
    const own = ownMeetingRecord(input);
    if (own) return [own];
    const parsed = MeetingRecordSchema.safeParse(input);
    return parsed.success ? [parsed.data] : [];
  });
}
