import { stableId } from '../../domain/ids.js';
import type { MeetingRecord } from '../../domain/meetingRecord.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { recordMeetingIn } from '../recordMeeting.js';

export interface RecordScheduledOptions {
  readonly sourceDocumentId: string;
  readonly pageStarts: readonly number[];
  readonly now: string;
}

/**
 * Files the meetings a document lists as the body's future dates, inside the caller's transaction:
 * each as a scheduled meeting with the list's place as its (inferred) provenance. A meeting the store
 * already holds is left as it is: what a document recorded of it, or the clerk, says more than a
 * date in a list. Returns how many meetings were added.
 */
export async function recordScheduledMeetingsIn(
  repos: Repositories,
  records: readonly MeetingRecord[],
  options: RecordScheduledOptions,
): Promise<number> {
  let added = 0;
  for (const record of records) {
    const body = await repos.bodies.ensure(record.body.name, record.body.kind, options.now);
    if (await repos.meetings.find(stableId('meeting', body.slug, record.date))) continue;
    await recordMeetingIn(repos, record, options);
    added++;
  }
  return added;
}
