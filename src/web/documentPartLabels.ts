/** What each kind of part of a document pack is called on the portal. */
export const DOCUMENT_PART_LABELS: Readonly<Record<string, string>> = {
  front_sheet: 'Agenda front sheet',
  minutes: 'Minutes',
  terms_of_reference: 'Terms of reference',
  report: 'Report',
  appendix: 'Appendix',
  work_programme: 'Work programme',
  letter: 'Letter',
  other: 'Other',
};
