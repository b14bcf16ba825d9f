import type { MeetingRecord } from '../domain/meetingRecord.js';
import type { SavedMeeting, SaveMeetingOptions } from '../store/records/saveMeetingRecord.js';
import type { Store } from '../store/store.js';

/**
 * Records one meeting as a whole (read from a document, or entered in one go), in one
 * transaction: all of it is stored or none of it.
 */
export function recordMeeting(store: Store, record: MeetingRecord, options: SaveMeetingOptions): Promise<SavedMeeting> {
  return store.transaction((repos) => repos.meetingRecords.save(record, options));
}
