import type { DocumentPartKind } from '../parsedDocument.js';

/** The kind of paper an agenda title announces; anything else is a report. */
export function kindOfTitle(title: string): DocumentPartKind | null {
  if (/\bminutes\b/i.test(title)) return 'minutes';
  if (/\bterms of reference\b/i.test(title)) return 'terms_of_reference';
  if (/\b(work ?programme|work ?plan|forward plan|forward programme)\b/i.test(title)) return 'work_programme';
  if (/^appendix\b/i.test(title)) return 'appendix';
  if (/\bletter\b/i.test(title)) return 'letter';
  return null;
}
