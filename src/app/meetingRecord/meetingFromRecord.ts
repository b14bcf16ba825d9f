import type { MeetingRecord } from '../../domain/meetingRecord.js';
import { revisionAfter } from '../../domain/schedule/meetingRevision.js';
import { statusAfterImport, statusFromRecord, type Meeting } from '../../domain/meeting.js';

export interface MeetingContext {
  readonly id: string;
  readonly bodyId: string;
  readonly municipalYear: string;
  readonly now: string;
}

/**
 * The meeting as it stands after a record about it: what the record states wins, what it does not
 * state keeps what earlier documents or the clerk recorded, and the status only moves forward.
 */
export function meetingFromRecord(record: MeetingRecord, existing: Meeting | undefined, at: MeetingContext): Meeting {
  const hasMinutes =
    record.items.some((i) => i.minutesText || i.resolutions.length > 0 || i.points.length > 0) ||
    record.resolutions.length > 0 ||
    record.attendance.length > 0;
  const incoming = record.status ?? statusFromRecord(hasMinutes, record.items.length > 0);
  const meeting = {
    id: at.id,
    bodyId: at.bodyId,
    date: record.date,
    startTime: record.startTime ?? existing?.startTime ?? null,
    startedAt: record.startedAt ?? existing?.startedAt ?? null,
    endedAt: record.endedAt ?? existing?.endedAt ?? null,
    venue: record.venue ?? existing?.venue ?? null,
    isRemote: record.isRemote || (existing?.isRemote ?? false),
    streamUrl: record.streamUrl ?? existing?.streamUrl ?? null,
    status: statusAfterImport(existing?.status, incoming),
    contactName: record.contactName ?? existing?.contactName ?? null,
    contactEmail: existing?.contactEmail ?? null,
    contactPhone: existing?.contactPhone ?? null,
    municipalYear: at.municipalYear,
    createdAt: existing?.createdAt ?? at.now,
    updatedAt: at.now,
  };
  return { ...meeting, revision: revisionAfter(existing, meeting) };
}
