import type { EntryView, RegisterSummary, RegisterView } from '../../../app/interests/interestRegisters.js';
import { formatDate } from '../../../domain/calendar/dateInWords.js';
import { INTEREST_CATEGORIES, INTEREST_CATEGORY_LABELS } from '../../../domain/interests/interestCategory.js';
import { REGISTER_DEADLINE_DAYS, registrationDeadline } from '../../../domain/interests/interestEntry.js';
import type { MeetingLabel } from '../../../store/repositories/declarationRepository.js';
import type { DateParts, DateProblem } from '../../pages/dateInput.js';
import { DateInputField } from '../../pages/dateInputField.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';
import { CsrfField, errorFor, SelectField, TextArea, type FieldError } from '../forms/formFields.js';
import { Checkbox, SuccessBanner } from '../schedule/scheduleFields.js';
import { entryPath, INTERESTS_HOME, registerPath } from './interestPaths.js';
import { ReviewTag } from './reviewTag.js';

const declarationsPath = (meetingId: string): string =>
  `/workspace/meetings/${encodeURIComponent(meetingId)}/declarations`;

export function InterestsHomePage(props: {
  registers: readonly RegisterSummary[];
  meetings: readonly MeetingLabel[];
}): Html {
  const late = props.registers.filter((r) => r.late > 0).length;
  const unreviewed = props.registers.filter((r) => r.review !== 'current').length;
  return (
    <Layout title="Interests and declarations" breadcrumbs={[{ href: '/workspace', text: 'Workspace' }]}>
      <h1 class="govuk-heading-xl">Interests and declarations</h1>
      <p class="govuk-body">
        Each member's register of interests, and the declarations made at meetings. A member must register a new or
        changed interest within {REGISTER_DEADLINE_DAYS} days.
      </p>
      <h2 class="govuk-heading-l">Declarations at meetings</h2>
      <p class="govuk-body">The latest meetings, and those of the next two months.</p>
      {props.meetings.length === 0 ? (
        <p class="govuk-body">No meetings are recorded yet.</p>
      ) : (
        <ul class="govuk-list">
          {props.meetings.map((m) => (
            <li>
              <a class="govuk-link" href={declarationsPath(m.id)}>
                {m.bodyName}, {formatDate(m.date)}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2 class="govuk-heading-l">Registers of interests</h2>
      <p class="govuk-body govuk-!-font-weight-bold">
        {props.registers.length} member{props.registers.length === 1 ? '' : 's'}, {late} with entries registered late,{' '}
        {unreviewed} not reviewed in the last year
      </p>
      {props.registers.length ? (
        <TableRegion label="Registers of interests">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">
              Registers of interests
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Member
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  Entries
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  Registered late
                </th>
                <th scope="col" class="govuk-table__header">
                  Review
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {props.registers.map((r) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={registerPath(r.holder.slug)}>
                      {r.holder.name}
                    </a>
                  </td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{r.entries}</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{r.late}</td>
                  <td class="govuk-table__cell">
                    <ReviewTag status={r.review} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p class="govuk-body">No councillors or co-opted members are recorded yet.</p>
      )}
    </Layout>
  );
}

export interface EntryValues {
  readonly category: string;
  readonly description: string;
  readonly aroseOn: DateParts;
  readonly registeredOn: DateParts;
  readonly sensitive: boolean;
}

/** A date box's problem, with the field it belongs to. */
export interface DateError extends DateProblem {
  readonly name: string;
}

/** The fields of an entry, to add one or to change one. */
function EntryFields({
  entry,
  errors,
  dateError,
}: {
  entry: EntryValues;
  errors: readonly FieldError[];
  dateError: (name: string) => DateError | null;
}): Html {
  return (
    <>
      <SelectField
        id="category"
        label="Category"
        value={entry.category}
        error={errorFor(errors, 'category')}
        options={[
          { value: '', label: 'Choose a category' },
          ...INTEREST_CATEGORIES.map((c) => ({ value: c, label: INTEREST_CATEGORY_LABELS[c] })),
        ]}
      />
      <TextArea
        id="description"
        label="The interest"
        hint="For example: land at 14 Mill Road, Harbourside; director of Harbourside Ferries Ltd"
        value={entry.description}
        rows={3}
        error={errorFor(errors, 'description')}
      />
      <DateInputField
        name="aroseOn"
        legend="Date the interest arose or changed"
        hint="Or the date the member took office. For example, 27 3 2026"
        value={entry.aroseOn}
        error={dateError('aroseOn')}
      />
      <DateInputField
        name="registeredOn"
        legend="Date registered"
        hint={`When the monitoring officer was told: within ${REGISTER_DEADLINE_DAYS} days of the date above`}
        value={entry.registeredOn}
        error={dateError('registeredOn')}
      />
      <div class="govuk-form-group">
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <Checkbox
            id="sensitive"
            label="Sensitive interest: withhold its details from the published register"
            hint="Agreed with the monitoring officer (Localism Act 2011 section 32)"
            checked={entry.sensitive}
          />
        </div>
      </div>
    </>
  );
}

/** When an entry was registered, and how late (the 28-day rule), for the tables. */
function Registered({ on, daysLate, deadline }: { on: string; daysLate: number; deadline: string }): Html {
  return (
    <>
      {formatDate(on)}
      {daysLate > 0 ? (
        <>
          <br />
          <strong class="govuk-tag govuk-tag--orange">
            {daysLate} days late (due by {formatDate(deadline)})
          </strong>
        </>
      ) : null}
    </>
  );
}

export function RegisterPage(props: {
  view: RegisterView;
  csrfToken: string;
  entry: EntryValues;
  reviewedOn: DateParts;
  errors?: readonly FieldError[];
  dateErrors?: readonly DateError[];
  done?: string | null;
}): Html {
  const view = { ...props.view, entries: props.view.entries.filter((e) => !e.endedOn) };
  const ended = props.view.entries.filter((e) => e.endedOn);
  const errors = props.errors ?? [];
  const dateErrors = props.dateErrors ?? [];
  const dateError = (name: string) => dateErrors.find((e) => e.name === name) ?? null;
  const summary = [
    ...errors.map((e) => ({ target: e.field, message: e.message })),
    ...dateErrors.map((e) => ({ target: `${e.name}-${e.parts[0] ?? 'day'}`, message: e.message })),
  ];
  const done: Record<string, string> = {
    added: 'Entry added to the register',
    removed: 'Entry removed from the register',
    edited: 'Entry changed',
    ended: 'Interest ended: it is no longer on the published register',
    reviewed: 'Review recorded',
  };
  return (
    <Layout
      title={`${summary.length ? 'Error: ' : ''}Register of interests - ${view.holder.name}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: INTERESTS_HOME, text: 'Interests and declarations' },
      ]}
    >
      {summary.length ? <ErrorSummary errors={summary} /> : null}
      {props.done && done[props.done] ? <SuccessBanner text={done[props.done]!} /> : null}
      <span class="govuk-caption-l">{view.holder.name}</span>
      <h1 class="govuk-heading-xl">Register of interests</h1>
      <p class="govuk-body">
        <ReviewTag status={view.review} />
        {view.holder.reviewedOn ? ` Last reviewed ${formatDate(view.holder.reviewedOn)}.` : ''}
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={`/people/${encodeURIComponent(view.holder.slug)}`}>
          The member's public page
        </a>{' '}
        publishes this register; a sensitive interest shows only that one is withheld.
      </p>
      <h2 class="govuk-heading-l">Entries</h2>
      {view.entries.length === 0 ? (
        <p class="govuk-body">No entries registered.</p>
      ) : (
        <TableRegion label="Entries">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">Entries</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Category
                </th>
                <th scope="col" class="govuk-table__header">
                  Interest
                </th>
                <th scope="col" class="govuk-table__header">
                  Arose or changed
                </th>
                <th scope="col" class="govuk-table__header">
                  Registered
                </th>
                <th scope="col" class="govuk-table__header">
                  <span class="govuk-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {view.entries.map((e) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">{INTEREST_CATEGORY_LABELS[e.category]}</td>
                  <td class="govuk-table__cell">
                    {e.description}
                    {e.sensitive ? (
                      <>
                        {' '}
                        <strong class="govuk-tag govuk-tag--grey">Sensitive: withheld from the public</strong>
                      </>
                    ) : null}
                  </td>
                  <td class="govuk-table__cell">{formatDate(e.aroseOn)}</td>
                  <td class="govuk-table__cell">
                    <Registered on={e.registeredOn} daysLate={e.daysLate} deadline={registrationDeadline(e.aroseOn)} />
                  </td>
                  <td class="govuk-table__cell">
                    <p class="govuk-body">
                      <a class="govuk-link" href={entryPath(view.holder.slug, e.id)}>
                        Change or end<span class="govuk-visually-hidden"> {e.description}</span>
                      </a>
                    </p>
                    <form
                      method="post"
                      action={`${registerPath(view.holder.slug)}/entries/${encodeURIComponent(e.id)}/remove`}
                      novalidate
                    >
                      <CsrfField token={props.csrfToken} />
                      <button
                        type="submit"
                        class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                        data-module="govuk-button"
                      >
                        Remove, entered in error<span class="govuk-visually-hidden"> {e.description}</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {ended.length ? (
        <>
          <h2 class="govuk-heading-l">Ended interests</h2>
          <p class="govuk-body">
            No longer on the published register. The end of an interest is a change to register within{' '}
            {REGISTER_DEADLINE_DAYS} days too.
          </p>
          <TableRegion label="Ended interests">
            <table class="govuk-table">
              <caption class="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">
                Ended interests
              </caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    Interest
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Ended
                  </th>
                  <th scope="col" class="govuk-table__header">
                    End registered
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {ended.map((e) => (
                  <tr class="govuk-table__row">
                    <td class="govuk-table__cell">
                      {INTEREST_CATEGORY_LABELS[e.category]}: {e.description}
                    </td>
                    <td class="govuk-table__cell">{formatDate(e.endedOn!)}</td>
                    <td class="govuk-table__cell">
                      <Registered
                        on={e.endRegisteredOn!}
                        daysLate={e.endDaysLate ?? 0}
                        deadline={registrationDeadline(e.endedOn!)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      ) : null}
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h2 class="govuk-heading-l">Add an entry</h2>
          <form method="post" action={`${registerPath(view.holder.slug)}/entries`} novalidate>
            <CsrfField token={props.csrfToken} />
            <EntryFields entry={props.entry} errors={errors} dateError={dateError} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Add entry
            </button>
          </form>
          <h2 class="govuk-heading-l">Record a review</h2>
          <p class="govuk-body">When the member confirmed the whole register is up to date.</p>
          <form method="post" action={`${registerPath(view.holder.slug)}/review`} novalidate>
            <CsrfField token={props.csrfToken} />
            <DateInputField
              name="reviewedOn"
              legend="Date reviewed"
              hint="For example, 27 3 2026"
              value={props.reviewedOn}
              error={dateError('reviewedOn')}
            />
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
              Record review
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

/** One entry of a register: change what it says, or record that the interest ended. */
export function EntryPage(props: {
  holder: RegisterView['holder'];
  entry: EntryView;
  csrfToken: string;
  values: EntryValues;
  /** The version the forms carry: the page's first one through a refused save, the current one after a conflict. */
  version: number;
  end: { endedOn: DateParts; endRegisteredOn: DateParts };
  errors?: readonly FieldError[];
  dateErrors?: readonly DateError[];
  /** Someone else changed the entry since the form was opened: what it says now. */
  conflict?: string | null;
}): Html {
  const errors = props.errors ?? [];
  const dateErrors = props.dateErrors ?? [];
  const dateError = (name: string) => dateErrors.find((e) => e.name === name) ?? null;
  const summary = [
    ...(props.conflict ? [{ target: 'description', message: props.conflict }] : []),
    ...errors.map((e) => ({ target: e.field, message: e.message })),
    ...dateErrors.map((e) => ({ target: `${e.name}-${e.parts[0] ?? 'day'}`, message: e.message })),
  ];
  const path = entryPath(props.holder.slug, props.entry.id);
  return (
    <Layout
      title={`${summary.length ? 'Error: ' : ''}Change an entry - ${props.holder.name}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: INTERESTS_HOME, text: 'Interests and declarations' },
        { href: registerPath(props.holder.slug), text: props.holder.name },
      ]}
    >
      {summary.length ? <ErrorSummary errors={summary} /> : null}
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{props.holder.name}</span>
          <h1 class="govuk-heading-xl">Change an entry</h1>
          {props.conflict ? (
            <div class="govuk-inset-text">
              It now says: {INTEREST_CATEGORY_LABELS[props.entry.category]}: {props.entry.description}, arose{' '}
              {formatDate(props.entry.aroseOn)}, registered {formatDate(props.entry.registeredOn)}.
            </div>
          ) : null}
          {props.entry.endedOn ? (
            <p class="govuk-body">
              This interest ended on {formatDate(props.entry.endedOn)}; the end was registered on{' '}
              {formatDate(props.entry.endRegisteredOn!)}.
            </p>
          ) : null}
          <form method="post" action={path} novalidate>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="version" value={String(props.version)} />
            <EntryFields entry={props.values} errors={errors} dateError={dateError} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Save changes
            </button>
          </form>
          {props.entry.endedOn ? null : (
            <>
              <h2 class="govuk-heading-l">End this interest</h2>
              <p class="govuk-body">
                It leaves the published register and stays here, with when it ended. The member must register the end
                within {REGISTER_DEADLINE_DAYS} days.
              </p>
              <form method="post" action={`${path}/end`} novalidate>
                <CsrfField token={props.csrfToken} />
                <input type="hidden" name="version" value={String(props.version)} />
                <DateInputField
                  name="endedOn"
                  legend="Date the interest ended"
                  hint="For example, 27 3 2026"
                  value={props.end.endedOn}
                  error={dateError('endedOn')}
                />
                <DateInputField
                  name="endRegisteredOn"
                  legend="Date the end was registered"
                  hint={`When the monitoring officer was told: within ${REGISTER_DEADLINE_DAYS} days of the end`}
                  value={props.end.endRegisteredOn}
                  error={dateError('endRegisteredOn')}
                />
                <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
                  End interest
                </button>
              </form>
            </>
          )}
        </div>
      </div>
    </Layout>
  );
}
