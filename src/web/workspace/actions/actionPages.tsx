import type { ActionBoard } from '../../../app/actions/resolutionActions.js';
import { formatDate } from '../../../domain/calendar/dateInWords.js';
import { ACTION_STATUSES, type ActionStatus } from '../../../domain/resolutionAction.js';
import type { ResolutionInContext } from '../../../store/repositories/actionRepository.js';
import { DateInputField } from '../../pages/dateInputField.js';
import type { DatePart, DateParts } from '../../pages/dateInput.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { CsrfField, errorFor, SelectField, TextArea, TextInput, type FieldError } from '../forms/formFields.js';
import { TableRegion } from '../../pages/tableRegion.js';

export const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

function short(text: string, max = 140): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface BoardFilter {
  readonly body: string;
  readonly owner: string;
}

export function ActionBoardPage({ board, filter }: { board: ActionBoard; filter: BoardFilter }): Html {
  const bodies = [
    ...new Map(board.actions.flatMap((a) => (a.context ? [[a.context.bodyId, a.context.bodyName]] : []))).entries(),
  ];
  const owners = [...new Set(board.actions.map((a) => a.owner))].sort();
  const shown = board.actions.filter(
    (a) => (!filter.body || a.context?.bodyId === filter.body) && (!filter.owner || a.owner === filter.owner),
  );
  const overdue = shown.filter((a) => a.overdue).length;
  return (
    <Layout title="Actions">
      <h1 class="govuk-heading-xl">Actions</h1>
      <p class="govuk-body">What resolutions asked to be done, by whom and by when. Overdue actions come first.</p>
      <form method="get" action="/workspace/actions" novalidate>
        <SelectField
          id="body"
          label="Body"
          value={filter.body}
          options={[{ value: '', label: 'All bodies' }, ...bodies.map(([value, label]) => ({ value, label }))]}
        />
        <SelectField
          id="owner"
          label="Owner"
          value={filter.owner}
          options={[{ value: '', label: 'Everyone' }, ...owners.map((o) => ({ value: o, label: o }))]}
        />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show actions
        </button>
      </form>
      <p class="govuk-body govuk-!-font-weight-bold">
        {shown.length} action{shown.length === 1 ? '' : 's'}, {overdue} overdue
      </p>
      {shown.length ? (
        <TableRegion label="Actions">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">Actions</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Action
                </th>
                <th scope="col" class="govuk-table__header">
                  Owner
                </th>
                <th scope="col" class="govuk-table__header">
                  Due
                </th>
                <th scope="col" class="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {shown.map((a) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    {a.description}
                    <br />
                    <span class="govuk-body-s">
                      {a.context
                        ? `${a.context.bodyName}, ${formatDate(a.context.meetingDate)}: ${short(a.context.resolutionText)}`
                        : 'The resolution is no longer in the record'}
                    </span>
                  </td>
                  <td class="govuk-table__cell">{a.owner}</td>
                  <td class="govuk-table__cell">
                    {a.dueOn ? formatDate(a.dueOn) : 'No date'}
                    {a.overdue ? (
                      <>
                        {' '}
                        <strong class="govuk-tag govuk-tag--red">Overdue</strong>
                      </>
                    ) : null}
                  </td>
                  <td class="govuk-table__cell">
                    {STATUS_LABELS[a.status]}{' '}
                    <a class="govuk-link" href={`/workspace/actions/${encodeURIComponent(a.id)}`}>
                      Change<span class="govuk-visually-hidden"> {short(a.description, 60)}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      <h2 class="govuk-heading-l">Recent resolutions</h2>
      {board.resolutions.length === 0 ? (
        <p class="govuk-body">No resolutions yet.</p>
      ) : (
        <ul class="govuk-list">
          {board.resolutions.map((r) => (
            <li>
              <span class="govuk-body-s">
                {r.bodyName}, {formatDate(r.meetingDate)}
                {r.itemTitle ? `, ${r.itemTitle}` : ''}:
              </span>{' '}
              {short(r.text)}{' '}
              <a class="govuk-link" href={`/workspace/actions/new?resolution=${encodeURIComponent(r.id)}`}>
                Add an action<span class="govuk-visually-hidden"> to this resolution</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export interface DueError {
  readonly message: string;
  readonly parts: readonly DatePart[];
}

function summaryOf(errors: readonly FieldError[], due: DueError | null) {
  return [
    ...errors.map((e) => ({ target: e.field, message: e.message })),
    ...(due ? [{ target: `dueOn-${due.parts[0] ?? 'day'}`, message: due.message }] : []),
  ];
}

export function NewActionPage(props: {
  csrfToken: string;
  resolution: ResolutionInContext;
  values: { description: string; owner: string; dueOn: DateParts };
  errors?: readonly FieldError[];
  dueError?: DueError | null;
}): Html {
  const errors = props.errors ?? [];
  const summary = summaryOf(errors, props.dueError ?? null);
  return (
    <Layout title={`${summary.length ? 'Error: ' : ''}Add an action`}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {summary.length ? <ErrorSummary errors={summary} /> : null}
          <h1 class="govuk-heading-xl">Add an action</h1>
          <div class="govuk-inset-text">
            {props.resolution.bodyName}, {formatDate(props.resolution.meetingDate)}
            {props.resolution.itemTitle ? `, ${props.resolution.itemTitle}` : ''}: {props.resolution.text}
          </div>
          <form method="post" action="/workspace/actions" novalidate>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="resolutionId" value={props.resolution.id} />
            <TextArea
              id="description"
              label="What is to be done"
              value={props.values.description}
              rows={3}
              error={errorFor(errors, 'description')}
            />
            <TextInput
              id="owner"
              label="Owner"
              hint="An officer, a post or a member"
              value={props.values.owner}
              error={errorFor(errors, 'owner')}
            />
            <DateInputField
              name="dueOn"
              legend="Due date (optional)"
              hint="For example, 27 3 2026"
              value={props.values.dueOn}
              error={props.dueError ?? null}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Add action
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

export function ChangeActionPage(props: {
  csrfToken: string;
  actionId: string;
  description: string;
  version: number;
  values: { status: string; owner: string; dueOn: DateParts };
  errors?: readonly FieldError[];
  dueError?: DueError | null;
  /** Someone else's change that stopped this one: the form shows their values, the clerk's typing above. */
  conflict?: string | null;
}): Html {
  const errors = props.errors ?? [];
  const summary = summaryOf(errors, props.dueError ?? null);
  return (
    <Layout title={`${summary.length || props.conflict ? 'Error: ' : ''}Change an action`}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {summary.length ? <ErrorSummary errors={summary} /> : null}
          {props.conflict ? (
            <div class="govuk-error-summary" data-module="govuk-error-summary">
              <div role="alert">
                <h2 class="govuk-error-summary__title">Someone else changed this action</h2>
                <div class="govuk-error-summary__body">
                  <p class="govuk-body">{props.conflict}</p>
                </div>
              </div>
            </div>
          ) : null}
          <h1 class="govuk-heading-xl">Change an action</h1>
          <p class="govuk-body">{props.description}</p>
          <form method="post" action={`/workspace/actions/${encodeURIComponent(props.actionId)}`} novalidate>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="version" value={String(props.version)} />
            <SelectField
              id="status"
              label="Status"
              value={props.values.status}
              options={ACTION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
              error={errorFor(errors, 'status')}
            />
            <TextInput id="owner" label="Owner" value={props.values.owner} error={errorFor(errors, 'owner')} />
            <DateInputField
              name="dueOn"
              legend="Due date (optional)"
              hint="For example, 27 3 2026"
              value={props.values.dueOn}
              error={props.dueError ?? null}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Save
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
