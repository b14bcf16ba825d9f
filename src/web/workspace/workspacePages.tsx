import { ROLES, type Account } from '../../domain/account.js';
import { ErrorSummary } from '../pages/errorSummary.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';

import type { FieldError } from './forms/formFields.js';
import type { SectionLink } from './workspaceEnv.js';
import { TableRegion } from '../pages/tableRegion.js';

function TextField(props: {
  id: string;
  label: string;
  type: string;
  value?: string;
  autocomplete: string;
  error?: FieldError;
}): Html {
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={props.id}>
        {props.label}
      </label>
      {props.error ? (
        <p id={`${props.id}-error`} class="govuk-error-message">
          <span class="govuk-visually-hidden">Error:</span> {props.error.message}
        </p>
      ) : null}
      <input
        class={`govuk-input${props.error ? ' govuk-input--error' : ''}`}
        id={props.id}
        name={props.id}
        type={props.type}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        spellcheck={false}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
      />
    </div>
  );
}

export interface LoginPageProps {
  readonly csrfToken: string;
  readonly next: string;
  readonly email?: string;
  readonly errors?: readonly FieldError[];
  /** The token of work kept when a session ended (keptForms.ts), carried through sign-in. */
  readonly kept?: string;
  /** Said when a form arrived after its session had ended: whether what it carried was kept. */
  readonly sessionEnded?: 'kept' | 'not-kept';
}

