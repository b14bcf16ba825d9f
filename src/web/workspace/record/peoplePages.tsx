import type { PersonPageForClerk } from '../../../app/record/peopleForClerk.js';
import { formatLongDate } from '../../../domain/calendar/dateInWords.js';
import { correctionText, type Correction } from '../../../domain/correction.js';
import { INTEREST_CATEGORY_LABELS } from '../../../domain/interests/interestCategory.js';
import type { Person } from '../../../domain/person.js';
import { describePersonChange } from '../../../domain/personChange.js';
import type { ReviewFlag } from '../../../domain/reviewFlag.js';
import type { ClerkOfficerPost } from '../../../store/repositories/officerPostRepository.js';
import type { MergeReview } from '../../../store/repositories/personMergeRepository.js';
import { datePartsOf, EMPTY_DATE } from '../../pages/dateInput.js';
import { DateInputField } from '../../pages/dateInputField.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { CsrfField, errorFor, TextInput, type FieldError } from '../forms/formFields.js';
import { VersionField } from './bodyPages.js';
import { ConflictNotice } from './conflictNotice.js';
import { dateErrorFor, ROLE_LABELS, type Values } from './recordForms.js';

const WORKSPACE_CRUMB = { href: '/workspace', text: 'Workspace' };
const PEOPLE_CRUMB = { href: '/workspace/people', text: 'People' };

function Errors({ errors }: { errors: readonly FieldError[] }): Html {
  return errors.length > 0 ? (
    <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} />
  ) : (
    <></>
  );
}

function Saved({ message }: { message: string | undefined }): Html {
  if (!message) return <></>;
  return (
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
        <p class="govuk-notification-banner__heading">{message}</p>
      </div>
    </div>
  );
}

export function PeopleListPage({
  people,
  more,
  query,
  pending,
}: {
  people: readonly Person[];
  more: boolean;
  query: string;
  pending: number;
}): Html {
  return (
    <Layout title="People" breadcrumbs={[WORKSPACE_CRUMB]}>
      <h1 class="govuk-heading-xl">People</h1>
      <p class="govuk-body">
        <a class="govuk-link" href="/workspace/people/review">
          {`Review uncertain matches and flags (${pending} waiting)`}
        </a>
      </p>
      <form method="get" action="/workspace/people">
        <TextInput id="q" label="Find a person by name" value={query} width="govuk-input--width-20" />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          Find
        </button>
      </form>
      {people.length === 0 ? (
        <p class="govuk-body">No one matches.</p>
      ) : (
        <ul class="govuk-list">
          {people.map((p) => (
            <li>
              <a class="govuk-link" href={`/workspace/people/${p.slug}`}>
                {p.displayName}
              </a>
            </li>
          ))}
        </ul>
      )}
      {more ? <p class="govuk-body">More people match: narrow the search.</p> : ''}
    </Layout>
  );
}

/** The form a POST came back to with errors on a person's page. */
export interface PersonActiveForm {
  readonly form: 'rename' | 'merge' | 'split' | 'post' | 'undo';
  readonly values: Values;
  readonly errors: readonly FieldError[];
  /** The person's version the form was posted with, kept on a 400 so that a change by someone else still shows. */
  readonly version?: number;
  /** Someone else changed the person since the form was opened (409): the page shows them as they are now. */
  readonly conflict?: boolean;
}

function CorrectionList({ list }: { list: readonly Correction[] }): Html {
  if (list.length === 0) return <></>;
  return (
    <ul class="govuk-list govuk-body-s">
      {list.map((c) => (
        <li>{correctionText(c)}</li>
      ))}
    </ul>
  );
}

function postDates(p: ClerkOfficerPost): string {
  if (p.startsOn || p.endsOn)
    return `${p.startsOn ? `from ${formatLongDate(p.startsOn)}` : 'start not recorded'}${p.endsOn ? ` to ${formatLongDate(p.endsOn)}` : ''}`;
  if (p.firstSeenOn)
    return `seen in the minutes ${formatLongDate(p.firstSeenOn)}${p.lastSeenOn && p.lastSeenOn !== p.firstSeenOn ? ` to ${formatLongDate(p.lastSeenOn)}` : ''}`;
  return 'dates not recorded';
}

