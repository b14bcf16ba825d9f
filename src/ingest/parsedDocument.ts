/**
 * What a reader of one outside document understood, before anything is stored.
 * Every value carries the span of text it was read from, so the store can keep provenance;
 * offsets index into `ParsedDocument.text` (the document's text as extracted), and `page`
 * is derived from `pageStarts` when the document was paginated (PDF).
 */

import type { DocumentBlock } from './documentBlock.js';

/** Half-open character range [start, end) into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A value read from the document, with where it was read. `inferred` marks a guess (e.g. a year from a page header).
 */
export interface Sourced<T> {
  readonly value: T;
  readonly span: Span | null;
  readonly inferred?: boolean;
}

export interface ParsedName {
  /** The name as written, without role marks such as "(Chair)". Honorifics such as "Councillor" may stay. */
  readonly name: string;
  readonly span: Span | null;
  /** "chair" | "vice_chair" when the document marks it. */
  readonly role?: 'chair' | 'vice_chair' | null;
  /** Job title or capacity when given ("Director for Children's Integrated Services"). */
  readonly title?: string | null;
  /** For substitutes: the member replaced, as written. */
  readonly substituteFor?: string | null;
}

export interface ParsedApology extends ParsedName {
  /** Only a reason the document states. */
  readonly reason: string | null;
}

/** A membership of the body the record states: "Councillor X has been appointed to the Committee". */
export interface ParsedMembership {
  readonly name: string;
  readonly role: 'member' | 'chair' | 'vice_chair' | 'co_optee';
  /** The member replaced, as written, when the statement says so. */
  readonly replaces: string | null;
  /** The sentence that states it. */
  readonly statement: string;
  readonly span: Span | null;
}

export interface ParsedDeclaration {
  readonly name: string;
  /** The item number or title the declaration is about, as written; null if the document does not say. */
  readonly item: string | null;
  readonly text: string;
  readonly kind: 'disclosable_pecuniary' | 'other_registrable' | 'non_registrable' | 'unspecified';
  readonly span: Span | null;
}

export type ResolutionKind = 'note' | 'recommendation' | 'request' | 'decision' | 'other';

export interface ParsedResolution {
  /** The text after the keyword (and after the number/letter of the resolution). */
  readonly text: string;
  readonly label: string | null;
  readonly kind: ResolutionKind;
  readonly span: Span | null;
}

export interface ParsedMinutePoint {
  readonly label: string | null;
  readonly text: string;
  readonly span: Span | null;
}

export interface ParsedItem {
  /** As written: "38", "77/21", "CAB.12"; no trailing dot; null when the document gives none. */
  readonly number: string | null;
  readonly title: string;
  readonly span: Span | null;
  /** Text under the title before the minutes (e.g. "Report of the Statutory Scrutiny Officer"). */
  readonly description: string | null;
  /** Formal resolutions: introduced by RESOLVED / Resolved / ORDERED. */
  readonly resolutions: readonly ParsedResolution[];
  /** Agreements in other words: "AGREED", "It was agreed", "Decision:", "RECOMMENDED". */
  readonly decisions: readonly ParsedResolution[];
  readonly points: readonly ParsedMinutePoint[];
  /** Full minutes text of the item, if any. */
  readonly minutes: string | null;
  /** True when the page cut the minutes short ("... view the full minutes text for item 41."). */
  readonly truncated: boolean;
  readonly exempt: boolean;
  /** Schedule 12A paragraph number when the document gives it. */
  readonly exemptParagraph: number | null;
  /** Pages of the item's papers in a document pack ("3 - 10"). */
  readonly pages: { readonly from: number; readonly to: number } | null;
  readonly standardKind: 'apologies' | 'declarations' | 'minutes' | 'work_programme' | 'future_dates' | null;
}

export interface ParsedMeeting {
  readonly body: Sourced<string> | null;
  /** YYYY-MM-DD */
  readonly date: Sourced<string> | null;
  /** HH:MM, 24-hour */
  readonly time: Sourced<string> | null;
  readonly venue: Sourced<string> | null;
  readonly contact: Sourced<string> | null;
  /** "minutes" when the record holds what happened; "agenda" when only what was planned. */
  readonly kind: 'minutes' | 'agenda';
  readonly items: readonly ParsedItem[];
  readonly present: readonly ParsedName[];
  readonly apologies: readonly ParsedApology[];
  readonly absent: readonly ParsedName[];
  readonly inAttendance: readonly ParsedName[];
  readonly declarations: readonly ParsedDeclaration[];
  /** Memberships of the body the record states; optional so that readers without them stay valid. */
  readonly memberships?: readonly ParsedMembership[];
  readonly span: Span | null;
  /**
   * The body's later meetings that this meeting's papers list ("Future meeting dates", "Date of next
   * meeting"), each after this meeting's date. Optional: readers that do not look for them give none.
   */
  readonly futureMeetings?: readonly ParsedFutureMeeting[];
  /**
   * Formal resolutions of dated minutes that have no items to hold them (prose minutes of one meeting, "Resolved:-"
   * under a mover and seconder). Optional: minutes with items keep their resolutions in them.
   */
  readonly resolutions?: readonly ParsedResolution[];
}

/** A later meeting of the same body, known only from a list of dates: stored as scheduled, marked inferred. */
export interface ParsedFutureMeeting {
  readonly date: Sourced<string>;
  /** HH:MM, 24-hour; inferred when the list gives one time for every date. */
  readonly time: Sourced<string> | null;
}

export type DocumentPartKind =
  'front_sheet' | 'minutes' | 'terms_of_reference' | 'report' | 'appendix' | 'work_programme' | 'letter' | 'other';

/** A part of a paginated document pack. */
export interface ParsedPart {
  readonly kind: DocumentPartKind;
  readonly title: string;
  readonly span: Span;
  readonly pages: { readonly from: number; readonly to: number } | null;
  /** Agenda item the part belongs to, when the front sheet says so. */
  readonly itemNumber: string | null;
}

export interface ParseWarning {
  readonly message: string;
  readonly span: Span | null;
}

export interface ParsedDocument {
  readonly text: string;
  /**
   * The layout the reader found (headings, paragraphs, list items, tables, page headers and footers), each with its
   * range in `text` and its page. Optional so that documents parsed from bare text stay valid.
   */
  readonly blocks?: readonly DocumentBlock[];
  /** Character offset at which each page starts (page n is pageStarts[n-1]); empty when not paginated. */
  readonly pageStarts: readonly number[];
  readonly meetings: readonly ParsedMeeting[];
  readonly parts: readonly ParsedPart[];
  readonly warnings: readonly ParseWarning[];
}