export function LoginPage({ csrfToken, next, email, errors = [], kept, sessionEnded }: LoginPageProps): Html {
  const errorFor = (field: string): FieldError | undefined => errors.find((e) => e.field === field);
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Sign in`}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {errors.length > 0 ? (
            <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} />
          ) : null}
          {sessionEnded ? (
            <div class="govuk-notification-banner" role="region" aria-labelledby="session-ended-title">
              <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="session-ended-title">
                  Important
                </h2>
              </div>
              <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">Your session had ended, so nothing was saved.</p>
                <p class="govuk-body">
                  {sessionEnded === 'kept'
                    ? 'What you typed has been kept for an hour. Sign in again to see it back in the form, then save it.'
                    : 'What you typed could not be kept here: go back in your browser to copy it, then sign in again.'}
                </p>
              </div>
            </div>
          ) : null}
          <h1 class="govuk-heading-xl">Sign in</h1>
          <p class="govuk-body">
            For clerks, councillors and decision makers. Everything published can be read without signing in.
          </p>
          <form method="post" action="/login" novalidate>
            <input type="hidden" name="csrf_token" value={csrfToken} />
            <input type="hidden" name="next" value={next} />
            {kept ? <input type="hidden" name="kept" value={kept} /> : null}
            <TextField
              id="email"
              label="Email address"
              type="email"
              value={email}
              autocomplete="username"
              error={errorFor('email')}
            />
            <TextField
              id="password"
              label="Password"
              type="password"
              autocomplete="current-password"
              error={errorFor('password')}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Sign in
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

export function LinkSignInPage({
  csrfToken,
  token,
  problem,
}: {
  csrfToken: string;
  token: string;
  problem?: string;
}): Html {
  return (
    <Layout title={problem ? 'Error: Sign in with a link' : 'Sign in with a link'}>
      <h1 class="govuk-heading-xl">Sign in with a link</h1>
      {problem ? (
        <p class="govuk-body govuk-error-message">{problem}</p>
      ) : (
        // A button, not the link itself, signs in: mail scanners that open links do not use it up.
        <form method="post" action={`/login/link/${encodeURIComponent(token)}`}>
          <input type="hidden" name="csrf_token" value={csrfToken} />
          <p class="govuk-body">This link signs you in once.</p>
          <button type="submit" class="govuk-button" data-module="govuk-button">
            Sign in
          </button>
        </form>
      )}
    </Layout>
  );
}

function SignOutForm({ csrfToken }: { csrfToken: string }): Html {
  return (
    <form method="post" action="/logout">
      <input type="hidden" name="csrf_token" value={csrfToken} />
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
        Sign out
      </button>
    </form>
  );
}

const ROLE_NAMES: Record<Account['role'], string> = {
  admin: 'administrator',
  clerk: 'clerk',
  councillor: 'councillor',
  decision_maker: 'decision maker',
};

export function WorkspaceHomePage({
  account,
  csrfToken,
  links,
  panels = [],
}: {
  account: Account;
  csrfToken: string;
  links: readonly SectionLink[];
  /** What the sections show this account first (`homePanel`): what is overdue, what waits. */
  panels?: readonly Html[];
}): Html {
  const mine = links.filter((l) => l.roles.includes(account.role));
  return (
    <Layout title="Workspace">
      <h1 class="govuk-heading-xl">Workspace</h1>
      <p class="govuk-body">
        Signed in as {account.email}, {ROLE_NAMES[account.role]}.
      </p>
      {account.role === 'admin' ? (
        <p class="govuk-body">
          <a class="govuk-link" href="/admin/accounts">
            Manage accounts
          </a>
        </p>
      ) : null}
      {[...panels]}
      {mine.length ? (
        <ul class="govuk-list">
          {mine.map((l) => (
            <li>
              <a class="govuk-link govuk-!-font-weight-bold" href={l.href}>
                {l.label}
              </a>
              <p class="govuk-body govuk-!-margin-bottom-2">{l.description}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <SignOutForm csrfToken={csrfToken} />
    </Layout>
  );
}

export interface AccountsPageProps {
  readonly accounts: readonly Account[];
  readonly csrfToken: string;
  readonly self: Account;
  /** What was typed into the invitation form, kept when it is refused. */
  readonly invite?: { readonly email: string; readonly role: string };
  readonly errors?: readonly FieldError[];
}

function RoleSelect({ id, name, value }: { id: string; name: string; value: string }): Html {
  return (
    <select class="govuk-select" id={id} name={name}>
      {ROLES.map((r) => (
        <option value={r} selected={r === value}>
          {ROLE_NAMES[r]}
        </option>
      ))}
    </select>
  );
}

export function AccountsPage({ accounts, csrfToken, self, invite, errors = [] }: AccountsPageProps): Html {
  const emailError = errors.find((e) => e.field === 'email');
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Accounts`}>
      {errors.length > 0 ? (
        <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} />
      ) : null}
      <h1 class="govuk-heading-xl">Accounts</h1>
      <h2 class="govuk-heading-m">Invite someone</h2>
      <form method="post" action="/admin/accounts" novalidate>
        <input type="hidden" name="csrf_token" value={csrfToken} />
        <TextField
          id="email"
          label="Email address"
          type="email"
          value={invite?.email}
          autocomplete="off"
          error={emailError}
        />
        <div class="govuk-form-group">
          <label class="govuk-label" for="role">
            Role
          </label>
          <RoleSelect id="role" name="role" value={invite?.role ?? 'clerk'} />
        </div>
        <button type="submit" class="govuk-button" data-module="govuk-button">
          Invite
        </button>
      </form>
      <TableRegion label="Who may sign in">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">Who may sign in</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Email address
              </th>
              <th scope="col" class="govuk-table__header">
                Role
              </th>
              <th scope="col" class="govuk-table__header">
                Status
              </th>
              <th scope="col" class="govuk-table__header">
                <span class="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {accounts.map((a, n) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">{a.email}</td>
                <td class="govuk-table__cell">
                  {a.id === self.id ? (
                    ROLE_NAMES[a.role]
                  ) : (
                    <form method="post" action={`/admin/accounts/${encodeURIComponent(a.id)}/role`}>
                      <input type="hidden" name="csrf_token" value={csrfToken} />
                      <label class="govuk-visually-hidden" for={`role-${n}`}>
                        Role of {a.email}
                      </label>
                      <RoleSelect id={`role-${n}`} name="role" value={a.role} />{' '}
                      <button
                        type="submit"
                        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        data-module="govuk-button"
                      >
                        Change<span class="govuk-visually-hidden"> the role of {a.email}</span>
                      </button>
                    </form>
                  )}
                </td>
                <td class="govuk-table__cell">{a.active ? 'Active' : 'Deactivated'}</td>
                <td class="govuk-table__cell">
                  {a.active && a.id !== self.id ? (
                    <form method="post" action={`/admin/accounts/${encodeURIComponent(a.id)}/deactivate`}>
                      <input type="hidden" name="csrf_token" value={csrfToken} />
                      <button
                        type="submit"
                        class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                        data-module="govuk-button"
                      >
                        Deactivate<span class="govuk-visually-hidden"> {a.email}</span>
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <SignOutForm csrfToken={csrfToken} />
    </Layout>
  );
}

export function InvitedPage({ email, link }: { email: string; link: string }): Html {
  return (
    <Layout title="Account created">
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">Account created</h1>
        <div class="govuk-panel__body">for {email}</div>
      </div>
      <p class="govuk-body">Send them this one-time sign-in link. It works once, within a day:</p>
      <p class="govuk-body">
        <code>{link}</code>
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href="/admin/accounts">
          Back to accounts
        </a>
      </p>
    </Layout>
  );
}
