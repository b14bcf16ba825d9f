export const STANDARD_ITEM_KINDS = [
  'apologies',
  'declarations',
  'minutes',
  'work_programme',
  'future_dates',
  'urgent',
] as const;
export type StandardItemKind = (typeof STANDARD_ITEM_KINDS)[number];

export interface AgendaItem {
  readonly id: string;
  readonly meetingId: string;
  /** Order on the agenda, from 1. */
  readonly position: number;
  /** Two numbering schemes: the agenda's (1..10) and the minutes' running through the municipal year (35, 36...). */
  readonly agendaNumber: string | null;
  readonly minuteNumber: string | null;
  readonly title: string;
  readonly description: string | null;
  /** The item's minutes as recorded, every paragraph in order; null before the meeting. */
  readonly minutesText: string | null;
  readonly standardKind: StandardItemKind | null;
  readonly isExempt: boolean;
  readonly exemptParagraph: number | null;
  readonly pageStart: number | null;
  readonly pageEnd: number | null;
}

/** Documents attached to an item, with their pages in the pack. */
export interface ItemDocument {
  readonly id: string;
  readonly itemId: string;
  readonly documentId: string | null;
  readonly title: string;
  readonly pageStart: number | null;
  readonly pageEnd: number | null;
}

const STANDARD_TITLES: readonly [RegExp, StandardItemKind][] = [
  [/\bapologies\b/i, 'apologies'],
  [/\bdeclarations? of (\w+ )?interests?\b/i, 'declarations'],
  [/^(to (confirm|approve) )?(the )?minutes\b/i, 'minutes'],
  [/\bwork ?programme\b/i, 'work_programme'],
  [/\b(future|dates? of( the)? next) meeting/i, 'future_dates'],
  [/\burgent (business|items?)\b/i, 'urgent'],
];

/** Recognises the standard items that open and close most agendas, from their titles. */
export function standardKindOf(title: string): StandardItemKind | null {
  for (const [pattern, kind] of STANDARD_TITLES) if (pattern.test(title.trim())) return kind;
  return null;
}
