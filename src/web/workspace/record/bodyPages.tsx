import type { BodyRecordForClerk, ClerkMembership } from '../../../app/record/bodyRecordForClerk.js';
import type { Body } from '../../../domain/body.js';
import { formatLongDate } from '../../../domain/calendar/dateInWords.js';
import { correctionText } from '../../../domain/correction.js';
import { membershipBasisText } from '../../../domain/membership.js';
import { seatLines } from '../../../domain/politicalBalance.js';
import { datePartsOf, EMPTY_DATE } from '../../pages/dateInput.js';
import { DateInputField } from '../../pages/dateInputField.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { CsrfField, errorFor, SelectField, TextArea, TextInput, type FieldError } from '../forms/formFields.js';
import { dateErrorFor, ROLE_LABELS, ROLE_OPTIONS, VOTE_LABELS, VOTE_OPTIONS, type Values } from './recordForms.js';
import { TableRegion } from '../../pages/tableRegion.js';
import { ConflictNotice, type CurrentValue } from './conflictNotice.js';

const WORKSPACE_CRUMB = { href: '/workspace', text: 'Workspace' };

export function BodiesListPage({ bodies }: { bodies: readonly { body: Body; mayEdit: boolean }[] }): Html {
  return (
    <Layout title="Bodies" breadcrumbs={[WORKSPACE_CRUMB]}>
      <h1 class="govuk-heading-xl">Bodies</h1>
      {bodies.length === 0 ? (
        <p class="govuk-body">No bodies are recorded yet: import documents first.</p>
      ) : (
        <TableRegion label="Committees and other bodies">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">Committees and other bodies</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Body
                </th>
                <th scope="col" class="govuk-table__header">
                  You may
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {bodies.map(({ body, mayEdit }) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={`/workspace/bodies/${body.slug}`}>
                      {body.name}
                    </a>
                  </td>
                  <td class="govuk-table__cell">{mayEdit ? 'Edit' : 'Read'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Layout>
  );
}

/** The form a POST came back to with errors, and what was typed into it. */
export interface ActiveForm {
  readonly form: 'settings' | 'terms' | 'balance' | 'member';
  readonly values: Values;
  readonly errors: readonly FieldError[];
  /** The body's version the form was posted with, kept on a 400 so that a change by someone else still shows. */
  readonly version?: number;
  /** Someone else changed the body since the form was opened (409): the page shows it as it is now. */
  readonly conflict?: boolean;
}

/** The hidden field every form that changes a row carries: the version of the row it showed. */
export function VersionField({ version }: { version: number }): Html {
  return <input type="hidden" name="version" value={String(version)} />;
}

function quorumText(body: Body): string {
  return `${Math.round(body.quorumRule.fraction * 100)}% of members, at least ${body.quorumRule.minimum}`;
}

/** The current values of what `form` changes, for the conflict notice. */
function currentValues(record: BodyRecordForClerk, form: ActiveForm['form']): CurrentValue[] {
  const { body } = record;
  if (form === 'settings')
    return [
      ['Size', body.size === null ? 'Not set' : `${body.size} seats`],
      ['Quorum', quorumText(body)],
      [
        'Meetings a year',
        body.meetingsPerYear ? `${body.meetingsPerYear.min} to ${body.meetingsPerYear.max}` : 'Not set',
      ],
      ['Substitutes', body.allowsSubstitutes ? 'Allowed' : 'Not allowed'],
    ];
  if (form === 'balance')
    return [
      ['Seats per political group', record.seats.length ? seatLines(record.seats).replace(/\n/g, '; ') : 'None set'],
    ];
  const latest = record.terms[0];
  return [
    ['Terms of reference adopted', latest?.adoptedOn ? formatLongDate(latest.adoptedOn) : 'Not recorded'],
    ['Purpose', latest?.purpose ?? latest?.description ?? ''],
  ];
}

function Corrections({ list }: { list: ClerkMembership['corrections'] }): Html {
  if (list.length === 0) return <></>;
  return (
    <ul class="govuk-list govuk-body-s">
      {list.map((c) => (
        <li>{correctionText(c)}</li>
      ))}
    </ul>
  );
}

function datesText(m: ClerkMembership): string {
  if (m.startsOn || m.endsOn)
    return `${m.startsOn ? `From ${formatLongDate(m.startsOn)}` : 'Start not recorded'}${m.endsOn ? ` to ${formatLongDate(m.endsOn)}` : ''}`;
  return membershipBasisText(m, formatLongDate);
}

function MembershipTable({
  caption,
  list,
  slug,
  mayEdit,
}: {
  caption: string;
  list: readonly ClerkMembership[];
  slug: string;
  mayEdit: boolean;
}): Html {
  if (list.length === 0) return <p class="govuk-body">{`${caption}: none recorded.`}</p>;
  return (
    <TableRegion label={caption}>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Name
            </th>
            <th scope="col" class="govuk-table__header">
              Role and vote
            </th>
            <th scope="col" class="govuk-table__header">
              Group
            </th>
            <th scope="col" class="govuk-table__header">
              Rests on
            </th>
            {mayEdit ? (
              <th scope="col" class="govuk-table__header">
                <span class="govuk-visually-hidden">Action</span>
              </th>
            ) : (
              ''
            )}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {list.map((m) => (
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">
                <a class="govuk-link" href={`/workspace/people/${m.person.slug}`}>
                  {m.person.name}
                </a>
              </td>
              <td class="govuk-table__cell">
                {ROLE_LABELS[m.role]}
                {m.role === 'co_optee' ? `, ${VOTE_LABELS[m.votingScope].toLowerCase()}` : ''}
              </td>
              <td class="govuk-table__cell">{m.party ?? ''}</td>
              <td class="govuk-table__cell">
                <strong class="govuk-tag govuk-tag--grey">
                  {m.enteredBy && m.corrections.length === 0
                    ? 'Entered by a clerk'
                    : m.basis === 'stated'
                      ? 'Stated'
                      : 'Inferred'}
                </strong>{' '}
                {datesText(m)}
                <Corrections list={m.corrections} />
              </td>
              {mayEdit ? (
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/workspace/bodies/${slug}/memberships/${m.id}`}>
                    Change<span class="govuk-visually-hidden">{` ${m.person.name}'s membership`}</span>
                  </a>
                </td>
              ) : (
                ''
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

export function BodyEditPage({
  record,
  csrfToken,
  active,
  saved,
}: {
  record: BodyRecordForClerk;
  csrfToken: string;
  active?: ActiveForm;
  saved?: string;
}): Html {
  const { body } = record;
  const errors = active?.errors ?? [];
  const v = (form: ActiveForm['form'], id: string, fallback: string): string =>
    active?.form === form ? (active.values[id] ?? '') : fallback;
  const err = (id: string): FieldError | undefined => errorFor(errors, id);
  const latest = record.terms[0];
  // A form posted back with errors keeps the version it was opened with; after a conflict, and for
  // every other form, the current one.
  const versionOf = (form: ActiveForm['form']): number =>
    active?.form === form && !active.conflict && active.version !== undefined ? active.version : record.version;
  const dateValue = (form: ActiveForm['form'], name: string) =>
    active?.form === form
      ? {
          day: active.values[`${name}-day`] ?? '',
          month: active.values[`${name}-month`] ?? '',
          year: active.values[`${name}-year`] ?? '',
        }
      : EMPTY_DATE;
  return (
    <Layout
      title={body.name}
      error={errors.length > 0 || active?.conflict === true}
      breadcrumbs={[WORKSPACE_CRUMB, { href: '/workspace/bodies', text: 'Bodies' }]}
    >
      {active?.conflict ? <ConflictNotice what="body" current={currentValues(record, active.form)} /> : ''}
      {errors.length > 0 ? <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} /> : ''}
      {saved ? (
        <div
          class="govuk-notification-banner govuk-notification-banner--success"
          role="alert"
          aria-labelledby="saved-title"
        >
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="saved-title">
              Success
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">{saved}</p>
          </div>
        </div>
      ) : (
        ''
      )}
      <span class="govuk-caption-l">Editing the record</span>
      <h1 class="govuk-heading-xl">{body.name}</h1>
      <p class="govuk-body">
        <a class="govuk-link" href={`/bodies/${body.slug}`}>
          The public page of {body.name}
        </a>
      </p>
      {record.mayEdit ? (
        ''
      ) : (
        <p class="govuk-inset-text">You may read this body's record; only its clerks may change it.</p>
      )}
      {record.warnings.length > 0 ? (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            This body's rules are broken:
            <ul class="govuk-list govuk-list--bullet">
              {record.warnings.map((w) => (
                <li>{w.message}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        ''
      )}

      <h2 class="govuk-heading-l">Members</h2>
      <MembershipTable caption="Current members" list={record.current} slug={body.slug} mayEdit={record.mayEdit} />
      <MembershipTable caption="Past members" list={record.past} slug={body.slug} mayEdit={record.mayEdit} />
      {record.mayEdit ? (
        <form method="post" action={`/workspace/bodies/${body.slug}/memberships`} novalidate>
          <CsrfField token={csrfToken} />
          <h3 class="govuk-heading-m">Add a membership</h3>
          <TextInput
            id="member-person"
            label="Person"
            hint="The address of their page, as in /people/jane-smith: enter jane-smith"
            value={v('member', 'member-person', '')}
            error={err('member-person')}
            width="govuk-input--width-20"
            spellcheck={false}
          />
          <SelectField
            id="member-role"
            label="Role"
            options={ROLE_OPTIONS}
            value={v('member', 'member-role', 'member')}
            error={err('member-role')}
          />
          <SelectField
            id="member-vote"
            label="Vote"
            hint="Only a co-optee can have no vote, or a vote on education matters only"
            options={VOTE_OPTIONS}
            value={v('member', 'member-vote', 'full')}
            error={err('member-vote')}
          />
          <TextInput
            id="member-party"
            label="Political group (optional)"
            value={v('member', 'member-party', '')}
            error={err('member-party')}
            width="govuk-input--width-20"
          />
          <DateInputField
            name="member-start"
            legend="Start date"
            hint="For example, 21 5 2025"
            value={dateValue('member', 'member-start')}
            error={dateErrorFor(errors, 'member-start')}
          />
          <DateInputField
            name="member-end"
            legend="End date (optional)"
            hint="Leave empty while the membership lasts"
            value={dateValue('member', 'member-end')}
            error={dateErrorFor(errors, 'member-end')}
          />
          <button type="submit" class="govuk-button" data-module="govuk-button">
            Add membership
          </button>
        </form>
      ) : (
        ''
      )}

      <h2 class="govuk-heading-l">Size, quorum and meetings</h2>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Size</dt>
          <dd class="govuk-summary-list__value">{body.size === null ? 'Not set' : `${body.size} seats`}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Quorum</dt>
          <dd class="govuk-summary-list__value">{quorumText(body)}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Meetings a year</dt>
          <dd class="govuk-summary-list__value">
            {body.meetingsPerYear ? `${body.meetingsPerYear.min} to ${body.meetingsPerYear.max}` : 'Not set'}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Substitutes</dt>
          <dd class="govuk-summary-list__value">{body.allowsSubstitutes ? 'Allowed' : 'Not allowed'}</dd>
        </div>
      </dl>
      {record.mayEdit ? (
        <form method="post" action={`/workspace/bodies/${body.slug}/settings`} novalidate>
          <CsrfField token={csrfToken} />
          <VersionField version={versionOf('settings')} />
          <h3 class="govuk-heading-m">Change size, quorum and meetings</h3>
          <TextInput
            id="size"
            label="Size (seats)"
            hint="Leave empty if the body has no set size"
            inputmode="numeric"
            width="govuk-input--width-4"
            value={v('settings', 'size', body.size === null ? '' : String(body.size))}
            error={err('size')}
          />
          <TextInput
            id="quorum-percent"
            label="Quorum: share of members, in per cent"
            hint="For example, 25 for one quarter"
            inputmode="numeric"
            width="govuk-input--width-4"
            value={v('settings', 'quorum-percent', String(Math.round(body.quorumRule.fraction * 100)))}
            error={err('quorum-percent')}
          />
          <TextInput
            id="quorum-minimum"
            label="Quorum: never fewer than"
            inputmode="numeric"
            width="govuk-input--width-4"
            value={v('settings', 'quorum-minimum', String(body.quorumRule.minimum))}
            error={err('quorum-minimum')}
          />
          <TextInput
            id="meetings-min"
            label="Meetings a year: at least"
            hint="Leave both empty if not set"
            inputmode="numeric"
            width="govuk-input--width-4"
            value={v('settings', 'meetings-min', body.meetingsPerYear ? String(body.meetingsPerYear.min) : '')}
            error={err('meetings-min')}
          />
          <TextInput
            id="meetings-max"
            label="Meetings a year: at most"
            inputmode="numeric"
            width="govuk-input--width-4"
            value={v('settings', 'meetings-max', body.meetingsPerYear ? String(body.meetingsPerYear.max) : '')}
            error={err('meetings-max')}
          />
          <SelectField
            id="substitutes"
            label="Substitutes"
            options={[
              { value: 'yes', label: 'Allowed' },
              { value: 'no', label: 'Not allowed' },
            ]}
            value={v('settings', 'substitutes', body.allowsSubstitutes ? 'yes' : 'no')}
            error={err('substitutes')}
          />
          <button type="submit" class="govuk-button" data-module="govuk-button">
            Save size, quorum and meetings
          </button>
        </form>
      ) : (
        ''
      )}

      <h2 class="govuk-heading-l">Political balance</h2>
      {record.seats.length === 0 ? (
        <p class="govuk-body">No political balance is set for this body.</p>
      ) : (
        <ul class="govuk-list govuk-list--bullet">
          {record.seats.map((s) => (
            <li>{`${s.party}: ${s.seats} seat${s.seats === 1 ? '' : 's'}`}</li>
          ))}
        </ul>
      )}
      {record.mayEdit ? (
        <form method="post" action={`/workspace/bodies/${body.slug}/balance`} novalidate>
          <CsrfField token={csrfToken} />
          <VersionField version={versionOf('balance')} />
          <TextArea
            id="seats"
            label="Seats per political group"
            hint='One group a line, like "Labour: 7". Leave empty to remove the balance.'
            rows={5}
            value={v('balance', 'seats', seatLines(record.seats))}
            error={err('seats')}
          />
          <button type="submit" class="govuk-button" data-module="govuk-button">
            Save political balance
          </button>
        </form>
      ) : (
        ''
      )}

      <h2 class="govuk-heading-l">Terms of reference</h2>
      {latest ? (
        <>
          <p class="govuk-body">
            {latest.adoptedOn ? `Adopted ${formatLongDate(latest.adoptedOn)}.` : 'Date of adoption not recorded.'}
          </p>
          {[
            ['Purpose', latest.purpose ?? latest.description],
            ['Powers', latest.powers],
            ['Membership', latest.membershipRules],
            ['Quorum', latest.quorumText],
            ['Frequency of meetings', latest.frequencyText],
          ]
            .filter(([, t]) => t)
            .map(([h, t]) => (
              <>
                <h3 class="govuk-heading-s">{h}</h3>
                <p class="govuk-body">{t}</p>
              </>
            ))}
        </>
      ) : (
        <p class="govuk-body">No terms of reference are recorded.</p>
      )}
      {record.terms.length > 1 ? (
        <details class="govuk-details">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">Earlier versions ({String(record.terms.length - 1)})</span>
          </summary>
          <div class="govuk-details__text">
            {record.terms.slice(1).map((t) => (
              <>
                <h3 class="govuk-heading-s">
                  {t.adoptedOn ? `Adopted ${formatLongDate(t.adoptedOn)}` : 'Date not recorded'}
                </h3>
                <p class="govuk-body">{t.purpose ?? t.description ?? ''}</p>
              </>
            ))}
          </div>
        </details>
      ) : (
        ''
      )}
      {record.mayEdit ? (
        <form method="post" action={`/workspace/bodies/${body.slug}/terms`} novalidate>
          <CsrfField token={csrfToken} />
          <VersionField version={versionOf('terms')} />
          <h3 class="govuk-heading-m">Adopt new terms of reference</h3>
          <p class="govuk-body">The versions adopted before stay in the record.</p>
          <DateInputField
            name="tor-adopted"
            legend="Date adopted"
            hint="For example, 21 5 2025"
            value={dateValue('terms', 'tor-adopted')}
            error={dateErrorFor(errors, 'tor-adopted')}
          />
          <TextArea
            id="tor-purpose"
            label="Purpose"
            value={v('terms', 'tor-purpose', latest?.purpose ?? latest?.description ?? '')}
            error={err('tor-purpose')}
          />
          <TextArea
            id="tor-powers"
            label="Powers (optional)"
            value={v('terms', 'tor-powers', latest?.powers ?? '')}
            error={err('tor-powers')}
          />
          <TextArea
            id="tor-membership"
            label="Membership (optional)"
            value={v('terms', 'tor-membership', latest?.membershipRules ?? '')}
            error={err('tor-membership')}
          />
          <TextArea
            id="tor-quorum"
            label="Quorum (optional)"
            rows={2}
            value={v('terms', 'tor-quorum', latest?.quorumText ?? '')}
            error={err('tor-quorum')}
          />
          <TextArea
            id="tor-frequency"
            label="Frequency of meetings (optional)"
            rows={2}
            value={v('terms', 'tor-frequency', latest?.frequencyText ?? '')}
            error={err('tor-frequency')}
          />
          <button type="submit" class="govuk-button" data-module="govuk-button">
            Adopt terms of reference
          </button>
        </form>
      ) : (
        ''
      )}
    </Layout>
  );
}

export function MembershipEditPage({
  body,
  membership,
  csrfToken,
  values,
  errors = [],
  version,
  conflict = false,
}: {
  body: Body;
  membership: ClerkMembership;
  csrfToken: string;
  values?: Values;
  errors?: readonly FieldError[];
  /** The version the form was posted with (a 400 keeps it); the membership's current one otherwise. */
  version?: number;
  /** Someone else changed the membership since the form was opened (409). */
  conflict?: boolean;
}): Html {
  const v = (id: string, fallback: string): string => (values ? (values[id] ?? '') : fallback);
  const dv = (name: string, iso: string | null) =>
    values
      ? { day: values[`${name}-day`] ?? '', month: values[`${name}-month`] ?? '', year: values[`${name}-year`] ?? '' }
      : iso
        ? datePartsOf(iso)
        : EMPTY_DATE;
  return (
    <Layout
      title={`${membership.person.name}, ${body.name}`}
      error={errors.length > 0 || conflict}
      breadcrumbs={[
        WORKSPACE_CRUMB,
        { href: '/workspace/bodies', text: 'Bodies' },
        { href: `/workspace/bodies/${body.slug}`, text: body.name },
      ]}
    >
      {conflict ? (
        <ConflictNotice
          what="membership"
          current={[
            ['Role', ROLE_LABELS[membership.role]],
            ['Vote', VOTE_LABELS[membership.votingScope]],
            ['Political group', membership.party ?? ''],
            ['Start date', membership.startsOn ? formatLongDate(membership.startsOn) : ''],
            ['End date', membership.endsOn ? formatLongDate(membership.endsOn) : ''],
          ]}
        />
      ) : (
        ''
      )}
      {errors.length > 0 ? <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} /> : ''}
      <span class="govuk-caption-l">{body.name}</span>
      <h1 class="govuk-heading-xl">{`Change ${membership.person.name}'s membership`}</h1>
      <p class="govuk-body">
        {membership.basis === 'inferred'
          ? `Inferred from attendance: ${membershipBasisText(membership, formatLongDate)}.`
          : membership.statement
            ? `The record states: “${membership.statement}”.`
            : 'Stated in the record.'}
      </p>
      <Corrections list={membership.corrections} />
      <p class="govuk-body">
        Where the membership came from a document, what the document said is kept and shown beside your correction.
      </p>
      <form method="post" action={`/workspace/bodies/${body.slug}/memberships/${membership.id}`} novalidate>
        <CsrfField token={csrfToken} />
        <VersionField version={conflict || version === undefined ? membership.version : version} />
        <SelectField
          id="role"
          label="Role"
          options={ROLE_OPTIONS}
          value={v('role', membership.role)}
          error={errorFor(errors, 'role')}
        />
        <SelectField
          id="vote"
          label="Vote"
          options={VOTE_OPTIONS}
          value={v('vote', membership.votingScope)}
          error={errorFor(errors, 'vote')}
        />
        <TextInput
          id="party"
          label="Political group (optional)"
          value={v('party', membership.party ?? '')}
          error={errorFor(errors, 'party')}
          width="govuk-input--width-20"
        />
        <DateInputField
          name="start"
          legend="Start date"
          hint="For example, 21 5 2025"
          value={dv('start', membership.startsOn)}
          error={dateErrorFor(errors, 'start')}
        />
        <DateInputField
          name="end"
          legend="End date"
          hint="Enter a date to end the membership"
          value={dv('end', membership.endsOn)}
          error={dateErrorFor(errors, 'end')}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          Save membership
        </button>
      </form>
    </Layout>
  );
}
