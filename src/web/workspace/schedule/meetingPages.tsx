import type { Body } from '../../../domain/body.js';
import { formatLongDate } from '../../../domain/calendar/dateInWords.js';
import { formatTime } from '../../../domain/calendar/timeInWords.js';
import { canMoveMeeting, type Meeting } from '../../../domain/meeting.js';
import type { MeetingChange } from '../../../domain/schedule/meetingChange.js';
import { DETAIL_LIMITS } from '../../../domain/schedule/meetingDetails.js';
import type { DateParts, DateProblem } from '../../pages/dateInput.js';
import { DateInputField } from '../../pages/dateInputField.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { MeetingStatusTag } from '../../pages/meetingStatus.js';
import { CsrfField, errorFor, TextArea, TextInput, type FieldError } from '../forms/formFields.js';
import { PlaceFields, type PlaceValues } from './placeFields.js';
import { SuccessBanner } from './scheduleFields.js';
import { summaryTarget } from './scheduleForms.js';

export const SCHEDULE_HOME = '/workspace/schedule';
export const bodyPath = (bodyId: string): string => `${SCHEDULE_HOME}/bodies/${encodeURIComponent(bodyId)}`;
export const meetingPath = (meetingId: string): string => `${SCHEDULE_HOME}/meetings/${encodeURIComponent(meetingId)}`;

function when(m: Pick<Meeting, 'date' | 'startTime'>): string {
  return `${formatLongDate(m.date)}${m.startTime ? `, ${formatTime(m.startTime)}` : ''}`;
}

/** The error summary of a form whose dates link to their first box. */
function Summary({ errors, dates }: { errors: readonly FieldError[]; dates?: ReadonlyMap<string, DateProblem> }): Html {
  if (!errors.length) return <></>;
  return (
    <ErrorSummary
      errors={errors.map((e) => ({ target: summaryTarget(e.field, dates ?? new Map()), message: e.message }))}
    />
  );
}

function dateError(field: string, errors: readonly FieldError[], dates: ReadonlyMap<string, DateProblem>) {
  const problem = dates.get(field);
  if (problem) return problem;
  const error = errorFor(errors, field);
  return error ? { message: error.message, parts: ['day', 'month', 'year'] as const } : null;
}

export interface WhenValues {
  readonly date: DateParts;
  readonly time: string;
}

function WhenFields(props: {
  values: WhenValues;
  errors: readonly FieldError[];
  dates: ReadonlyMap<string, DateProblem>;
  legend: string;
}): Html {
  return (
    <>
      <DateInputField
        name="date"
        legend={props.legend}
        hint="For example, 27 3 2025"
        value={props.values.date}
        error={dateError('date', props.errors, props.dates)}
      />
      <TextInput
        id="startTime"
        label="Start time"
        hint="For example, 18:00 or 6pm"
        value={props.values.time}
        error={errorFor(props.errors, 'startTime')}
        width="govuk-input--width-10"
      />
    </>
  );
}

export interface NewMeetingPageProps {
  readonly body: Body;
  readonly csrfToken: string;
  readonly when: WhenValues;
  readonly place: PlaceValues;
  readonly errors?: readonly FieldError[];
  readonly dates?: ReadonlyMap<string, DateProblem>;
}

