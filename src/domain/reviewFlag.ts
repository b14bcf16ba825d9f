/**
 * What an import could not settle and a clerk should look at; kept until dismissed.
 * - `declaration_not_recorded`: someone declared an interest at a meeting whose record does not show
 *   them there (a missed attendance line, or a misspelt name). The declaration is kept.
 */
export const REVIEW_FLAG_KINDS = ['declaration_not_recorded'] as const;
export type ReviewFlagKind = (typeof REVIEW_FLAG_KINDS)[number];

export interface ReviewFlag {
  readonly id: string;
  readonly kind: ReviewFlagKind;
  readonly meetingId: string | null;
  readonly personId: string | null;
  /** The record the flag is about (the declaration). */
  readonly subjectId: string | null;
  readonly message: string;
  readonly sourceDocumentId: string | null;
  readonly createdAt: string;
  readonly dismissedAt: string | null;
  readonly dismissedBy: string | null;
}
