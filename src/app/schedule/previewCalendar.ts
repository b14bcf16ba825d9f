import type { Account } from '../../domain/account.js';
import type { Body } from '../../domain/body.js';
import { municipalYearLabel, municipalYearOf, type MunicipalYear } from '../../domain/calendar/municipalYear.js';
import { addDays } from '../../domain/calendar/isoDate.js';
import { AppError } from '../../domain/errors.js';
import type { MeetingFrequency } from '../../domain/schedule/meetingFrequency.js';
import { proposeCalendar, type CalendarProposal } from '../../domain/schedule/proposeCalendar.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { workingCalendar } from '../calendar/workingCalendar.js';
import { clerkedBody } from './clerkedMeeting.js';

export interface PreviewCalendarInput {
  readonly bodyId: string;
  /** The municipal year by its first calendar year: 2025 for 2025/26. */
  readonly startYear: number;
  readonly frequency: MeetingFrequency;
}

/**
 * The municipal year that starts in `startYear`: as the council recorded it, else by the rule (the
 * annual meeting in May). Found from a day in mid-June, which every year's rule puts inside it.
 */
export async function municipalYearStarting(repos: Repositories, startYear: number): Promise<MunicipalYear> {
  if (!Number.isInteger(startYear) || startYear < 1000 || startYear > 9998)
    throw new AppError('INPUT_INVALID', `not a municipal year: ${startYear}`);
  const year = municipalYearOf(`${startYear}-06-15`, await repos.calendar.municipalYears());
  if (year.label !== municipalYearLabel(startYear))
    throw new AppError('INPUT_INVALID', `no municipal year ${municipalYearLabel(startYear)} is recorded`);
  return year;
}

/**
 * The meetings a body would hold in a municipal year at a frequency, for the clerk to check before
 * anything is written: off weekends and England and Wales bank holidays, not on a day the body
 * already meets, not in the past. Writes nothing.
 * @throws AppError FORBIDDEN for anyone but a clerk of the body, NOT_FOUND, INPUT_INVALID for a
 * frequency out of bounds.
 */
export async function previewCalendar(
  store: Store,
  actor: Account,
  input: PreviewCalendarInput,
  today: string,
): Promise<CalendarProposal & { readonly body: Body }> {
  return store.transaction(async (repos) => {
    const body = await clerkedBody(repos, actor, input.bodyId);
    const year = await municipalYearStarting(repos, input.startYear);
    const existing = await repos.meetings.ofBody(body.id, year.startsOn, year.endsOn);
    const proposal = proposeCalendar(year, input.frequency, {
      holidays: await workingCalendar(repos),
      taken: new Set(existing.map((m) => m.date)),
      // A calendar made on the annual meeting's day starts the day after: today is already planned.
      notBefore: addDays(today, 1),
    });
    return { ...proposal, body };
  });
}