export function NewMeetingPage({
  body,
  csrfToken,
  when: whenValues,
  place,
  errors = [],
  dates = new Map(),
}: NewMeetingPageProps): Html {
  return (
    <Layout
      title={`${errors.length ? 'Error: ' : ''}Add a meeting - ${body.name}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: SCHEDULE_HOME, text: 'Schedule meetings' },
        { href: bodyPath(body.id), text: body.name },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <Summary errors={errors} dates={dates} />
          <span class="govuk-caption-l">{body.name}</span>
          <h1 class="govuk-heading-xl">Add a meeting</h1>
          <form method="post" action={`${bodyPath(body.id)}/meetings`} novalidate>
            <CsrfField token={csrfToken} />
            <WhenFields values={whenValues} errors={errors} dates={dates} legend="Date of the meeting" />
            <PlaceFields values={place} errors={errors} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Schedule the meeting
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

const DONE_TEXT: Readonly<Record<string, string>> = {
  created: 'The meeting is scheduled and shown on the portal',
  saved: 'Your changes are saved',
  moved: 'The meeting is moved: the portal and the feeds say so',
  cancelled: 'The meeting is cancelled: the portal and the feeds say so, with your reason',
  reinstated: 'The meeting is reinstated: the portal and the feeds say so',
};

function changeText(c: MeetingChange): string {
  const at = formatLongDate(c.at.slice(0, 10));
  if (c.kind === 'moved') return `Moved from ${when({ date: c.fromDate, startTime: c.fromTime })} on ${at}`;
  if (c.kind === 'cancelled') return `Cancelled on ${at}: ${c.reason ?? ''}`;
  return `Reinstated on ${at}`;
}

export interface ClerkMeetingPageProps {
  readonly meeting: Meeting;
  readonly body: Body;
  readonly changes: readonly MeetingChange[];
  readonly csrfToken: string;
  readonly place: PlaceValues;
  readonly errors?: readonly FieldError[];
  readonly done?: string;
  /** The meeting's updatedAt the form was built from: someone else's change meanwhile is refused, not overwritten. */
  readonly seen: string;
}

/** One meeting for its clerk: when and its status, its public changes, and the form to change where it is held. */
export function ClerkMeetingPage(props: ClerkMeetingPageProps): Html {
  const { meeting, body, errors = [] } = props;
  const movable = meeting.status === 'scheduled' || meeting.status === 'agenda_published';
  return (
    <Layout
      title={`${errors.length ? 'Error: ' : ''}${formatLongDate(meeting.date)} - ${body.name}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: SCHEDULE_HOME, text: 'Schedule meetings' },
        { href: bodyPath(body.id), text: body.name },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {props.done && DONE_TEXT[props.done] ? <SuccessBanner text={DONE_TEXT[props.done]!} /> : null}
          <Summary errors={errors} />
          <span class="govuk-caption-l">{body.name}</span>
          <h1 class="govuk-heading-xl">{when(meeting)}</h1>
          <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Status</dt>
              <dd class="govuk-summary-list__value">
                <MeetingStatusTag status={meeting.status} />
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">On the portal</dt>
              <dd class="govuk-summary-list__value">
                <a class="govuk-link" href={`/meetings/${meeting.id}`}>
                  The meeting's public page
                </a>
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Register</dt>
              <dd class="govuk-summary-list__value">
                <a class="govuk-link" href={`/workspace/meetings/${encodeURIComponent(meeting.id)}/register`}>
                  Who attended, and the quorum at each item
                </a>
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Interests</dt>
              <dd class="govuk-summary-list__value">
                <a class="govuk-link" href={`/workspace/meetings/${encodeURIComponent(meeting.id)}/declarations`}>
                  Declarations of interest
                </a>
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Minutes</dt>
              <dd class="govuk-summary-list__value">
                <a class="govuk-link" href={`/workspace/meetings/${meeting.id}/minutes`}>
                  Write, confirm or amend the minutes
                </a>
              </dd>
            </div>
          </dl>
          {props.changes.length ? (
            <>
              <h2 class="govuk-heading-m">Changes the public was told of</h2>
              <ul class="govuk-list govuk-list--bullet">
                {props.changes.map((c) => (
                  <li>{changeText(c)}</li>
                ))}
              </ul>
            </>
          ) : null}
          <div class="govuk-button-group">
            {movable ? (
              <>
                <a class="govuk-button govuk-button--secondary" href={`${meetingPath(meeting.id)}/move`}>
                  Move this meeting
                </a>
                <a class="govuk-button govuk-button--warning" href={`${meetingPath(meeting.id)}/cancel`}>
                  Cancel this meeting
                </a>
              </>
            ) : null}
          </div>
          {canMoveMeeting(meeting.status, 'scheduled') ? (
            <form method="post" action={`${meetingPath(meeting.id)}/reinstate`} novalidate>
              <CsrfField token={props.csrfToken} />
              <input type="hidden" name="seen" value={props.seen} />
              <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
                Reinstate this meeting
              </button>
            </form>
          ) : null}
          <form method="post" action={meetingPath(meeting.id)} novalidate>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="seen" value={props.seen} />
            <PlaceFields values={props.place} errors={errors} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Save changes
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

export interface MovePageProps {
  readonly meeting: Meeting;
  readonly body: Body;
  readonly csrfToken: string;
  readonly when: WhenValues;
  readonly seen: string;
  readonly errors?: readonly FieldError[];
  readonly dates?: ReadonlyMap<string, DateProblem>;
}

export function MoveMeetingPage({
  meeting,
  body,
  csrfToken,
  when: values,
  seen,
  errors = [],
  dates = new Map(),
}: MovePageProps): Html {
  return (
    <Layout
      title={`${errors.length ? 'Error: ' : ''}Move the meeting - ${body.name}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: bodyPath(body.id), text: body.name },
        { href: meetingPath(meeting.id), text: formatLongDate(meeting.date) },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <Summary errors={errors} dates={dates} />
          <span class="govuk-caption-l">{body.name}</span>
          <h1 class="govuk-heading-xl">Move the meeting of {when(meeting)}</h1>
          <p class="govuk-body">
            The meeting's page will say it moved from {when(meeting)}, calendars subscribed to the portal will update,
            and the news feeds will announce it.
          </p>
          <form method="post" action={`${meetingPath(meeting.id)}/move`} novalidate>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="seen" value={seen} />
            <WhenFields values={values} errors={errors} dates={dates} legend="New date" />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Move the meeting
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

export interface CancelPageProps {
  readonly meeting: Meeting;
  readonly body: Body;
  readonly csrfToken: string;
  readonly reason: string;
  readonly seen: string;
  readonly errors?: readonly FieldError[];
}

export function CancelMeetingPage({ meeting, body, csrfToken, reason, seen, errors = [] }: CancelPageProps): Html {
  return (
    <Layout
      title={`${errors.length ? 'Error: ' : ''}Cancel the meeting - ${body.name}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: bodyPath(body.id), text: body.name },
        { href: meetingPath(meeting.id), text: formatLongDate(meeting.date) },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <Summary errors={errors} />
          <span class="govuk-caption-l">{body.name}</span>
          <h1 class="govuk-heading-xl">Cancel the meeting of {when(meeting)}</h1>
          <p class="govuk-body">
            The meeting stays on the portal marked cancelled, with your reason; calendars and news feeds announce it.
            You can reinstate it later.
          </p>
          <form method="post" action={`${meetingPath(meeting.id)}/cancel`} novalidate>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="seen" value={seen} />
            <TextArea
              id="reason"
              label="Why is the meeting cancelled?"
              hint={`The public will see this. For example, "There is no business to transact." Up to ${DETAIL_LIMITS.reason} characters.`}
              value={reason}
              error={errorFor(errors, 'reason')}
              rows={3}
            />
            <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">
              Cancel the meeting
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
