import type { ItemMinutesView, MeetingMinutesView } from '../../../app/minutes/readMinutes.js';
import { formatDate } from '../../../domain/calendar/dateInWords.js';
import { MAJORITY_RULES } from '../../../domain/decisions/voteResult.js';
import { minutesLocked, type MinutesState } from '../../../domain/minutes/minutesStatus.js';
import { CHOICE_LABELS, outcomeWords, RULE_LABELS } from '../../../domain/minutes/motion.js';
import type { WrittenRecord } from '../../../domain/minutes/writtenRecord.js';
import { VOTE_CHOICES } from '../../../domain/minutes.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { ItemMinutesBody } from '../../pages/itemMinutesBody.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';
import { meetingHubPath, MEETINGS_HOME } from '../meetings/meetingPages.js';
import { CsrfField, errorFor, SelectField, TextArea, TextInput, type FieldError } from '../forms/formFields.js';

export function minutesPath(meetingId: string, itemId?: string): string {
  const base = `/workspace/meetings/${encodeURIComponent(meetingId)}/minutes`;
  return itemId ? `${base}/${encodeURIComponent(itemId)}` : base;
}

function stateWords(state: MinutesState | null): string {
  if (!state) return 'Not written yet';
  if (state.status === 'draft') return 'Draft, published as not yet confirmed';
  return state.confirmedByMeetingId ? 'Confirmed and locked' : 'Imported, confirmed';
}

function StateTag({ state }: { state: MinutesState | null }): Html {
  const colour = !state ? 'grey' : state.status === 'draft' ? 'yellow' : 'green';
  return <strong class={`govuk-tag govuk-tag--${colour}`}>{stateWords(state)}</strong>;
}

function Problem({ message }: { message: string | null }): Html {
  if (!message) return <></>;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">There is a problem</h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body">{message}</p>
        </div>
      </div>
    </div>
  );
}

function title(view: { meeting: { date: string }; body: { name: string } }): string {
  return `${formatDate(view.meeting.date)} - ${view.body.name}`;
}

function crumbs(view: MeetingMinutesView | ItemMinutesView, withList: boolean) {
  return [
    { href: '/workspace', text: 'Workspace' },
    { href: MEETINGS_HOME, text: 'Meetings' },
    { href: meetingHubPath(view.meeting.id), text: title(view) },
    ...(withList ? [{ href: minutesPath(view.meeting.id), text: 'Minutes' }] : []),
  ];
}

export interface AmendmentValues {
  readonly itemId: string;
  readonly text: string;
  readonly reason: string;
  readonly agreedAtMeetingId: string;
}

