export const DECLARATION_KINDS = [
  'disclosable_pecuniary',
  'other_registrable',
  'non_registrable',
  'unspecified',
] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

export interface Declaration {
  readonly id: string;
  readonly meetingId: string;
  /** Null when the record does not tie the declaration to an item. */
  readonly itemId: string | null;
  readonly personId: string;
  readonly kind: DeclarationKind;
  readonly text: string;
}

/** The kind a declaration's wording names, under the 2012 standards regime and the LGA model code. */
export function declarationKindOf(text: string): DeclarationKind {
  const t = text.toLowerCase();
  if (/\b(disclosable )?pecuniary\b/.test(t) || /\bdpi\b/.test(text)) return 'disclosable_pecuniary';
  if (/\bnon[- ]registrable\b/.test(t)) return 'non_registrable';
  if (/\b(other )?registrable\b/.test(t)) return 'other_registrable';
  return 'unspecified';
}
