import { slugify, stableId } from '../../domain/ids.js';
import type { MeetingRecord } from '../../domain/meetingRecord.js';
import type { Repositories } from '../../store/repositories/repositories.js';

/** Whether a record read from a document says what happened at its items: minutes, not an agenda. */
function carriesMinutes(record: MeetingRecord): boolean {
  return (
    record.resolutions.length > 0 ||
    record.items.some((i) => Boolean(i.minutesText?.trim()) || i.points.length > 0 || i.resolutions.length > 0)
  );
}

/**
 * Why a document's minutes must not be filed over a meeting's, or null when they may. Minutes
 * written in the workspace win over a document of the same meeting, draft or confirmed: filing it
 * would replace each item's text and add its points and resolutions beside the written ones. The
 * import keeps the document for review instead (`quorum documents review`), saying so in one line
 * that names the meeting. Minutes that came from documents only (no item saved in the workspace)
 * are replaced by a newer document as before, and an agenda (no minutes in it) is filed as ever.
 */
export async function writtenMinutesInTheWay(repos: Repositories, record: MeetingRecord): Promise<string | null> {
  if (!carriesMinutes(record)) return null;
  const body = await repos.bodies.findBySlug(slugify(record.body.name));
  if (!body) return null;
  const meetingId = stableId('meeting', body.slug, record.date);
  const state = await repos.minutes.written(meetingId);
  if (!state || !(state.itemsWritten || state.status === 'draft')) return null;
  const stage = state.status === 'draft' ? 'draft minutes' : 'minutes, confirmed,';
  return `the ${body.name} meeting of ${record.date} has ${stage} written in the workspace (/workspace/meetings/${meetingId}/minutes): they were kept and this document was not filed over them`;
}
