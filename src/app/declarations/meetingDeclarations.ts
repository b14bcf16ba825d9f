import type { Account } from '../../domain/account.js';
import { addDays } from '../../domain/calendar/isoDate.js';
import { conductWarning } from '../../domain/declaration.js';
import { AppError } from '../../domain/errors.js';
import { interestPrompts, type InterestPrompt } from '../../domain/interests/interestPrompts.js';
import { reviewStatus, type ReviewStatus } from '../../domain/interests/interestEntry.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type {
  DeclarableItem,
  DeclarationRow,
  MeetingLabel,
  PersonName,
} from '../../store/repositories/declarationRepository.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { entryViews, type EntryView } from '../interests/interestRegisters.js';
import { clerkScope } from '../interests/registerAccess.js';

/** A member's standing register as the declarations page shows it beside the items. */
export interface MemberRegister {
  readonly person: PersonName;
  readonly entries: readonly EntryView[];
  readonly review: ReviewStatus;
}

export interface MeetingDeclarationsView {
  readonly meeting: MeetingLabel;
  readonly items: readonly DeclarableItem[];
  /** Who may declare: the people recorded there and the body's members on the day. */
  readonly people: readonly PersonName[];
  readonly declarations: readonly (DeclarationRow & { readonly warning: string | null })[];
  /** Register entries sharing words with an item: questions for the clerk to ask, never declarations. */
  readonly prompts: readonly InterestPrompt[];
  readonly registers: readonly MemberRegister[];
}

/** The meeting, refused (404, 403) before anything else is read. */
export async function meetingToDeclareAt(
  repos: Repositories,
  actor: Account,
  meetingId: string,
): Promise<MeetingLabel> {
  const meeting = await repos.declarations.meeting(meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', 'There is no such meeting');
  assertMayClerk(actor, meeting.bodyId);
  return meeting;
}

/** A meeting's declarations of interest, its items, and its members' registers with prompts. */
export async function readMeetingDeclarations(
  store: Store,
  actor: Account,
  meetingId: string,
  today: IsoDate,
): Promise<MeetingDeclarationsView> {
  return store.transaction(async (repos) => {
    const meeting = await meetingToDeclareAt(repos, actor, meetingId);
    const [items, people, declarations] = await Promise.all([
      repos.declarations.itemsOf(meetingId),
      repos.declarations.peopleAt(meetingId, meeting.bodyId, meeting.date),
      repos.declarations.ofMeeting(meetingId),
    ]);
    const entries = await repos.interests.entriesOf(people.map((p) => p.id));
    const holders = new Map((await repos.interests.holders()).map((h) => [h.id, h.reviewedOn]));
    return {
      meeting,
      items,
      people,
      declarations: declarations.map((d) => ({ ...d, warning: conductWarning(d.kind, d) })),
      // An interest that arose after the meeting, or had ended before it, cannot have touched it.
      prompts: interestPrompts(
        items,
        entries.filter((e) => e.aroseOn <= meeting.date && (!e.endedOn || e.endedOn >= meeting.date)),
      ),
      registers: people
        .map((person) => ({
          person,
          entries: entryViews(entries.filter((e) => e.personId === person.id)),
          review: reviewStatus(holders.get(person.id) ?? null, today),
        }))
        // Officers and others in attendance keep no register.
        .filter((r) => r.entries.length > 0 || holders.has(r.person.id)),
    };
  });
}

/** The latest twenty meetings of the bodies the clerk serves, up to two months ahead. */
export async function meetingsForDeclarations(store: Store, actor: Account, today: IsoDate): Promise<MeetingLabel[]> {
  const scope = clerkScope(actor);
  return store.transaction((repos) => repos.declarations.latestMeetings(addDays(today, 61), 20, scope));
}