/** A meeting's minutes: each item's state, confirming the previous meeting's, and amendments once confirmed. */
export function MinutesListPage({
  view,
  csrfToken,
  problem = null,
  amendment = { itemId: '', text: '', reason: '', agreedAtMeetingId: '' },
  errors = [],
}: {
  view: MeetingMinutesView;
  csrfToken: string;
  problem?: string | null;
  amendment?: AmendmentValues;
  errors?: readonly FieldError[];
}): Html {
  const locked = view.state !== null && minutesLocked(view.state);
  const order = [...view.items].sort((a, b) => (a.minutePosition ?? a.position) - (b.minutePosition ?? b.position));
  return (
    <Layout
      title={`Minutes - ${title(view)}`}
      error={errors.length > 0 || problem !== null}
      breadcrumbs={crumbs(view, false)}
    >
      {errors.length ? <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} /> : ''}
      <Problem message={problem} />
      <span class="govuk-caption-l">{title(view)}</span>
      <h1 class="govuk-heading-xl">Minutes</h1>
      <p class="govuk-body">
        <StateTag state={view.state} />
      </p>
      {view.confirmedBy ? (
        <p class="govuk-body">
          Confirmed as a correct record at the meeting of {formatDate(view.confirmedBy.date)}. Corrections are recorded
          as amendments below.
        </p>
      ) : (
        ''
      )}
      <p class="govuk-body">
        <a class="govuk-link" href={`/meetings/${encodeURIComponent(view.meeting.id)}`}>
          See the minutes as the public sees them
        </a>
      </p>
      <TableRegion label="Items and their minutes">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">Items, in the order of the minutes</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Minute
              </th>
              <th scope="col" class="govuk-table__header">
                Item
              </th>
              <th scope="col" class="govuk-table__header">
                Minutes
              </th>
              {locked ? (
                ''
              ) : (
                <th scope="col" class="govuk-table__header">
                  Order
                </th>
              )}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {order.map((i) => (
              <tr class="govuk-table__row" data-item-id={i.id}>
                <td class="govuk-table__cell">{i.minuteNumber ?? '–'}</td>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={minutesPath(view.meeting.id, i.id)}>
                    {i.agendaNumber ? `${i.agendaNumber}. ` : ''}
                    {i.title}
                  </a>
                  {i.isExempt ? ' (exempt: not public)' : ''}
                </td>
                <td class="govuk-table__cell">
                  {i.minutesText || i.points || i.resolutions
                    ? `${i.resolutions} resolution${i.resolutions === 1 ? '' : 's'}, ${i.points} point${i.points === 1 ? '' : 's'}`
                    : 'Not written'}
                </td>
                {locked ? (
                  ''
                ) : (
                  <td class="govuk-table__cell">
                    <form method="post" action={`${minutesPath(view.meeting.id, i.id)}/move`} novalidate>
                      <CsrfField token={csrfToken} />
                      <div class="govuk-button-group govuk-!-margin-bottom-0">
                        <button
                          type="submit"
                          name="direction"
                          value="up"
                          class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                          data-module="govuk-button"
                        >
                          Up<span class="govuk-visually-hidden">{`: move ${i.title} earlier in the minutes`}</span>
                        </button>
                        <button
                          type="submit"
                          name="direction"
                          value="down"
                          class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                          data-module="govuk-button"
                        >
                          Down<span class="govuk-visually-hidden">{`: move ${i.title} later in the minutes`}</span>
                        </button>
                      </div>
                    </form>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {!locked && view.items.length ? (
        <form method="post" action={`${minutesPath(view.meeting.id)}/number`} novalidate>
          <CsrfField token={csrfToken} />
          <p class="govuk-body">
            Items with minutes are numbered in the order above, continuing the body’s numbers for the municipal year.
          </p>
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
            Number the minutes
          </button>
        </form>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-l">Minutes of the last meeting</h2>
      {!view.previous ? (
        <p class="govuk-body">
          This is the body’s first meeting in the record: there are no earlier minutes to confirm.
        </p>
      ) : view.previous.state?.status === 'draft' ? (
        <form method="post" action={`${minutesPath(view.meeting.id)}/confirm-previous`} novalidate>
          <CsrfField token={csrfToken} />
          <p class="govuk-body">
            The draft minutes of the meeting of {formatDate(view.previous.date)} are confirmed at this meeting as a
            correct record. Once confirmed they are locked: a later correction is an amendment.
          </p>
          <button type="submit" class="govuk-button" data-module="govuk-button">
            Confirm the minutes of {formatDate(view.previous.date)}
          </button>
        </form>
      ) : (
        <p class="govuk-body">
          The minutes of the meeting of {formatDate(view.previous.date)}:{' '}
          {stateWords(view.previous.state).toLowerCase()}.
        </p>
      )}
      <h2 class="govuk-heading-l">Amendments</h2>
      {view.amendments.length ? (
        <ul class="govuk-list govuk-list--spaced">
          {view.amendments.map((a) => (
            <li>
              {a.text}{' '}
              <span class="govuk-body-s">
                (Reason: {a.reason}. Agreed at the meeting of{' '}
                {a.agreedAt ? formatDate(a.agreedAt.date) : 'a later meeting'}.)
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="govuk-body">No amendments.</p>
      )}
      {locked ? (
        view.laterMeetings.length ? (
          <form method="post" action={`${minutesPath(view.meeting.id)}/amendments`} novalidate>
            <CsrfField token={csrfToken} />
            <SelectField
              id="itemId"
              label="Item corrected"
              value={amendment.itemId}
              options={[
                { value: '', label: 'The minutes as a whole' },
                ...view.items.map((i) => ({ value: i.id, label: i.title })),
              ]}
              error={errorFor(errors, 'itemId')}
            />
            <TextArea
              id="text"
              label="Correction, as agreed"
              rows={4}
              value={amendment.text}
              error={errorFor(errors, 'text')}
            />
            <TextArea
              id="reason"
              label="Why the minutes are corrected"
              rows={3}
              value={amendment.reason}
              error={errorFor(errors, 'reason')}
            />
            <SelectField
              id="agreedAtMeetingId"
              label="Meeting that agreed the correction"
              value={amendment.agreedAtMeetingId}
              options={[
                { value: '', label: 'Choose a meeting' },
                ...view.laterMeetings.map((m) => ({ value: m.id, label: formatDate(m.date) })),
              ]}
              error={errorFor(errors, 'agreedAtMeetingId')}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Record the amendment
            </button>
          </form>
        ) : (
          <p class="govuk-body">An amendment is agreed at a later meeting of the body; none is scheduled yet.</p>
        )
      ) : (
        <p class="govuk-body">Draft minutes are corrected by editing them; amendments are for confirmed minutes.</p>
      )}
    </Layout>
  );
}

export interface MotionValues {
  readonly [field: string]: string;
}

const SYNTAX_HINT =
  'Write paragraphs separated by a blank line. Start a point with a), (b), 1. or a bullet. Start resolutions with RESOLVED: (or RESOLVED that, then numbered lines); AGREED: records an agreement that is not a formal resolution. Text pasted from Word keeps its bullets and quotes.';

/** One item's minutes: the text with a server-rendered preview, and its motions with their votes. */
export function ItemMinutesPage({
  view,
  csrfToken,
  text,
  version,
  preview = null,
  problem = null,
  errors = [],
  motion = {},
  motionErrors = [],
}: {
  view: ItemMinutesView;
  csrfToken: string;
  text: string;
  version: number;
  preview?: WrittenRecord | null;
  problem?: string | null;
  errors?: readonly FieldError[];
  motion?: MotionValues;
  motionErrors?: readonly FieldError[];
}): Html {
  const { item } = view;
  const locked = view.state !== null && minutesLocked(view.state);
  const memberName = new Map(view.members.map((m) => [m.id, m.name]));
  const memberOptions = [
    { value: '', label: 'Choose a member' },
    ...view.members.map((m) => ({ value: m.id, label: m.name })),
  ];
  const allErrors = [...errors, ...motionErrors];
  return (
    <Layout
      title={`${item.title} - Minutes - ${title(view)}`}
      error={allErrors.length > 0 || problem !== null}
      breadcrumbs={crumbs(view, true)}
    >
      {allErrors.length ? (
        <ErrorSummary errors={allErrors.map((e) => ({ target: e.field, message: e.message }))} />
      ) : (
        ''
      )}
      <Problem message={problem} />
      <span class="govuk-caption-l">
        {title(view)}
        {item.minuteNumber ? `, minute ${item.minuteNumber}` : ''}
      </span>
      <h1 class="govuk-heading-xl">{item.title}</h1>
      <p class="govuk-body">
        <StateTag state={view.state} />
      </p>
      {locked ? (
        <>
          <div class="govuk-inset-text">
            These minutes are confirmed and locked. A correction is recorded as an amendment on the{' '}
            <a class="govuk-link" href={minutesPath(view.meeting.id)}>
              meeting’s minutes page
            </a>
            .
          </div>
          <ItemMinutesBody
            item={{ title: item.title, minutesText: item.minutesText, points: [], resolutions: [] }}
            fold={false}
            headingLevel={4}
            anchors={false}
          />
        </>
      ) : (
        <form method="post" action={minutesPath(view.meeting.id, item.id)} novalidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="version" value={String(version)} />
          <TextArea
            id="minutes"
            label="Minutes of this item"
            hint={SYNTAX_HINT}
            rows={14}
            value={text}
            error={errorFor(errors, 'minutes')}
          />
          <div class="govuk-button-group">
            <button
              type="submit"
              name="intent"
              value="preview"
              class="govuk-button govuk-button--secondary"
              data-module="govuk-button"
            >
              Preview
            </button>
            <button type="submit" name="intent" value="save" class="govuk-button" data-module="govuk-button">
              Save as draft minutes
            </button>
          </div>
        </form>
      )}
      {preview ? (
        <section class="quorum-preview" aria-labelledby="preview-title">
          <h2 class="govuk-heading-l" id="preview-title">
            Preview
          </h2>
          <p class="govuk-body">
            {preview.points.length} point{preview.points.length === 1 ? '' : 's'}, {preview.resolutions.length}{' '}
            resolution
            {preview.resolutions.length === 1 ? '' : 's'}: {preview.resolutions.map((r) => r.kind).join(', ') || 'none'}
            . Not saved yet.
          </p>
          <ItemMinutesBody
            item={{
              title: item.title,
              minutesText: preview.text,
              points: preview.points.map((p, k) => ({ ...p, id: `preview-point-${k}` })),
              resolutions: preview.resolutions.map((r, k) => ({
                ...r,
                id: `preview-resolution-${k}`,
                meetingId: view.meeting.id,
                source: null,
              })),
            }}
            fold={false}
            headingLevel={4}
            anchors={false}
          />
        </section>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-l">Motions and votes</h2>
      {view.motions.length === 0 ? (
        <p class="govuk-body">No motions recorded on this item.</p>
      ) : (
        <ol class="govuk-list govuk-list--spaced">
          {view.motions.map((m) => (
            <li>
              <strong>{m.motionKind === 'amendment' ? 'Amendment' : 'Motion'}:</strong> {m.text}
              <br />
              Moved by {memberName.get(m.moverId ?? '') ?? 'a member'}, seconded by{' '}
              {memberName.get(m.seconderId ?? '') ?? 'a member'}. <strong>{outcomeWords(m.outcome ?? '')}</strong>:{' '}
              {m.outcomeReason}.
              {m.votes.some((v) => v.personId) ? (
                <span class="govuk-body-s">
                  {' '}
                  Recorded vote:{' '}
                  {VOTE_CHOICES.map((c) => {
                    const names = m.votes
                      .filter((v) => v.personId && v.choice === c)
                      .map((v) => memberName.get(v.personId!) ?? 'a member');
                    return names.length ? `${CHOICE_LABELS[c]}: ${names.join(', ')}. ` : '';
                  })}
                </span>
              ) : (
                ''
              )}
              {locked ? (
                ''
              ) : (
                <form
                  method="post"
                  action={`${minutesPath(view.meeting.id, item.id)}/motions/${encodeURIComponent(m.id)}/remove`}
                  novalidate
                >
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="version" value={String(version)} />
                  <button
                    type="submit"
                    class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                    data-module="govuk-button"
                  >
                    Remove<span class="govuk-visually-hidden"> this {m.motionKind}</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ol>
      )}
      {locked ? (
        ''
      ) : (
        <MotionForm
          view={view}
          csrfToken={csrfToken}
          version={version}
          values={motion}
          errors={motionErrors}
          memberOptions={memberOptions}
        />
      )}
    </Layout>
  );
}

function MotionForm({
  view,
  csrfToken,
  version,
  values,
  errors,
  memberOptions,
}: {
  view: ItemMinutesView;
  csrfToken: string;
  version: number;
  values: MotionValues;
  errors: readonly FieldError[];
  memberOptions: readonly { value: string; label: string }[];
}): Html {
  const v = (k: string, fallback = ''): string => values[k] ?? fallback;
  return (
    <form method="post" action={`${minutesPath(view.meeting.id, view.item.id)}/motions`} novalidate>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="version" value={String(version)} />
      <h3 class="govuk-heading-m">Record a motion or amendment</h3>
      <SelectField
        id="kind"
        label="Kind"
        value={v('kind', 'motion')}
        options={[
          { value: 'motion', label: 'Motion' },
          { value: 'amendment', label: 'Amendment' },
        ]}
        error={errorFor(errors, 'kind')}
      />
      <TextArea id="text" label="Words of the motion" rows={3} value={v('text')} error={errorFor(errors, 'text')} />
      <SelectField
        id="moverId"
        label="Moved by"
        value={v('moverId')}
        options={memberOptions}
        error={errorFor(errors, 'moverId')}
      />
      <SelectField
        id="seconderId"
        label="Seconded by"
        value={v('seconderId')}
        options={memberOptions}
        error={errorFor(errors, 'seconderId')}
      />
      <SelectField
        id="rule"
        label="Rule that decides the vote"
        value={v('rule', 'simple_majority')}
        options={MAJORITY_RULES.map((r) => ({ value: r, label: RULE_LABELS[r] }))}
        error={errorFor(errors, 'rule')}
      />
      <TextInput
        id="membership"
        label="Seats on the body (for a majority of the whole membership)"
        width="govuk-input--width-4"
        value={v('membership')}
        error={errorFor(errors, 'membership')}
      />
      <SelectField
        id="mode"
        label="How the meeting decided"
        value={v('mode', 'tally')}
        options={[
          { value: 'tally', label: 'A vote, counted (fill in the counts)' },
          { value: 'recorded', label: 'A recorded vote, naming each member (fill in the table)' },
          { value: 'assent', label: 'Without a vote, by assent' },
        ]}
        error={errorFor(errors, 'mode')}
      />
      <fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Counted vote</legend>
        <TextInput id="for" label="For" width="govuk-input--width-4" value={v('for')} error={errorFor(errors, 'for')} />
        <TextInput
          id="against"
          label="Against"
          width="govuk-input--width-4"
          value={v('against')}
          error={errorFor(errors, 'against')}
        />
        <TextInput
          id="abstain"
          label="Abstentions"
          width="govuk-input--width-4"
          value={v('abstain')}
          error={errorFor(errors, 'abstain')}
        />
      </fieldset>
      <h4 class="govuk-heading-s" id="votes">
        Recorded vote
      </h4>
      {view.members.length ? (
        <TableRegion label="Each member's vote">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-visually-hidden">Each member's vote</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Member
                </th>
                <th scope="col" class="govuk-table__header">
                  Vote
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {view.members.map((m) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <label class="govuk-label" for={`vote-${m.id}`}>
                      {m.name}
                    </label>
                  </td>
                  <td class="govuk-table__cell">
                    <select class="govuk-select" id={`vote-${m.id}`} name={`vote-${m.id}`}>
                      {[
                        { value: '', label: 'Not recorded' },
                        ...VOTE_CHOICES.map((c) => ({ value: c, label: CHOICE_LABELS[c] })),
                      ].map((o) => (
                        <option value={o.value} selected={v(`vote-${m.id}`) === o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p class="govuk-body">No members of the body are recorded for the date of this meeting.</p>
      )}
      <SelectField
        id="castingVote"
        label="The chair's casting vote (only when the votes are equal)"
        value={v('castingVote')}
        options={[
          { value: '', label: 'None' },
          { value: 'for', label: 'For' },
          { value: 'against', label: 'Against' },
        ]}
        error={errorFor(errors, 'castingVote')}
      />
      <SelectField
        id="assentOutcome"
        label="Result, when decided without a vote"
        value={v('assentOutcome')}
        options={[
          { value: '', label: 'Not applicable' },
          { value: 'carried', label: 'Carried' },
          { value: 'lost', label: 'Lost' },
        ]}
        error={errorFor(errors, 'assentOutcome')}
      />
      <button type="submit" class="govuk-button" data-module="govuk-button">
        Record the motion and its result
      </button>
    </form>
  );
}
