import type { Context, Hono } from 'hono';
import { cancelMeeting } from '../../../app/schedule/cancelMeeting.js';
import { confirmCalendar, MAX_CALENDAR_MEETINGS } from '../../../app/schedule/confirmCalendar.js';
import { createMeeting } from '../../../app/schedule/createMeeting.js';
import { editMeetingPlace } from '../../../app/schedule/editMeetingPlace.js';
import { moveMeeting } from '../../../app/schedule/moveMeeting.js';
import { previewCalendar } from '../../../app/schedule/previewCalendar.js';
import { reinstateMeeting } from '../../../app/schedule/reinstateMeeting.js';
import { bodySchedule, meetingForClerk, schedulableBodies } from '../../../app/schedule/scheduleReads.js';
import type { InputProblem } from '../../../app/schedule/scheduleOutcome.js';
import { formatLongDate } from '../../../domain/calendar/dateInWords.js';
import type { Meeting } from '../../../domain/meeting.js';
import { datePartsOf, EMPTY_DATE, type DateProblem } from '../../pages/dateInput.js';
import type { Html } from '../../pages/html.js';
import { readForm } from '../forms/formBody.js';
import type { FieldError } from '../forms/formFields.js';
import type { WorkspaceDeps, WorkspaceEnv, WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { CalendarDonePage, FrequencyPage, PreviewPage, type ProposalRow } from './calendarPages.js';
import {
  CancelMeetingPage,
  ClerkMeetingPage,
  MoveMeetingPage,
  NewMeetingPage,
  bodyPath,
  meetingPath,
  SCHEDULE_HOME,
} from './meetingPages.js';
import { EMPTY_PLACE, placeValuesOf, type PlaceValues } from './placeFields.js';
import { BodySchedulePage, ScheduleHomePage } from './schedulePages.js';
import { datePartsFrom } from '../../pages/dateInput.js';
import { frequencyFormOf, londonToday, readDate, readFrequency, readTime } from './scheduleForms.js';

/** Empty rows under the proposal, for dates the pattern did not give (an extra meeting in budget season). */
const EXTRA_ROWS = 3;

function badRequest(c: Context<WorkspaceEnv>, page: Html): Response | Promise<Response> {
  c.status(400);
  return c.render(page);
}

function asErrors(problems: readonly InputProblem[]): FieldError[] {
  return problems.map((p) => ({ field: p.field, message: p.message }));
}

function placeOf(m: Meeting): PlaceValues {
  return {
    venue: m.venue ?? '',
    isRemote: m.isRemote,
    streamUrl: m.streamUrl ?? '',
    contactName: m.contactName ?? '',
    contactEmail: m.contactEmail ?? '',
    contactPhone: m.contactPhone ?? '',
  };
}

/** The date and time boxes of a form: the ISO date (or the problem with it) and the time as read. */
function readWhen(form: Record<string, string>): { date: string; startTime: string; dates: Map<string, DateProblem> } {
  const dates = new Map<string, DateProblem>();
  const date = readDate(form, 'date', 'Date');
  if ('problem' in date) dates.set('date', date.problem);
  return { date: 'iso' in date ? date.iso : '', startTime: readTime(form.startTime ?? ''), dates };
}

/** Errors in the order of the form: the date's own reading first, then what the use case found. */
function whenErrors(dates: ReadonlyMap<string, DateProblem>, problems: readonly InputProblem[]): FieldError[] {
  const errors: FieldError[] = [...dates].map(([field, p]) => ({ field, message: p.message }));
  for (const p of problems) if (!(p.field === 'date' && dates.has('date'))) errors.push(p);
  return errors;
}

function register(w: Hono<WorkspaceEnv>, deps: WorkspaceDeps): void {
  const { store } = deps;
  const nowIso = (): string => deps.now().toISOString();
  const today = (): string => londonToday(deps.now());
  w.use(`${SCHEDULE_HOME}`, clerksOnly);
  w.use(`${SCHEDULE_HOME}/*`, clerksOnly);

  w.get(SCHEDULE_HOME, async (c) =>
    c.render(<ScheduleHomePage bodies={await schedulableBodies(store, c.get('account'))} />),
  );

  w.get(`${SCHEDULE_HOME}/bodies/:bodyId`, async (c) =>
    c.render(
      <BodySchedulePage schedule={await bodySchedule(store, c.get('account'), c.req.param('bodyId'), today())} />,
    ),
  );

  // One meeting: added by hand.
  w.get(`${SCHEDULE_HOME}/bodies/:bodyId/meetings/new`, async (c) => {
    const { body } = await bodySchedule(store, c.get('account'), c.req.param('bodyId'), today());
    return c.render(
      <NewMeetingPage
        body={body}
        csrfToken={c.get('csrfToken')}
        when={{ date: EMPTY_DATE, time: '' }}
        place={EMPTY_PLACE}
      />,
    );
  });

  w.post(`${SCHEDULE_HOME}/bodies/:bodyId/meetings`, async (c) => {
    const form = await readForm(c);
    const when = readWhen(form);
    const place = placeValuesOf(form);
    const result = await createMeeting(
      store,
      c.get('account'),
      { bodyId: c.req.param('bodyId'), ...when, ...place },
      nowIso(),
    );
    if (result.ok && !when.dates.size) return c.redirect(`${meetingPath(result.value.id)}?done=created`, 303);
    const { body } = await bodySchedule(store, c.get('account'), c.req.param('bodyId'), today());
    return badRequest(
      c,
      <NewMeetingPage
        body={body}
        csrfToken={c.get('csrfToken')}
        when={{ date: datePartsFrom(form, 'date'), time: form.startTime ?? '' }}
        place={place}
        errors={whenErrors(when.dates, result.ok ? [] : result.problems)}
        dates={when.dates}
      />,
    );
  });

  // One meeting: its page, its place and contact.
  w.get(`${SCHEDULE_HOME}/meetings/:id`, async (c) => {
    const view = await meetingForClerk(store, c.get('account'), c.req.param('id'));
    return c.render(
      <ClerkMeetingPage
        {...view}
        csrfToken={c.get('csrfToken')}
        place={placeOf(view.meeting)}
        seen={view.meeting.updatedAt}
        done={c.req.query('done')}
      />,
    );
  });

  w.post(`${SCHEDULE_HOME}/meetings/:id`, async (c) => {
    const form = await readForm(c);
    const place = placeValuesOf(form);
    const id = c.req.param('id');
    const result = await editMeetingPlace(
      store,
      c.get('account'),
      { meetingId: id, ...place, seenUpdatedAt: form.seen },
      nowIso(),
    );
    if (result.ok) return c.redirect(`${meetingPath(id)}?done=saved`, 303);
    const view = await meetingForClerk(store, c.get('account'), id);
    return badRequest(
      c,
      <ClerkMeetingPage
        {...view}
        csrfToken={c.get('csrfToken')}
        place={place}
        seen={form.seen ?? view.meeting.updatedAt}
        errors={asErrors(result.problems)}
      />,
    );
  });

  // Move.
  w.get(`${SCHEDULE_HOME}/meetings/:id/move`, async (c) => {
    const { meeting, body } = await meetingForClerk(store, c.get('account'), c.req.param('id'));
    return c.render(
      <MoveMeetingPage
        meeting={meeting}
        body={body}
        csrfToken={c.get('csrfToken')}
        when={{ date: datePartsOf(meeting.date), time: meeting.startTime ?? '' }}
        seen={meeting.updatedAt}
      />,
    );
  });

  w.post(`${SCHEDULE_HOME}/meetings/:id/move`, async (c) => {
    const form = await readForm(c);
    const id = c.req.param('id');
    const when = readWhen(form);
    if (!when.dates.size) {
      const result = await moveMeeting(
        store,
        c.get('account'),
        { meetingId: id, ...when, seenUpdatedAt: form.seen },
        nowIso(),
      );
      if (result.ok) return c.redirect(`${meetingPath(id)}?done=moved`, 303);
      return movePage(c, id, form, whenErrors(when.dates, result.problems), when.dates);
    }
    return movePage(c, id, form, whenErrors(when.dates, []), when.dates);
  });

  const movePage = async (
    c: Context<WorkspaceEnv>,
    id: string,
    form: Record<string, string>,
    errors: FieldError[],
    dates: Map<string, DateProblem>,
  ): Promise<Response> => {
    const { meeting, body } = await meetingForClerk(store, c.get('account'), id);
    return badRequest(
      c,
      <MoveMeetingPage
        meeting={meeting}
        body={body}
        csrfToken={c.get('csrfToken')}
        when={{ date: datePartsFrom(form, 'date'), time: form.startTime ?? '' }}
        seen={form.seen ?? meeting.updatedAt}
        errors={errors}
        dates={dates}
      />,
    );
  };

  // Cancel and reinstate.
  w.get(`${SCHEDULE_HOME}/meetings/:id/cancel`, async (c) => {
    const { meeting, body } = await meetingForClerk(store, c.get('account'), c.req.param('id'));
    return c.render(
      <CancelMeetingPage
        meeting={meeting}
        body={body}
        csrfToken={c.get('csrfToken')}
        reason=""
        seen={meeting.updatedAt}
      />,
    );
  });

  w.post(`${SCHEDULE_HOME}/meetings/:id/cancel`, async (c) => {
    const form = await readForm(c);
    const id = c.req.param('id');
    const result = await cancelMeeting(
      store,
      c.get('account'),
      { meetingId: id, reason: form.reason ?? '', seenUpdatedAt: form.seen },
      nowIso(),
    );
    if (result.ok) return c.redirect(`${meetingPath(id)}?done=cancelled`, 303);
    const { meeting, body } = await meetingForClerk(store, c.get('account'), id);
    return badRequest(
      c,
      <CancelMeetingPage
        meeting={meeting}
        body={body}
        csrfToken={c.get('csrfToken')}
        reason={form.reason ?? ''}
        seen={form.seen ?? meeting.updatedAt}
        errors={asErrors(result.problems)}
      />,
    );
  });

  w.post(`${SCHEDULE_HOME}/meetings/:id/reinstate`, async (c) => {
    const form = await readForm(c);
    const id = c.req.param('id');
    await reinstateMeeting(store, c.get('account'), { meetingId: id, seenUpdatedAt: form.seen }, nowIso());
    return c.redirect(`${meetingPath(id)}?done=reinstated`, 303);
  });

  // A year's calendar: choose, preview and edit, confirm.
  w.get(`${SCHEDULE_HOME}/bodies/:bodyId/calendar`, async (c) => {
    const { body, years } = await bodySchedule(store, c.get('account'), c.req.param('bodyId'), today());
    const defaults = {
      year: years[1]?.startsOn.slice(0, 4),
      kind: body.meetingsPerYear ? 'per_year' : 'monthly_weekday',
      count: body.meetingsPerYear ? String(body.meetingsPerYear.max) : '',
      time: '18:00',
    };
    return c.render(<FrequencyPage body={body} years={years} form={frequencyFormOf({}, defaults)} />);
  });

  w.get(`${SCHEDULE_HOME}/bodies/:bodyId/calendar/preview`, async (c) => {
    const actor = c.get('account');
    const { body, years } = await bodySchedule(store, actor, c.req.param('bodyId'), today());
    const form = frequencyFormOf(c.req.query(), {});
    const read = readFrequency(form);
    const knownYear = years.some((y) => y.startsOn.startsWith(form.year));
    if ('errors' in read || !knownYear) {
      const errors = 'errors' in read ? read.errors : [{ field: 'year', message: 'Select the municipal year' }];
      return badRequest(c, <FrequencyPage body={body} years={years} form={form} errors={errors} />);
    }
    const proposal = await previewCalendar(
      store,
      actor,
      { bodyId: body.id, startYear: Number(form.year), frequency: read.frequency },
      today(),
    );
    const rows: ProposalRow[] = proposal.meetings.map((m, i) => ({
      row: i + 1,
      date: datePartsOf(m.date),
      time: m.time,
      remove: false,
      note: m.movedFrom ? `Moved from ${formatLongDate(m.movedFrom.date)}, ${m.movedFrom.reason}` : undefined,
    }));
    for (let i = 0; i < EXTRA_ROWS && rows.length < MAX_CALENDAR_MEETINGS; i++)
      rows.push({ row: rows.length + 1, date: EMPTY_DATE, time: '', remove: false });
    return c.render(
      <PreviewPage
        body={body}
        csrfToken={c.get('csrfToken')}
        year={proposal.year}
        frequency={read.frequency}
        rows={rows}
        leftOut={proposal.leftOut}
        venue=""
      />,
    );
  });

  w.post(`${SCHEDULE_HOME}/bodies/:bodyId/calendar`, async (c) => {
    const actor = c.get('account');
    const form = await readForm(c);
    const count = Math.min(Number(form.rows) || 0, MAX_CALENDAR_MEETINGS);
    const rows: ProposalRow[] = [];
    const dates = new Map<string, DateProblem>();
    const kept: { row: number; date: string; startTime: string }[] = [];
    for (let row = 1; row <= count; row++) {
      const parts = datePartsFrom(form, `date-${row}`);
      const time = form[`time-${row}`] ?? '';
      const remove = form[`remove-${row}`] === 'yes';
      rows.push({ row, date: parts, time, remove });
      const empty = !parts.day.trim() && !parts.month.trim() && !parts.year.trim() && !time.trim();
      if (remove || empty) continue;
      const date = readDate(form, `date-${row}`, `Meeting ${row} date`);
      if ('problem' in date) dates.set(`date-${row}`, date.problem);
      kept.push({ row, date: 'iso' in date ? date.iso : '', startTime: readTime(time) });
    }
    const result = await confirmCalendar(
      store,
      actor,
      { bodyId: c.req.param('bodyId'), meetings: kept, venue: form.venue },
      nowIso(),
    );
    // A date that could not be read is never scheduled: the use case saw an empty date and refused the whole calendar.
    if (result.ok && !dates.size)
      return c.redirect(`${bodyPath(c.req.param('bodyId'))}/calendar/done?count=${result.value.length}`, 303);
    const { body, years } = await bodySchedule(store, actor, c.req.param('bodyId'), today());
    const year = years.find((y) => y.startsOn.startsWith(form.year ?? '')) ?? years[0]!;
    const errors: FieldError[] = [];
    for (const [field, p] of dates) errors.push({ field, message: p.message });
    for (const p of result.ok ? [] : result.problems) if (!dates.has(p.field)) errors.push(p);
    errors.sort((a, b) => rowOf(a.field) - rowOf(b.field));
    return badRequest(
      c,
      <PreviewPage
        body={body}
        csrfToken={c.get('csrfToken')}
        year={year}
        rows={rows}
        leftOut={[]}
        venue={form.venue ?? ''}
        errors={errors}
        dates={dates}
      />,
    );
  });

  w.get(`${SCHEDULE_HOME}/bodies/:bodyId/calendar/done`, async (c) => {
    const { body } = await bodySchedule(store, c.get('account'), c.req.param('bodyId'), today());
    const count = Math.max(0, Math.min(Number(c.req.query('count')) || 0, MAX_CALENDAR_MEETINGS));
    return c.render(<CalendarDonePage body={body} count={count} />);
  });
}

function rowOf(field: string): number {
  const match = /-(\d+)$/.exec(field);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

/** Scheduling: a year's calendar from a frequency, one meeting added, moved, cancelled or reinstated. */
export const scheduleSection: WorkspaceSection = {
  name: 'schedule',
  homeLinks: [
    {
      href: SCHEDULE_HOME,
      label: 'Schedule meetings',
      description: "Plan a committee's year, add a meeting, move or cancel one.",
      roles: ['admin', 'clerk'],
    },
  ],
  meetingLinks: [
    {
      label: 'Time, place and status',
      description: 'Change the venue, stream link or contact officer; move or cancel the meeting.',
      href: (meetingId) => `${SCHEDULE_HOME}/meetings/${encodeURIComponent(meetingId)}`,
    },
  ],
  register,
};
