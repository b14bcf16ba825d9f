import type { Body } from '../../domain/body.js';
import { fileNameOf, type ExportFormat } from '../../publish/exportFormat.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';

export interface DownloadsPageProps {
  readonly formats: readonly ExportFormat[];
  readonly bodies: readonly Body[];
}

/** "Download the data": every export for the whole record, and per committee. */
export function DownloadsPage({ formats, bodies }: DownloadsPageProps): Html {
  return (
    <Layout title="Download the data" breadcrumbs={[]}>
      <h1 class="govuk-heading-xl">Download the data</h1>
      <p class="govuk-body">
        The whole record of every committee as open data, free to reuse. Spreadsheet files (CSV) open in Excel,
        LibreOffice or Google Sheets; the JSON follows the Popolo and Open Civic Data standards.
      </p>
      <ul class="govuk-list govuk-list--bullet">
        {formats.map((f) => (
          <li>
            <a class="govuk-link" href={`/exports/${fileNameOf(f)}`} download>
              {fileNameOf(f)}
            </a>
            {f.description ? ` – ${f.description}` : ''}
          </li>
        ))}
      </ul>
      <h2 class="govuk-heading-l">One committee</h2>
      <table class="govuk-table quorum-table--stack">
        <caption class="govuk-table__caption govuk-visually-hidden">Downloads for each committee</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Committee
            </th>
            <th scope="col" class="govuk-table__header">
              Files
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {bodies.map((b) => (
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                {b.name}
              </th>
              <td class="govuk-table__cell" data-label="Files">
                {formats.map((f, i) => (
                  <>
                    {i > 0 ? ', ' : ''}
                    <a class="govuk-link" href={`/exports/${fileNameOf(f)}?body=${encodeURIComponent(b.slug)}`}>
                      {fileNameOf(f)}
                      <span class="govuk-visually-hidden"> for {b.name}</span>
                    </a>
                  </>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 class="govuk-heading-l">For developers and calendars</h2>
      <ul class="govuk-list govuk-list--bullet">
        <li>
          <a class="govuk-link" href="/api/v1/openapi.json">
            JSON API
          </a>{' '}
          under <code>/api/v1</code>, described in OpenAPI 3.1
        </li>
        <li>
          <a class="govuk-link" href="/oparl/v1/system">
            OParl 1.1
          </a>
          , the open standard for committee information
        </li>
        <li>
          Every meeting as a calendar:{' '}
          <a class="govuk-link" href="/feeds/meetings.ics">
            iCal
          </a>
          , or as news:{' '}
          <a class="govuk-link" href="/feeds/meetings.rss">
            RSS
          </a>{' '}
          and{' '}
          <a class="govuk-link" href="/feeds/meetings.atom">
            Atom
          </a>
          ; each committee's page has its own
        </li>
      </ul>
    </Layout>
  );
}
