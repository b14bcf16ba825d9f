import type { ReportBlock, ReportDocument, ReportTable } from '../../../domain/reports/reportDocument.js';
import type { Html } from '../../pages/html.js';
import { TableRegion } from '../../pages/tableRegion.js';

function Table({ table }: { table: ReportTable }): Html {
  if (table.rows.length === 0)
    return (
      <>
        <h3 class="govuk-heading-s">{table.caption}</h3>
        <p class="govuk-body">{table.empty}</p>
      </>
    );
  const numeric = (c: number): boolean => table.numeric?.[c] === true;
  return (
    <TableRegion label={table.caption}>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--s">{table.caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {table.head.map((h, c) => (
              <th scope="col" class={`govuk-table__header${numeric(c) ? ' govuk-table__header--numeric' : ''}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {table.rows.map((row) => (
            <tr class="govuk-table__row">
              {row.map((cell, c) =>
                c === 0 ? (
                  <th scope="row" class={`govuk-table__header${numeric(c) ? ' govuk-table__header--numeric' : ''}`}>
                    {cell}
                  </th>
                ) : (
                  <td class={`govuk-table__cell${numeric(c) ? ' govuk-table__cell--numeric' : ''}`}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function Block({ block }: { block: ReportBlock }): Html {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? (
        <h2 class="govuk-heading-l">{block.text}</h2>
      ) : (
        <h3 class="govuk-heading-m">{block.text}</h3>
      );
    case 'paragraph':
      return <p class="govuk-body">{block.text}</p>;
    case 'table':
      return <Table table={block} />;
  }
}

/**
 * A report as HTML, from the same structure its PDF is drawn from. Every string goes in as text
 * (JSX escapes it), so a title typed with markup in it shows as typed. `quorum-report` marks what
 * the PDF holds too: the page's frame and download link are outside it.
 */
export function ReportView({ report }: { report: ReportDocument }): Html {
  return (
    <div class="quorum-report" lang={report.language}>
      <span class="govuk-caption-l">{report.caption}</span>
      <h1 class="govuk-heading-xl">{report.title}</h1>
      {report.blocks.map((block) => (
        <Block block={block} />
      ))}
    </div>
  );
}
