import type { Body } from '../../../domain/body.js';
import { formatDate, formatLongDate } from '../../../domain/calendar/dateInWords.js';
import type { MunicipalYear } from '../../../domain/calendar/municipalYear.js';
import { describeFrequency, WEEKDAY_NAMES, type MeetingFrequency } from '../../../domain/schedule/meetingFrequency.js';
import type { LeftOutDate } from '../../../domain/schedule/proposeCalendar.js';
import type { DateParts, DateProblem } from '../../pages/dateInput.js';
import { DateInputField } from '../../pages/dateInputField.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { CsrfField, errorFor, SelectField, TextInput, type FieldError } from '../forms/formFields.js';
import { bodyPath, SCHEDULE_HOME } from './meetingPages.js';
import { Checkbox, Radios } from './scheduleFields.js';
import { summaryTarget, type FrequencyForm } from './scheduleForms.js';

const WEEKDAY_OPTIONS = [
  { value: '', label: 'Choose a day' },
  ...([1, 2, 3, 4, 5, 6, 7] as const).map((d) => ({ value: String(d), label: WEEKDAY_NAMES[d] })),
];
const WEEK_OPTIONS = [
  { value: '', label: 'Choose a week' },
  { value: '1', label: 'First' },
  { value: '2', label: 'Second' },
  { value: '3', label: 'Third' },
  { value: '4', label: 'Fourth' },
  { value: '5', label: 'Fifth (only months that have one)' },
  { value: 'last', label: 'Last' },
];

function crumbs(body: Body) {
  return [
    { href: '/workspace', text: 'Workspace' },
    { href: SCHEDULE_HOME, text: 'Schedule meetings' },
    { href: bodyPath(body.id), text: body.name },
  ];
}

export interface FrequencyPageProps {
  readonly body: Body;
  readonly years: readonly MunicipalYear[];
  readonly form: FrequencyForm;
  readonly errors?: readonly FieldError[];
}

/** Step 1: which year and how often. A GET form: nothing is written until the dates are confirmed. */
export function FrequencyPage({ body, years, form, errors = [] }: FrequencyPageProps): Html {
  const perYear = body.meetingsPerYear;
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Plan a year's meetings - ${body.name}`} breadcrumbs={crumbs(body)}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {errors.length ? (
            <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} />
          ) : null}
          <span class="govuk-caption-l">{body.name}</span>
          <h1 class="govuk-heading-xl">Plan a year's meetings</h1>
          <p class="govuk-body">
            You will see the proposed dates, change or remove any, and add others before anything is scheduled. Dates on
            weekends and bank holidays in England and Wales move to the next working day.
          </p>
          <form method="get" action={`${bodyPath(body.id)}/calendar/preview`} novalidate>
            <Radios
              name="year"
              legend="Municipal year"
              value={form.year}
              error={errorFor(errors, 'year')}
              options={years.map((y) => ({
                value: y.startsOn.slice(0, 4),
                label: y.label,
                hint: `From the annual meeting on ${formatDate(y.startsOn)} to ${formatDate(y.endsOn)}`,
              }))}
            />
            <Radios
              name="kind"
              legend="How often does the committee meet?"
              value={form.kind}
              error={errorFor(errors, 'kind')}
              options={[
                {
                  value: 'per_year',
                  label: 'A number of meetings a year, spread evenly',
                  hint: perYear
                    ? `Its terms of reference say ${perYear.min === perYear.max ? perYear.max : `${perYear.min} to ${perYear.max}`} a year`
                    : undefined,
                  conditional: (
                    <TextInput
                      id="count"
                      label="Meetings a year"
                      value={form.count}
                      error={errorFor(errors, 'count')}
                      width="govuk-input--width-4"
                      inputmode="numeric"
                    />
                  ),
                },
                {
                  value: 'monthly_weekday',
                  label: 'Monthly, on a weekday (the third Tuesday, say)',
                  conditional: (
                    <SelectField
                      id="week"
                      label="Week of the month"
                      value={form.week}
                      options={WEEK_OPTIONS}
                      error={errorFor(errors, 'week')}
                    />
                  ),
                },
                {
                  value: 'monthly_day',
                  label: 'Monthly, on a day of the month',
                  conditional: (
                    <TextInput
                      id="day"
                      label="Day of the month"
                      hint="In a shorter month, the month's last day"
                      value={form.day}
                      error={errorFor(errors, 'day')}
                      width="govuk-input--width-2"
                      inputmode="numeric"
                    />
                  ),
                },
                {
                  value: 'every_weeks',
                  label: 'Every few weeks',
                  conditional: (
                    <TextInput
                      id="weeks"
                      label="Weeks between meetings"
                      value={form.weeks}
                      error={errorFor(errors, 'weeks')}
                      width="govuk-input--width-2"
                      inputmode="numeric"
                    />
                  ),
                },
              ]}
            />
            <SelectField
              id="weekday"
              label="Day of the week"
              hint="Not needed for a day of the month"
              value={form.weekday}
              options={WEEKDAY_OPTIONS}
              error={errorFor(errors, 'weekday')}
            />
            <TextInput
              id="time"
              label="Start time"
              hint="For example, 18:00 or 6pm"
              value={form.time}
              error={errorFor(errors, 'time')}
              width="govuk-input--width-10"
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Show the dates
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

