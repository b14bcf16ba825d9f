import type { AuditLogPage } from '../../../app/audit/auditLog.js';
import type { Account } from '../../../domain/account.js';
import { auditChanges, type AuditEntry } from '../../../domain/auditEntry.js';
import { formatDate } from '../../../domain/calendar/dateInWords.js';
import { DateInputField } from '../../pages/dateInputField.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { auditQueryString, type AuditQuery } from './auditQuery.js';
import { TableRegion } from '../../pages/tableRegion.js';

export interface AuditLogViewProps {
  readonly page: AuditLogPage;
  readonly query: AuditQuery;
  readonly accounts: readonly Account[];
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function whenText(at: string): string {
  return `${formatDate(at.slice(0, 10))} ${at.slice(11, 16)} UTC`;
}

function Changes({ entry }: { entry: AuditEntry }): Html {
  const changes = auditChanges(entry);
  if (!changes.length) return <span>No field changed</span>;
  return (
    <ul class="govuk-list govuk-!-font-size-16">
      {changes.map((c) => (
        <li>
          <strong>{c.field}</strong>: {shown(c.before)} → {shown(c.after)}
        </li>
      ))}
    </ul>
  );
}

/** The audit log page: filters, the changes newest first with what each changed, and the exports. */
export function AuditLogView({ page, query, accounts }: AuditLogViewProps): Html {
  const who = (actor: string): string => page.actors.get(actor) ?? actor;
  const errorOf = (field: 'from' | 'to') => query.errors.find((e) => e.field === field) ?? null;
  return (
    <Layout title={`${query.errors.length ? 'Error: ' : ''}Audit log`}>
      {query.errors.length ? (
        <ErrorSummary errors={query.errors.map((e) => ({ target: `${e.field}-${e.parts[0]}`, message: e.message }))} />
      ) : null}
      <h1 class="govuk-heading-xl">Audit log</h1>
      <p class="govuk-body">
        Every change to accounts and to the record: who made it, when, and what it was before and after.
      </p>
      <form method="get" action="/admin/audit" novalidate>
        <div class="govuk-form-group">
          <label class="govuk-label" for="actor">
            Made by
          </label>
          <select class="govuk-select" id="actor" name="actor">
            <option value="">Anyone</option>
            {accounts.map((a) => (
              <option value={a.id} selected={a.id === query.typed.actor}>
                {a.email}
              </option>
            ))}
          </select>
        </div>
        <div class="govuk-form-group">
          <label class="govuk-label" for="kind">
            What changed
          </label>
          <div id="kind-hint" class="govuk-hint">
            For example account, meeting, person
          </div>
          <input
            class="govuk-input govuk-input--width-20"
            id="kind"
            name="kind"
            type="text"
            value={query.typed.kind}
            aria-describedby="kind-hint"
            spellcheck={false}
          />
        </div>
        <DateInputField
          name="from"
          legend="From date"
          hint="For example, 27 3 2026"
          value={query.typed.from}
          error={errorOf('from')}
        />
        <DateInputField
          name="to"
          legend="To date"
          hint="For example, 27 3 2026"
          value={query.typed.to}
          error={errorOf('to')}
        />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show changes
        </button>
      </form>
      <p class="govuk-body">
        Download these changes as{' '}
        <a class="govuk-link" href={`/admin/audit.csv${auditQueryString(query)}`}>
          CSV
        </a>{' '}
        or{' '}
        <a class="govuk-link" href={`/admin/audit.jsonl${auditQueryString(query)}`}>
          JSON Lines
        </a>
        .
      </p>
      {page.entries.length === 0 ? (
        <p class="govuk-body">No changes match.</p>
      ) : (
        <TableRegion label="Changes, newest first">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">Changes, newest first</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  When
                </th>
                <th scope="col" class="govuk-table__header">
                  Who
                </th>
                <th scope="col" class="govuk-table__header">
                  What
                </th>
                <th scope="col" class="govuk-table__header">
                  Before and after
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {page.entries.map((e) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">{whenText(e.at)}</td>
                  <td class="govuk-table__cell">{who(e.actor)}</td>
                  <td class="govuk-table__cell">
                    {e.action}
                    <br />
                    <span class="govuk-hint govuk-!-font-size-16">
                      {e.subjectKind} {e.subjectId}
                    </span>
                  </td>
                  <td class="govuk-table__cell">
                    <Changes entry={e} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {page.next ? (
        <p class="govuk-body">
          <a
            class="govuk-link"
            href={`/admin/audit${auditQueryString(query, { before_at: page.next.at, before_id: page.next.id })}`}
          >
            Older changes
          </a>
        </p>
      ) : null}
    </Layout>
  );
}