/** One checkbox of a group sharing a name (GOV.UK's small checkboxes). */
function Checkbox(props: { id: string; name: string; value: string; label: string; checked: boolean }): Html {
  return (
    <div class="govuk-checkboxes__item">
      <input
        class="govuk-checkboxes__input"
        id={props.id}
        name={props.name}
        type="checkbox"
        value={props.value}
        checked={props.checked}
      />
      <label class="govuk-label govuk-checkboxes__label" for={props.id}>
        {props.label}
      </label>
    </div>
  );
}

export function PersonEditPage({
  record,
  csrfToken,
  active,
  saved,
}: {
  record: PersonPageForClerk;
  csrfToken: string;
  active?: PersonActiveForm;
  saved?: string;
}): Html {
  const { person } = record;
  const errors = active?.errors ?? [];
  const v = (form: PersonActiveForm['form'], id: string, fallback = ''): string =>
    active?.form === form ? (active.values[id] ?? '') : fallback;
  const dv = (name: string) =>
    active?.form === 'post'
      ? {
          day: active.values[`${name}-day`] ?? '',
          month: active.values[`${name}-month`] ?? '',
          year: active.values[`${name}-year`] ?? '',
        }
      : EMPTY_DATE;
  const chosen = new Set(active?.form === 'split' ? (active.values.meeting ?? '').split('\n') : []);
  const chosenOwn = (name: 'approval' | 'entry'): Set<string> =>
    new Set(active?.form === 'split' ? (active.values[name] ?? '').split('\n') : []);
  const ownCount = record.own.approvals.length + record.own.interestEntries.length + (record.own.reviewedOn ? 1 : 0);
  const names = new Map([person, ...record.merged].map((p) => [p.id, p.displayName]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const versionOf = (form: PersonActiveForm['form']): number =>
    active?.form === form && !active.conflict && active.version !== undefined ? active.version : record.version;
  return (
    <Layout
      title={person.displayName}
      error={errors.length > 0 || active?.conflict === true}
      breadcrumbs={[WORKSPACE_CRUMB, PEOPLE_CRUMB]}
    >
      {active?.conflict ? (
        <ConflictNotice
          what="person"
          current={[
            ['Name', person.displayName],
            ['Spellings merged into them', record.merged.map((m) => m.displayName).join('; ') || 'None'],
          ]}
        />
      ) : (
        ''
      )}
      <Errors errors={errors} />
      <Saved message={saved} />
      <span class="govuk-caption-l">Editing the record</span>
      <h1 class="govuk-heading-xl">{person.displayName}</h1>
      <p class="govuk-body">
        <a class="govuk-link" href={`/people/${person.slug}`}>
          Their public page
        </a>
      </p>
      <CorrectionList list={record.corrections} />
      {record.aliases.length > 0 ? (
        <p class="govuk-body">{`Written in documents as: ${[...new Set(record.aliases.map((a) => a.alias))].join('; ')}`}</p>
      ) : (
        ''
      )}
      {record.merged.length > 0 ? (
        <p class="govuk-body">{`Spellings merged into this person: ${record.merged.map((m) => m.displayName).join('; ')}`}</p>
      ) : (
        ''
      )}

      <h2 class="govuk-heading-l">Memberships</h2>
      {record.memberships.length === 0 ? (
        <p class="govuk-body">None recorded.</p>
      ) : (
        <ul class="govuk-list govuk-list--bullet">
          {record.memberships.map((m) => (
            <li>
              <a class="govuk-link" href={`/workspace/bodies/${record.bodies[m.bodyId]?.slug ?? ''}`}>
                {record.bodies[m.bodyId]?.name ?? m.bodyId}
              </a>
              {`: ${ROLE_LABELS[m.role]}, ${m.basis === 'inferred' ? 'inferred from attendance' : 'stated'}`}
            </li>
          ))}
        </ul>
      )}
      <p class="govuk-body">Memberships are changed on the page of their body.</p>

      <h2 class="govuk-heading-l">Rename</h2>
      <form method="post" action={`/workspace/people/${person.slug}/rename`} novalidate>
        <CsrfField token={csrfToken} />
        <VersionField version={versionOf('rename')} />
        <TextInput
          id="name"
          label="Correct name"
          hint="The spelling in the documents is kept, and the page says what they said"
          value={v('rename', 'name', person.displayName)}
          error={errorFor(errors, 'name')}
          width="govuk-input--width-20"
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          Rename
        </button>
      </form>

      <h2 class="govuk-heading-l">Merge</h2>
      <form method="post" action={`/workspace/people/${person.slug}/merge`} novalidate>
        <CsrfField token={csrfToken} />
        <VersionField version={versionOf('merge')} />
        <TextInput
          id="other"
          label="The same person, recorded under another name"
          hint={`The address of their page, as in /people/jane-smith: enter jane-smith. Their records join ${person.displayName}'s.`}
          value={v('merge', 'other')}
          error={errorFor(errors, 'other')}
          width="govuk-input--width-20"
          spellcheck={false}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          Merge into {person.displayName}
        </button>
      </form>

      <h2 class="govuk-heading-l">Split</h2>
      {record.meetings.length === 0 ? (
        <p class="govuk-body">No meetings record this person, so there is nothing to split.</p>
      ) : (
        <form method="post" action={`/workspace/people/${person.slug}/split`} novalidate>
          <CsrfField token={csrfToken} />
          <VersionField version={versionOf('split')} />
          <div class={`govuk-form-group${errorFor(errors, 'meeting') ? ' govuk-form-group--error' : ''}`}>
            <fieldset
              class="govuk-fieldset"
              aria-describedby={errorFor(errors, 'meeting') ? 'meeting-hint meeting-error' : 'meeting-hint'}
            >
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                Meetings whose records are of someone else
              </legend>
              <div id="meeting-hint" class="govuk-hint">
                Their attendance and declarations at these meetings move to the other person.
              </div>
              {errorFor(errors, 'meeting') ? (
                <p id="meeting-error" class="govuk-error-message">
                  <span class="govuk-visually-hidden">Error:</span> {errorFor(errors, 'meeting')!.message}
                </p>
              ) : (
                ''
              )}
              <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                {record.meetings.map((m, n) => (
                  <div class="govuk-checkboxes__item">
                    <input
                      class="govuk-checkboxes__input"
                      id={n === 0 ? 'meeting' : `meeting-${n}`}
                      name="meeting"
                      type="checkbox"
                      value={m.id}
                      checked={chosen.has(m.id)}
                    />
                    <label class="govuk-label govuk-checkboxes__label" for={n === 0 ? 'meeting' : `meeting-${n}`}>
                      {`${m.bodyName}, ${formatLongDate(m.date)}`}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          {ownCount > 0 ? (
            <div class="govuk-form-group">
              <fieldset class="govuk-fieldset" aria-describedby="own-hint">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                  Also the other person’s (optional)
                </legend>
                <div id="own-hint" class="govuk-hint">
                  What is recorded for {person.displayName} rather than for a meeting stays with them unless you choose
                  it here. Votes and substitutions at the chosen meetings move with their records.
                </div>
                <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                  {record.own.approvals.map((a, n) => (
                    <Checkbox
                      id={`approval-${n}`}
                      name="approval"
                      value={a.id}
                      label={`Absence approved on ${formatLongDate(a.approvedOn)}: ${a.reason}`}
                      checked={chosenOwn('approval').has(a.id)}
                    />
                  ))}
                  {record.own.interestEntries.map((e, n) => (
                    <Checkbox
                      id={`entry-${n}`}
                      name="entry"
                      value={e.id}
                      label={`Register of interests: ${INTEREST_CATEGORY_LABELS[e.category]}, ${e.description}`}
                      checked={chosenOwn('entry').has(e.id)}
                    />
                  ))}
                  {record.own.reviewedOn ? (
                    <Checkbox
                      id="review"
                      name="review"
                      value="yes"
                      label={`The register’s last review, on ${formatLongDate(record.own.reviewedOn)}`}
                      checked={active?.form === 'split' && active.values.review === 'yes'}
                    />
                  ) : null}
                </div>
              </fieldset>
            </div>
          ) : null}
          <TextInput
            id="split-name"
            label="Name of the other person"
            value={v('split', 'split-name')}
            error={errorFor(errors, 'split-name')}
            width="govuk-input--width-20"
          />
          <button type="submit" class="govuk-button" data-module="govuk-button">
            Split
          </button>
        </form>
      )}

      <h2 class="govuk-heading-l">Officer posts</h2>
      {record.posts.length === 0 ? (
        <p class="govuk-body">None recorded.</p>
      ) : (
        <ul class="govuk-list govuk-list--bullet">
          {record.posts.map((p) => (
            <li>
              {`${p.jobTitle}${p.organisation ? `, ${p.organisation}` : ''}: ${postDates(p)}`}{' '}
              <a class="govuk-link" href={`/workspace/people/${person.slug}/posts/${p.id}`}>
                Change<span class="govuk-visually-hidden">{` the post ${p.jobTitle}`}</span>
              </a>
              <CorrectionList list={record.postCorrections.filter((c) => c.subjectId === p.id)} />
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`/workspace/people/${person.slug}/posts`} novalidate>
        <CsrfField token={csrfToken} />
        <h3 class="govuk-heading-m">Add a post</h3>
        <TextInput
          id="post-title"
          label="Job title"
          value={v('post', 'post-title')}
          error={errorFor(errors, 'post-title')}
          width="govuk-input--width-20"
        />
        <TextInput
          id="post-organisation"
          label="Organisation (optional)"
          value={v('post', 'post-organisation')}
          error={errorFor(errors, 'post-organisation')}
          width="govuk-input--width-20"
        />
        <DateInputField
          name="post-start"
          legend="Start date"
          hint="For example, 21 5 2025"
          value={dv('post-start')}
          error={dateErrorFor(errors, 'post-start')}
        />
        <DateInputField
          name="post-end"
          legend="End date (optional)"
          hint="Leave empty while they hold the post"
          value={dv('post-end')}
          error={dateErrorFor(errors, 'post-end')}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          Add post
        </button>
      </form>

      <h2 class="govuk-heading-l">Changes</h2>
      {errorFor(errors, 'undo') ? (
        <p id="undo" class="govuk-error-message">
          <span class="govuk-visually-hidden">Error:</span> {errorFor(errors, 'undo')!.message}
        </p>
      ) : (
        ''
      )}
      {record.changes.length === 0 ? (
        <p class="govuk-body">No changes have been made to this person.</p>
      ) : (
        <ul class="govuk-list">
          {record.changes.map((ch) => (
            <li>
              {`${formatLongDate(ch.madeAt.slice(0, 10))}: ${describePersonChange(ch, nameOf)}${ch.undoneById ? ' (undone)' : ''}`}
              {ch.kind !== 'undo' && !ch.undoneById ? (
                <form
                  method="post"
                  action={`/workspace/people/${person.slug}/undo/${ch.id}`}
                  class="govuk-!-display-inline"
                >
                  <CsrfField token={csrfToken} />{' '}
                  <button
                    type="submit"
                    class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    data-module="govuk-button"
                  >
                    Undo<span class="govuk-visually-hidden">{` ${describePersonChange(ch, nameOf)}`}</span>
                  </button>
                </form>
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function PostEditPage({
  person,
  post,
  csrfToken,
  values,
  errors = [],
  version,
  conflict = false,
}: {
  person: Person;
  post: ClerkOfficerPost & { readonly version: number };
  csrfToken: string;
  values?: Values;
  errors?: readonly FieldError[];
  /** The version the form was posted with (a 400 keeps it); the post's current one otherwise. */
  version?: number;
  /** Someone else changed the post since the form was opened (409). */
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
      title={`${post.jobTitle}, ${person.displayName}`}
      error={errors.length > 0 || conflict}
      breadcrumbs={[
        WORKSPACE_CRUMB,
        PEOPLE_CRUMB,
        { href: `/workspace/people/${person.slug}`, text: person.displayName },
      ]}
    >
      {conflict ? (
        <ConflictNotice
          what="post"
          current={[
            ['Job title', post.jobTitle],
            ['Organisation', post.organisation ?? ''],
            ['Start date', post.startsOn ? formatLongDate(post.startsOn) : ''],
            ['End date', post.endsOn ? formatLongDate(post.endsOn) : ''],
          ]}
        />
      ) : (
        ''
      )}
      <Errors errors={errors} />
      <span class="govuk-caption-l">{person.displayName}</span>
      <h1 class="govuk-heading-xl">Change a post</h1>
      <form method="post" action={`/workspace/people/${person.slug}/posts/${post.id}`} novalidate>
        <CsrfField token={csrfToken} />
        <VersionField version={conflict || version === undefined ? post.version : version} />
        <TextInput
          id="title"
          label="Job title"
          value={v('title', post.jobTitle)}
          error={errorFor(errors, 'title')}
          width="govuk-input--width-20"
        />
        <TextInput
          id="organisation"
          label="Organisation (optional)"
          value={v('organisation', post.organisation ?? '')}
          error={errorFor(errors, 'organisation')}
          width="govuk-input--width-20"
        />
        <DateInputField
          name="start"
          legend="Start date"
          hint="For example, 21 5 2025"
          value={dv('start', post.startsOn)}
          error={dateErrorFor(errors, 'start')}
        />
        <DateInputField
          name="end"
          legend="End date"
          hint="Enter a date to end the post"
          value={dv('end', post.endsOn)}
          error={dateErrorFor(errors, 'end')}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          Save post
        </button>
      </form>
    </Layout>
  );
}

export function ReviewPage({
  matches,
  flags,
  csrfToken,
  saved,
}: {
  matches: readonly MergeReview[];
  flags: readonly ReviewFlag[];
  csrfToken: string;
  saved?: string;
}): Html {
  return (
    <Layout title="Review people" breadcrumbs={[WORKSPACE_CRUMB, PEOPLE_CRUMB]}>
      <Saved message={saved} />
      <h1 class="govuk-heading-xl">Review people</h1>
      <h2 class="govuk-heading-l">Uncertain name matches</h2>
      {matches.length === 0 ? (
        <p class="govuk-body">No name matches are waiting.</p>
      ) : (
        matches.map((m) => (
          <div class="govuk-summary-card">
            <div class="govuk-summary-card__title-wrapper">
              <h3 class="govuk-summary-card__title">{`Is “${m.mergedName}” the same person as “${m.keptName}”?`}</h3>
            </div>
            <div class="govuk-summary-card__content">
              <ul class="govuk-list govuk-list--bullet">
                {m.evidence.map((e) => (
                  <li>{e}</li>
                ))}
              </ul>
              <form method="post" action={`/workspace/people/review/matches/${m.id}`}>
                <CsrfField token={csrfToken} />
                <div class="govuk-button-group">
                  <button
                    type="submit"
                    name="decision"
                    value="accepted"
                    class="govuk-button"
                    data-module="govuk-button"
                  >
                    Same person<span class="govuk-visually-hidden">{`: ${m.mergedName} is ${m.keptName}`}</span>
                  </button>
                  <button
                    type="submit"
                    name="decision"
                    value="rejected"
                    class="govuk-button govuk-button--secondary"
                    data-module="govuk-button"
                  >
                    Different people<span class="govuk-visually-hidden">{`: ${m.mergedName} and ${m.keptName}`}</span>
                  </button>
                </div>
              </form>
            </div>
          </div>
        ))
      )}
      <h2 class="govuk-heading-l">Flags</h2>
      {flags.length === 0 ? (
        <p class="govuk-body">No flags are waiting.</p>
      ) : (
        <ul class="govuk-list">
          {flags.map((f) => (
            <li>
              <p class="govuk-body">
                {f.message}
                {f.meetingId ? (
                  <>
                    {' '}
                    <a class="govuk-link" href={`/meetings/${f.meetingId}`}>
                      The meeting
                    </a>
                  </>
                ) : (
                  ''
                )}
              </p>
              <form method="post" action={`/workspace/people/review/flags/${f.id}`}>
                <CsrfField token={csrfToken} />
                <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
                  Dismiss<span class="govuk-visually-hidden">{`: ${f.message}`}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
