import { OTHER_CAPACITIES, type RegisterInput } from '../../../app/register/registerInput.js';
import type { RegisterView } from '../../../app/register/registerView.js';
import { formatLongDate } from '../../../domain/calendar/dateInWords.js';
import type { AttendanceCapacity } from '../../../domain/attendance.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';
import {
  CsrfField,
  errorFor,
  SelectField,
  TextInput,
  type FieldError,
  type SelectOption,
} from '../forms/formFields.js';
import { meetingHubPath, MEETINGS_HOME } from '../meetings/meetingPages.js';
import { SuccessBanner } from '../schedule/scheduleFields.js';

export const registerPath = (meetingId: string): string =>
  `/workspace/meetings/${encodeURIComponent(meetingId)}/register`;

/** The form's values: what is stored, or what the clerk typed. */
export type RegisterValues = RegisterInput & { readonly version: number };

const STATUS_OPTIONS: readonly SelectOption[] = [
  { value: 'present', label: 'Present' },
  { value: 'remote', label: 'Present remotely' },
  { value: 'apologies', label: 'Apologies' },
  { value: 'absent', label: 'Absent' },
  { value: '', label: 'Not recorded' },
];

const CAPACITY_LABELS: Record<AttendanceCapacity | '', string> = {
  '': 'Not stated',
  officer: 'Officer',
  member: 'Councillor (not on this body)',
  executive_member: 'Executive member',
  partner: 'Partner',
  witness: 'Witness',
  public: 'Member of the public',
  other: 'Other',
};

const ROLE_LABELS: Record<string, string> = {
  chair: 'Chair',
  vice_chair: 'Vice Chair',
  co_optee: 'Co-opted member',
  ex_officio: 'Ex officio',
};

/** Blank rows offered below those recorded: saving gives more. */
const BLANK_SUBSTITUTES = 2;
const BLANK_OTHERS = 3;

/** A problem's field (`members.2.reason`) as the id of its input (`members-2-reason`). */
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const fieldId = (field: string): string => field.replace(/\./g, '-');

/** "item 5 (Budget…)", or "minute 42 (…)" for an item known only by its minute number, as the public page names it. */
function itemLabel(item: RegisterView['items'][number], index: number): string {
  const number = item.agendaNumber
    ? `item ${item.agendaNumber}`
    : item.minuteNumber
      ? `minute ${item.minuteNumber}`
      : `item ${index + 1}`;
  const title = item.title.length > 60 ? `${item.title.slice(0, 59)}…` : item.title;
  return `${number} (${title})`;
}

