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

/** The kinds a clerk records: the wording of an imported declaration may name none (`unspecified`). */
export const RECORDED_DECLARATION_KINDS = ['disclosable_pecuniary', 'other_registrable', 'non_registrable'] as const;

export const DECLARATION_KIND_LABELS: Readonly<Record<DeclarationKind, string>> = {
  disclosable_pecuniary: 'Disclosable pecuniary interest',
  other_registrable: 'Other registrable interest',
  non_registrable: 'Non-registrable interest',
  unspecified: 'Interest',
};

/**
 * What the member did about the interest at the meeting, as the clerk recorded it. Null where the
 * record does not say (an imported declaration): unknown is not "no".
 */
export interface DeclarationConduct {
  readonly leftRoom: boolean | null;
  readonly tookNoPart: boolean | null;
  /** A dispensation granted under the Localism Act 2011 s.33, letting the member take part. */
  readonly dispensation: boolean | null;
}

export type RecordedDeclaration = Declaration & DeclarationConduct;

export const UNKNOWN_CONDUCT: DeclarationConduct = Object.freeze({
  leftRoom: null,
  tookNoPart: null,
  dispensation: null,
});

/**
 * A member with a disclosable pecuniary interest may not take part in the item, nor vote, unless
 * granted a dispensation (Localism Act 2011 s.31(4)); doing so is an offence (s.34). Says so when
 * the record shows exactly that, for the clerk to check before the minutes go out.
 */
export function conductWarning(kind: DeclarationKind, conduct: DeclarationConduct): string | null {
  if (kind !== 'disclosable_pecuniary' || conduct.dispensation === true) return null;
  if (conduct.tookNoPart === false)
    return 'A disclosable pecuniary interest, and the member took part without a dispensation: check the record';
  return null;
}

/** The conduct in words for the public record: "left the room; took no part". Empty when unknown. */
export function conductInWords(conduct: DeclarationConduct): string {
  const words: string[] = [];
  if (conduct.leftRoom === true) words.push('left the room');
  else if (conduct.leftRoom === false) words.push('stayed in the room');
  if (conduct.tookNoPart === true) words.push('took no part');
  else if (conduct.tookNoPart === false) words.push('took part');
  if (conduct.dispensation === true) words.push('dispensation granted');
  return words.join('; ');
}
