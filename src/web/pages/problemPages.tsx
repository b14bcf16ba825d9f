import type { Html } from './html.js';
import { Layout } from './layout.js';

export function NotFoundPage(): Html {
  return (
    <Layout title="Page not found">
      <h1 class="govuk-heading-xl">Page not found</h1>
      <p class="govuk-body">If you typed the web address, check it is correct.</p>
      <p class="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p class="govuk-body">
        You can{' '}
        <a class="govuk-link" href="/search">
          search the committee records
        </a>{' '}
        or go to the{' '}
        <a class="govuk-link" href="/">
          home page
        </a>
        .
      </p>
    </Layout>
  );
}

/** A failure the visitor can act on (a bad request) says what was wrong; ours does not leak details. */
export function ProblemPage({ status, message }: { status: number; message: string }): Html {
  const ours = status >= 500;
  return (
    <Layout title={ours ? 'Sorry, there is a problem with the service' : 'There is a problem'}>
      <h1 class="govuk-heading-xl">{ours ? 'Sorry, there is a problem with the service' : 'There is a problem'}</h1>
      <p class="govuk-body">{ours ? 'Try again later.' : message}</p>
    </Layout>
  );
}