/** GOV.UK small inline radios, the first carrying the name as id for the error summary's link. */
function StatusRadios(props: { name: string; legend: string; value: string; error?: FieldError }): Html {
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={props.error ? `${props.name}-error` : undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{props.legend}</legend>
        {props.error ? (
          <p id={`${props.name}-error`} class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> {props.error.message}
          </p>
        ) : null}
        <div class="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
          {STATUS_OPTIONS.map((o, i) => {
            const id = i === 0 ? props.name : `${props.name}-${i + 1}`;
            return (
              <div class="govuk-radios__item">
                <input
                  class="govuk-radios__input"
                  id={id}
                  name={props.name}
                  type="radio"
                  value={o.value}
                  checked={o.value === props.value}
                />
                <label class="govuk-label govuk-radios__label" for={id}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

interface Movements {
  readonly arrival: string;
  readonly arrivalTime: string;
  readonly departure: string;
  readonly departureTime: string;
}

/** Arrival and departure against items, with times; folded away unless something is recorded or wrong. */
function MovementFields(props: {
  prefix: string;
  who: string;
  values: Movements;
  items: RegisterView['items'];
  errors: readonly FieldError[];
}): Html {
  const { prefix, values, items, errors } = props;
  const err = (f: string) => errorFor(errors, `${prefix}-${f}`);
  const open =
    Boolean(values.arrival || values.arrivalTime || values.departure || values.departureTime) ||
    errors.some((e) => e.field.startsWith(`${prefix}-arrival`) || e.field.startsWith(`${prefix}-departure`));
  const arrivals: SelectOption[] = [
    { value: '', label: 'From the start' },
    ...items.flatMap((item, i) => [
      { value: `before:${item.id}`, label: `Before ${itemLabel(item, i)}` },
      { value: `during:${item.id}`, label: `During ${itemLabel(item, i)}` },
    ]),
  ];
  const departures: SelectOption[] = [
    { value: '', label: 'Until the end' },
    ...items.flatMap((item, i) => [
      { value: `during:${item.id}`, label: `During ${itemLabel(item, i)}` },
      { value: `after:${item.id}`, label: `After ${itemLabel(item, i)}` },
    ]),
  ];
  return (
    <details class="govuk-details" open={open}>
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          Arrived late or left early<span class="govuk-visually-hidden">: {props.who}</span>
        </span>
      </summary>
      <div class="govuk-details__text">
        <SelectField
          id={`${prefix}-arrival`}
          label="Arrived"
          value={values.arrival}
          options={arrivals}
          error={err('arrival')}
        />
        <TextInput
          id={`${prefix}-arrivalTime`}
          label="Time of arrival (optional)"
          hint="24-hour clock, like 18:45"
          value={values.arrivalTime}
          width="govuk-input--width-4"
          error={err('arrivalTime')}
        />
        <SelectField
          id={`${prefix}-departure`}
          label="Left"
          value={values.departure}
          options={departures}
          error={err('departure')}
        />
        <TextInput
          id={`${prefix}-departureTime`}
          label="Time of leaving (optional)"
          hint="24-hour clock, like 20:10"
          value={values.departureTime}
          width="govuk-input--width-4"
          error={err('departureTime')}
        />
      </div>
    </details>
  );
}

function QuorumTable({ view }: { view: RegisterView }): Html {
  const { quorum, items, names } = view;
  const who = (ids: readonly string[]) =>
    ids.length ? ids.map((id) => names.get(id) ?? 'Unknown').join(', ') : 'No one';
  const rule = quorum.setting.rule;
  const inquorate = quorum.items.filter((q) => !q.quorate).length;
  const State = ({ quorate }: { quorate: boolean }) =>
    quorate ? (
      <strong class="govuk-tag govuk-tag--green">Quorate</strong>
    ) : (
      <strong class="govuk-tag govuk-tag--red">Inquorate</strong>
    );
  return (
    <>
      <h2 class="govuk-heading-l" id="quorum">
        Quorum
      </h2>
      <p class="govuk-body">
        The quorum is {quorum.atStart.needed} of {quorum.setting.size} seats: {Math.round(rule.fraction * 100)}% of the
        membership, never fewer than {rule.minimum}. Members attending remotely take part but do not count towards it
        (Local Government Act 1972, as the High Court read it in 2021)
        {quorum.setting.allowsSubstitutes ? '; substitutes count in the place of the member they stand for' : ''}.
        Co-opted members without a vote do not count.
      </p>
      {inquorate > 0 ? (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            {inquorate === 1 ? '1 item was' : `${inquorate} items were`} taken while the meeting was inquorate: a
            meeting that is not quorate can take no decision.
          </strong>
        </div>
      ) : null}
      <TableRegion label="Quorum at each item">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">Who was there for each item</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Item
              </th>
              <th scope="col" class="govuk-table__header">
                Counted towards the quorum
              </th>
              <th scope="col" class="govuk-table__header">
                Also taking part
              </th>
              <th scope="col" class="govuk-table__header">
                Quorum
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                At the start
              </th>
              <td class="govuk-table__cell">{who(quorum.atStart.counted)}</td>
              <td class="govuk-table__cell">
                {who(quorum.atStart.attending.filter((id) => !quorum.atStart.counted.includes(id)))}
              </td>
              <td class="govuk-table__cell">
                <State quorate={quorum.atStart.quorate} />
              </td>
            </tr>
            {quorum.items.map((q, i) => (
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  {capitalised(itemLabel(items[i]!, i))}
                </th>
                <td class="govuk-table__cell">
                  {q.counted.length}: {who(q.counted)}
                </td>
                <td class="govuk-table__cell">{who(q.attending.filter((id) => !q.counted.includes(id)))}</td>
                <td class="govuk-table__cell">
                  <State quorate={q.quorate} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {items.length === 0 ? (
        <p class="govuk-body">
          This meeting's agenda is not on the record yet: arrivals and departures can be placed against items once it is
          published.
        </p>
      ) : null}
    </>
  );
}

export interface RegisterPageProps {
  readonly csrfToken: string;
  readonly view: RegisterView;
  readonly values: RegisterValues;
  readonly errors?: readonly FieldError[];
  /** Someone else saved the register since this form was loaded. */
  readonly conflict?: string | null;
  readonly saved?: boolean;
  /** The quorum shown is counted from what was typed, which is not saved yet. */
  readonly checked?: boolean;
}

/** The register of one meeting: a form that works without JavaScript, and the quorum it gives at each item. */
export function RegisterPage(props: RegisterPageProps): Html {
  const { view, values } = props;
  const errors = props.errors ?? [];
  const err = (id: string) => errorFor(errors, id);
  const title = `Register - ${formatLongDate(view.meeting.date)} - ${view.body.name}`;
  const memberOptions: SelectOption[] = [
    { value: '', label: 'Choose a member' },
    ...view.members.map((m) => ({ value: m.personId, label: m.name })),
  ];
  const substitutes = [
    ...values.substitutes,
    ...Array.from({ length: BLANK_SUBSTITUTES }, () => ({
      name: '',
      substituteForId: '',
      remote: false,
      arrival: '',
      arrivalTime: '',
      departure: '',
      departureTime: '',
    })),
  ];
  const others = [
    ...values.others,
    ...Array.from({ length: BLANK_OTHERS }, () => ({ name: '', roleText: '', capacity: '' })),
  ];
  return (
    <Layout
      title={title}
      error={errors.length > 0}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: MEETINGS_HOME, text: 'Meetings' },
        { href: meetingHubPath(view.meeting.id), text: `${view.body.name}, ${formatLongDate(view.meeting.date)}` },
      ]}
    >
      {props.saved ? <SuccessBanner text="The register is saved" /> : null}
      {props.checked ? (
        <div class="govuk-notification-banner" role="region" aria-labelledby="checked-title">
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="checked-title">
              Not saved yet
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">
              The quorum below counts the register as you filled it in. Save the register to keep it.
            </p>
          </div>
        </div>
      ) : null}
      {props.conflict ? (
        <div class="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 class="govuk-error-summary__title">The register changed while you were editing it</h2>
            <div class="govuk-error-summary__body">
              <p class="govuk-body">{props.conflict}</p>
              <p class="govuk-body">
                Your entries are below. The quorum shows the register as it is now saved: check it, then save yours
                again to replace it.
              </p>
            </div>
          </div>
        </div>
      ) : null}
      {errors.length ? <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} /> : null}
      <span class="govuk-caption-l">{view.body.name}</span>
      <h1 class="govuk-heading-xl">Register of {formatLongDate(view.meeting.date)}</h1>
      <p class="govuk-body">
        <a class="govuk-link" href={`/meetings/${encodeURIComponent(view.meeting.id)}`}>
          The meeting's public page
        </a>{' '}
        shows the register as saved here.
      </p>
      <QuorumTable view={view} />
      <form method="post" action={registerPath(view.meeting.id)} novalidate>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="version" value={String(values.version)} />
        <input type="hidden" name="fingerprint" value={values.fingerprint} />
        <h2 class="govuk-heading-l">Members</h2>
        {view.members.length === 0 ? (
          <p class="govuk-body">The record holds no members of this body on the day of the meeting.</p>
        ) : null}
        {values.members.map((m, i) => {
          const member = view.members.find((v) => v.personId === m.personId);
          const name = member?.name ?? 'Unknown';
          const role = member ? ROLE_LABELS[member.role] : undefined;
          const prefix = `members-${i}`;
          return (
            <div class="govuk-!-margin-bottom-6">
              <input type="hidden" name={`${prefix}-personId`} value={m.personId} />
              <StatusRadios
                name={`${prefix}-status`}
                legend={role ? `${name}, ${role}` : name}
                value={m.status ?? ''}
                error={err(`${prefix}-status`)}
              />
              <TextInput
                id={`${prefix}-reason`}
                label={`Reason for apologies (optional)`}
                value={m.reason ?? ''}
                width="govuk-input--width-20"
                error={err(`${prefix}-reason`)}
              />
              <MovementFields prefix={prefix} who={name} values={m as Movements} items={view.items} errors={errors} />
            </div>
          );
        })}
        <h2 class="govuk-heading-l">Substitutes</h2>
        {view.body.allowsSubstitutes ? (
          <p class="govuk-body">
            A substitute takes the place of a member who is not there.
            {view.substitutePool.length
              ? ` The body's named substitutes: ${view.substitutePool.map((s) => s.name).join(', ')}.`
              : ''}
          </p>
        ) : (
          <p class="govuk-body">This body does not allow substitutes.</p>
        )}
        {substitutes.map((s, i) => {
          const prefix = `substitutes-${i}`;
          return (
            <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Substitute {i + 1}</legend>
              <TextInput
                id={`${prefix}-name`}
                label="Name"
                value={s.name}
                width="govuk-input--width-20"
                error={err(`${prefix}-name`)}
              />
              <SelectField
                id={`${prefix}-substituteForId`}
                label="Substitute for"
                value={s.substituteForId}
                options={memberOptions}
                error={err(`${prefix}-substituteForId`)}
              />
              <SelectField
                id={`${prefix}-mode`}
                label="Attended"
                value={s.remote ? 'remote' : 'room'}
                options={[
                  { value: 'room', label: 'In the room' },
                  { value: 'remote', label: 'Remotely' },
                ]}
              />
              <MovementFields
                prefix={prefix}
                who={s.name || `substitute ${i + 1}`}
                values={s as Movements}
                items={view.items}
                errors={errors}
              />
            </fieldset>
          );
        })}
        <h2 class="govuk-heading-l">Others in attendance</h2>
        <p class="govuk-body">Officers, partners, witnesses and guests, with the role they attended in.</p>
        {others.map((o, i) => {
          const prefix = `others-${i}`;
          return (
            <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">In attendance {i + 1}</legend>
              <TextInput
                id={`${prefix}-name`}
                label="Name"
                value={o.name}
                width="govuk-input--width-20"
                error={err(`${prefix}-name`)}
              />
              <TextInput
                id={`${prefix}-roleText`}
                label="Role"
                hint="For example, Director of Place"
                value={o.roleText}
                width="govuk-input--width-20"
                error={err(`${prefix}-roleText`)}
              />
              <SelectField
                id={`${prefix}-capacity`}
                label="Attended as"
                value={o.capacity}
                options={OTHER_CAPACITIES.map((c) => ({ value: c, label: CAPACITY_LABELS[c] }))}
                error={err(`${prefix}-capacity`)}
              />
            </fieldset>
          );
        })}
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button">
            Save the register
          </button>
          <button
            type="submit"
            name="intent"
            value="check"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
          >
            Check the quorum without saving
          </button>
        </div>
      </form>
    </Layout>
  );
}