/** One row of the proposal as typed: kept whole when the form is shown again. */
export interface ProposalRow {
  readonly row: number;
  readonly date: DateParts;
  readonly time: string;
  readonly remove: boolean;
  /** Why the date is not the pattern's own (a bank holiday), shown as its hint. */
  readonly note?: string;
}

export interface PreviewPageProps {
  readonly body: Body;
  readonly csrfToken: string;
  readonly year: MunicipalYear;
  readonly frequency?: MeetingFrequency;
  readonly rows: readonly ProposalRow[];
  readonly leftOut: readonly LeftOutDate[];
  readonly venue: string;
  readonly errors?: readonly FieldError[];
  readonly dates?: ReadonlyMap<string, DateProblem>;
}

/** Step 2: the proposed dates, each editable or removable, with empty rows to add more; nothing is written yet. */
export function PreviewPage(props: PreviewPageProps): Html {
  const { body, year, rows, errors = [], dates = new Map<string, DateProblem>() } = props;
  const dateError = (field: string) => {
    const problem = dates.get(field);
    if (problem) return problem;
    const error = errorFor(errors, field);
    return error ? { message: error.message, parts: ['day', 'month', 'year'] as const } : null;
  };
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Check the dates - ${body.name}`} breadcrumbs={crumbs(body)}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {errors.length ? (
            <ErrorSummary errors={errors.map((e) => ({ target: summaryTarget(e.field, dates), message: e.message }))} />
          ) : null}
          <span class="govuk-caption-l">
            {body.name}, {year.label}
          </span>
          <h1 class="govuk-heading-xl">Check the dates</h1>
          {props.frequency ? <p class="govuk-body">{describeFrequency(props.frequency)}.</p> : null}
          {props.leftOut.length ? (
            <div class="govuk-inset-text">
              <p class="govuk-body">Not proposed:</p>
              <ul class="govuk-list govuk-list--bullet">
                {props.leftOut.map((l) => (
                  <li>
                    {formatLongDate(l.date)}: {l.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <form method="post" action={`${bodyPath(body.id)}/calendar`} novalidate>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="rows" value={String(rows.length)} />
            <input type="hidden" name="year" value={year.startsOn.slice(0, 4)} />
            {rows.map((r) => (
              <div class="govuk-!-margin-bottom-6">
                <h2 class="govuk-heading-m">Meeting {r.row}</h2>
                <DateInputField
                  name={`date-${r.row}`}
                  legend={`Date of meeting ${r.row}`}
                  hint={r.note ?? 'For example, 27 3 2025. Leave empty if not needed.'}
                  value={r.date}
                  error={dateError(`date-${r.row}`)}
                />
                <TextInput
                  id={`time-${r.row}`}
                  label={`Start time of meeting ${r.row}`}
                  value={r.time}
                  error={errorFor(errors, `time-${r.row}`)}
                  width="govuk-input--width-10"
                />
                <div class="govuk-form-group">
                  <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                    <Checkbox id={`remove-${r.row}`} label={`Do not schedule meeting ${r.row}`} checked={r.remove} />
                  </div>
                </div>
              </div>
            ))}
            <TextInput
              id="venue"
              label="Venue of every meeting (optional)"
              hint="You can change each meeting's venue, stream and contact officer later"
              value={props.venue}
              error={errorFor(errors, 'venue')}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Schedule these meetings
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

export function CalendarDonePage({ body, count }: { body: Body; count: number }): Html {
  return (
    <Layout title={`Meetings scheduled - ${body.name}`} breadcrumbs={crumbs(body)}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title">Meetings scheduled</h1>
            <div class="govuk-panel__body">
              {count} meeting{count === 1 ? '' : 's'} of {body.name}
            </div>
          </div>
          <p class="govuk-body">They are on the portal's calendar and in its calendar and news feeds now.</p>
          <p class="govuk-body">
            <a class="govuk-link" href={bodyPath(body.id)}>
              See the committee's meetings
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
