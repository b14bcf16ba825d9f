import type { DocumentsToFile, DocumentToFile } from '../../../app/documents/unplacedForClerk.js';
import type { DateParts } from '../../pages/dateInput.js';
import { DateInputField } from '../../pages/dateInputField.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';
import { CsrfField, errorFor, SelectField, TextInput, type FieldError } from '../forms/formFields.js';
import { meetingHubPath } from '../meetings/meetingPages.js';
import { SuccessBanner } from '../schedule/scheduleFields.js';

export const DOCUMENTS_HOME = '/workspace/documents';
export const fileDocumentPath = (id: string): string => `${DOCUMENTS_HOME}/${encodeURIComponent(id)}/file`;

/** The file's own name: an origin is a path on the importing machine or a URL, never shown whole. */
export function documentName(d: Pick<DocumentToFile, 'title' | 'origin'>): string {
  return d.title ?? (d.origin.split(/[\\/]/).filter(Boolean).at(-1) || d.origin);
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

export function DocumentsToFilePage(props: { list: DocumentsToFile; filedMeetingId: string | null }): Html {
  const { documents } = props.list;
  return (
    <Layout title="Documents to file at their meetings" breadcrumbs={[{ href: '/workspace', text: 'Workspace' }]}>
      {props.filedMeetingId ? <SuccessBanner text="The document was filed at its meeting" /> : null}
      {props.filedMeetingId ? (
        <p class="govuk-body">
          <a class="govuk-link" href={meetingHubPath(props.filedMeetingId)}>
            Go to the meeting
          </a>
        </p>
      ) : null}
      <h1 class="govuk-heading-xl">Documents to file at their meetings</h1>
      <p class="govuk-body">
        Imported documents whose meeting the import could not place: a page cut from minutes with no committee or date,
        minutes that do not say which body met. Each is stored and searchable. Give what it lacks and it is recorded at
        its meeting like any import; what it recommends then joins the recommendation tracker.
      </p>
      {documents.length === 0 ? (
        <p class="govuk-body">Every imported document is placed at a meeting.</p>
      ) : (
        <TableRegion label="Documents to file">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">
              {plural(documents.length, 'document')}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                {['Document', 'Why it is not placed', 'Recommendations found', 'Imported'].map((h) => (
                  <th scope="col" class="govuk-table__header">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {documents.map((d) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={fileDocumentPath(d.documentId)}>
                      File <span class="govuk-visually-hidden">{documentName(d)} </span>at its meeting
                    </a>
                    <br />
                    <span class="govuk-body-s">{documentName(d)}</span>
                  </td>
                  <td class="govuk-table__cell">{d.reason}</td>
                  <td class="govuk-table__cell">{d.recommendations.length}</td>
                  <td class="govuk-table__cell">{d.importedAt.slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Layout>
  );
}

export interface FileDocumentValues {
  readonly body: string;
  readonly date: DateParts;
  readonly itemTitle: string;
}

export interface FileDocumentErrors {
  readonly fields: readonly FieldError[];
  /** The date's problem, with the boxes it concerns. */
  readonly date: { readonly message: string; readonly parts: readonly ('day' | 'month' | 'year')[] } | null;
}

export function FileDocumentPage(props: {
  document: DocumentToFile;
  bodies: DocumentsToFile['bodies'];
  values: FileDocumentValues;
  errors: FileDocumentErrors;
  csrfToken: string;
}): Html {
  const { document: d, values, errors } = props;
  const summary = [
    ...errors.fields.filter((e) => e.field === 'body').map((e) => ({ target: e.field, message: e.message })),
    ...(errors.date ? [{ target: `date-${errors.date.parts[0] ?? 'day'}`, message: errors.date.message }] : []),
    ...errors.fields.filter((e) => e.field !== 'body').map((e) => ({ target: e.field, message: e.message })),
  ];
  const name = documentName(d);
  return (
    <Layout
      title={`${summary.length ? 'Error: ' : ''}File ${name} at its meeting`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: DOCUMENTS_HOME, text: 'Documents to file' },
      ]}
    >
      {summary.length ? <ErrorSummary errors={summary} /> : null}
      <span class="govuk-caption-l">{name}</span>
      <h1 class="govuk-heading-l">File this document at its meeting</h1>
      <p class="govuk-body">Why the import could not place it: {d.reason}.</p>
      <p class="govuk-body">
        <a class="govuk-link" href={`/documents/${encodeURIComponent(d.documentId)}`}>
          Read the document<span class="govuk-visually-hidden"> {name}</span>
        </a>
      </p>
      {d.recommendations.length ? (
        <>
          <h2 class="govuk-heading-m">What it recommends</h2>
          <ul class="govuk-list govuk-list--bullet">
            {d.recommendations.map((r) => (
              <li>{r.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <form method="post" action={fileDocumentPath(d.documentId)} novalidate>
        <CsrfField token={props.csrfToken} />
        <SelectField
          id="body"
          label="The body that met"
          value={values.body}
          error={errorFor(errors.fields, 'body')}
          options={[
            { value: '', label: 'Choose a body' },
            ...props.bodies.map((b) => ({ value: b.slug, label: b.name })),
          ]}
        />
        <DateInputField
          name="date"
          legend="Date of the meeting"
          hint="For example, 27 3 2025. A document that continues minutes already imported joins that meeting."
          value={values.date}
          error={errors.date}
        />
        <TextInput
          id="itemTitle"
          label="Title of the item (if the document gives none)"
          hint="Only for a page cut from under its item's heading: the title the agenda gives it."
          value={values.itemTitle}
          error={errorFor(errors.fields, 'itemTitle')}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          File the document
        </button>
      </form>
    </Layout>
  );
}
