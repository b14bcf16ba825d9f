import type { Account } from '../../domain/account.js';
import type { AgendaMeeting, RecordedItem } from '../../store/repositories/agendaRepository.js';
import type { Store } from '../../store/store.js';
import { readClerkMeeting } from '../meetings/clerkMeetings.js';

/** A meeting whose decisions a clerk is publishing, with the items a notice may name. */
export interface DecisionMeeting {
  readonly meeting: AgendaMeeting;
  readonly items: readonly RecordedItem[];
}

/** The meeting and its recorded items, for the notice form opened from the meeting's page; its clerk only. */
export async function decisionMeeting(store: Store, actor: Account, meetingId: string): Promise<DecisionMeeting> {
  const meeting = await readClerkMeeting(store, actor, meetingId);
  return { meeting, items: await store.repos.agendas.recordedItems(meeting.id) };
}
