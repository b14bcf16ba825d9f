import type { Context, Hono } from 'hono';
import { annualReportFor } from '../../../app/reports/annualReportFor.js';
import { trackerReportFor } from '../../../app/reports/trackerReportFor.js';
import type { IsoDate } from '../../../domain/isoDateType.js';
import type { ReportDocument } from '../../../domain/reports/reportDocument.js';
import { reportPdf } from '../../../publish/reportPdf/reportPdf.js';
import type { PublicReads } from '../../../store/public/publicReads.js';
import { AnnualReportPage, TrackerReportPage } from './reportPages.js';

/** `2023-24` (the address) for the year labelled `2023/24`; the years must follow on. */
const YEAR_FILE = /^(\d{4})-(\d{2})(\.pdf)?$/;

async function pdfResponse(c: Context, reads: PublicReads, document: ReportDocument, fileName: string) {
  const pdf = await reportPdf(document, { author: await reads.settings.councilName() });
  return c.body(Buffer.from(pdf), 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename="${fileName}"`,
  });
}

/**
 * The scrutiny reports (issue 18): a meeting's recommendation tracker report and a body's annual
 * report for a municipal year, each an HTML page and a PDF with the same content.
 */
export function registerReportRoutes(app: Hono, reads: PublicReads, options: { readonly today: () => string }): void {
  const tracker = async (c: Context, asPdf: boolean) => {
    const view = await trackerReportFor(reads.reports, c.req.param('id')!, options.today() as IsoDate);
    if (!view) return c.notFound();
    if (asPdf) return pdfResponse(c, reads, view.document, `recommendation-tracker-${view.meeting.date}.pdf`);
    return c.render(<TrackerReportPage meeting={view.meeting} document={view.document} />);
  };
  app.get('/meetings/:id/tracker-report', (c) => tracker(c, false));
  app.get('/meetings/:id/tracker-report.pdf', (c) => tracker(c, true));

  app.get('/bodies/:slug/annual-report/:year', async (c) => {
    const match = YEAR_FILE.exec(c.req.param('year'));
    if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2])) return c.notFound();
    const label = `${match[1]}/${match[2]}`;
    const view = await annualReportFor(reads.reports, c.req.param('slug'), label, options.today() as IsoDate);
    if (!view) return c.notFound();
    const body = view.report.body;
    if (match[3]) return pdfResponse(c, reads, view.document, `annual-report-${body.slug}-${match[1]}-${match[2]}.pdf`);
    return c.render(<AnnualReportPage body={body} yearPath={`${match[1]}-${match[2]}`} document={view.document} />);
  });
}
