import type { Account } from '../../domain/account.js';
import { municipalYearOf } from '../../domain/calendar/municipalYear.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import { followUpTopic, isFollowUpResolution } from '../../domain/workProgramme/followUps.js';
import type { WorkProgrammeEntry } from '../../domain/workProgramme.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';

export interface FollowUpResult {
  /** Entries made by this run. */
  readonly added: readonly WorkProgrammeEntry[];
  /** Follow-up resolutions that already had an entry (from an earlier run): left as the clerk made them. */
  readonly alreadyThere: number;
}

/**
 * Reads one meeting's resolutions (written in the workspace or imported, the same table) and adds
 * a work programme entry for each that asks for a topic to return or for further information: due
 * at the body's next meeting (unscheduled when none is in the calendar yet), source `follow_up`,
 * referring to the resolution. The clerk runs it per meeting from the meeting's page, after the
 * minutes are written or imported; running it again adds only what is new, so it is safe after a
 * re-import. An exempt item's follow-up is kept exempt. Audited, one entry per entry added.
 */
export async function addFollowUpsFromMeeting(
  store: Store,
  actor: Account,
  meetingId: string,
  now = new Date().toISOString(),
): Promise<FollowUpResult> {
  return store.transaction(async (repos) => {
    const meeting = await repos.meetings.find(meetingId);
    if (!meeting) throw new AppError('NOT_FOUND', 'there is no such meeting');
    assertMayClerk(actor, meeting.bodyId);
    const next = await repos.workProgramme.nextMeetingAfter(meeting.bodyId, meeting.date);
    const years = await repos.calendar.municipalYears();
    const municipalYear = municipalYearOf(next?.date ?? meeting.date, years).label;
    const added: WorkProgrammeEntry[] = [];
    let alreadyThere = 0;
    for (const resolution of await repos.workProgramme.resolutionsOf(meetingId)) {
      if (!isFollowUpResolution(resolution)) continue;
      if (await repos.workProgramme.findBySourceRef(meeting.bodyId, resolution.id)) {
        alreadyThere++;
        continue;
      }
      const entry: WorkProgrammeEntry = {
        id: randomId(),
        bodyId: meeting.bodyId,
        municipalYear,
        topic: followUpTopic(resolution.text, resolution.itemTitle),
        objectives: resolution.text,
        plannedOn: next?.date ?? null,
        meetingId: next?.id ?? null,
        status: next ? 'scheduled' : 'unscheduled',
        notes: `Follow-up of the meeting of ${meeting.date}`,
        source: 'follow_up',
        sourceRef: resolution.id,
        executiveMember: null,
        executiveMemberId: null,
        leadOfficer: null,
        leadOfficerId: null,
        substantive: true,
        exempt: resolution.itemExempt,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await repos.workProgramme.add(entry);
      await repos.audit.add({
        id: randomId(),
        at: now,
        actor: actor.id,
        action: 'work_programme.follow_up',
        subjectKind: 'work_programme_entry',
        subjectId: entry.id,
        before: undefined,
        after: entry,
      });
      added.push(entry);
    }
    return { added, alreadyThere };
  });
}
