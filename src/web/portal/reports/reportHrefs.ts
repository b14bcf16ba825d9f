import { municipalYearSlug } from '../../../domain/calendar/municipalYear.js';

/** Where a body's annual report for a municipal year (`2023/24`) is: `/bodies/{slug}/annual-report/2023-24`. */
export function annualReportHref(bodySlug: string, municipalYear: string): string {
  return `/bodies/${encodeURIComponent(bodySlug)}/annual-report/${municipalYearSlug(municipalYear)}`;
}

/** Where a meeting's recommendation tracker report is. */
export function trackerReportHref(meetingId: string): string {
  return `/meetings/${encodeURIComponent(meetingId)}/tracker-report`;
}
