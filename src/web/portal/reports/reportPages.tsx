import { formatDate } from '../../../domain/calendar/dateInWords.js';
import type { ReportDocument } from '../../../domain/reports/reportDocument.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { ReportView } from './reportView.js';

/** The tracker report of a meeting, with its PDF beside it. */
export function TrackerReportPage({
  meeting,
  document,
}: {
  meeting: { readonly id: string; readonly date: string; readonly bodyName: string; readonly bodySlug: string };
  document: ReportDocument;
}): Html {
  return (
    <Layout
      title={`Recommendation tracker - ${formatDate(meeting.date)} - ${meeting.bodyName}`}
      section="bodies"
      breadcrumbs={[
        { href: '/bodies', text: 'Committees' },
        { href: `/bodies/${meeting.bodySlug}`, text: meeting.bodyName },
        { href: `/meetings/${meeting.id}`, text: formatDate(meeting.date) },
      ]}
    >
      <ReportView report={document} />
      <p class="govuk-body">
        <a class="govuk-link" href={`/meetings/${meeting.id}/tracker-report.pdf`}>
          Download this report as a PDF
        </a>
      </p>
    </Layout>
  );
}

/** A body's annual report for a municipal year, with its PDF beside it. */
export function AnnualReportPage({
  body,
  yearPath,
  document,
}: {
  body: { readonly name: string; readonly slug: string };
  /** `2023-24`, as the address writes the year. */
  yearPath: string;
  document: ReportDocument;
}): Html {
  return (
    <Layout
      title={`${document.title} - ${body.name}`}
      section="bodies"
      breadcrumbs={[
        { href: '/bodies', text: 'Committees' },
        { href: `/bodies/${body.slug}`, text: body.name },
      ]}
    >
      <ReportView report={document} />
      <p class="govuk-body">
        <a class="govuk-link" href={`/bodies/${body.slug}/annual-report/${yearPath}.pdf`}>
          Download this report as a PDF
        </a>
      </p>
    </Layout>
  );
}
