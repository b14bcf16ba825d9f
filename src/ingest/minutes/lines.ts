import { builtPattern } from './builtPatterns.js';
import type { BlockKind, DocumentBlock } from '../documentBlock.js';

/** What the reader's layout says of a line: the kind of block it is part of, and a heading's level and weight. */
export interface LineLayout {
  readonly kind: BlockKind;
  readonly level: number | null;
  readonly bold: boolean;
  /** Where the block starts: lines with the same value are one block (a heading wrapped over two lines). */
  readonly blockStart: number;
  /** Where the block ends: a run-in heading ("Roads – Main was regraded") ends inside its line. */
  readonly blockEnd: number;
}

/** One line of a document: its text without surrounding space, and where that text sits. */
export interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the line in the document. */
  readonly index: number;
  /** The block the line belongs to, when the reader gave blocks. */
  readonly layout?: LineLayout;
  /** A table row's cells, where tabs (a PDF's column gaps) divided the line: its text joins them with spaces. */
  readonly cells?: readonly string[];
}

/**
 * Marks each line with the block it sits in (the innermost one that holds its first character). Lines and blocks are
 * both in text order, so one pass over each suffices; Markdown heading marks ("## ") leave the line's text.
 */
export function withLayout(lines: readonly Line[], blocks: readonly DocumentBlock[]): Line[] {
  if (blocks.length === 0) return [...lines];
  const sorted = [...blocks].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  let k = 0;
  return lines.map((line) => {
    while (k < sorted.length && sorted[k]!.span.end <= line.start && sorted[k]!.span.start <= line.start) k++;
    let found: DocumentBlock | null = null;
    for (let j = k; j < sorted.length && j < k + 50 && sorted[j]!.span.start <= line.start; j++)
      if (sorted[j]!.span.end > line.start) found = sorted[j]!;
    if (!found) return line;
    const layout: LineLayout = {
      kind: found.kind,
      level: found.level ?? null,
      bold: found.bold ?? false,
      blockStart: found.span.start,
      blockEnd: found.span.end,
    };
    const mark = found.kind === 'heading' ? /^(#{1,6}\s+|\*\*(?=.*\*\*:?$))/.exec(line.text) : null;
    if (!mark) return { ...line, layout };
    const text = line.text.slice(mark[0].length).replace(/\*\*(:?)$/, '$1');
    return { ...line, text, start: line.start + mark[0].length, layout };
  });
}

/** Characters that only get in the way of reading: NBSP, zero-width space, soft hyphen. */
const INVISIBLE = /[\u00a0\u2007\u202f]/g;
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\ufeff|\u00ad/g;

/**
 * Splits text into lines, keeping each line's offsets into the original text. Lines are
 * split at newlines and form feeds (PDF page breaks); markdown table separators are dropped.
 */
export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  // Most texts have no invisible characters: looking once saves a replacement on every line.
  const invisible = /[\u00a0\u2007\u202f\u200b\u200c\ufeff\u00ad]|\u200d/.test(text);
  const gapped = gapsSeparateBlocks(text);
  // Each run of characters between breaks (newline, return, form feed) is a line: found by scanning, not by a pattern
  // that also matches the empty text at every break.
  for (let next = 0; next < text.length;) {
    const at = next;
    const end = lineEnd(text, at);
    next = end + 1;
    if (end === at) continue;
    const raw = text.slice(at, end);
    const cleaned = invisible ? raw.replace(INVISIBLE, ' ').replace(ZERO_WIDTH, '') : raw;
    const trimmed = cleaned.trim();
    if (!trimmed || (trimmed.includes('---') && /^[|\s:-]*-{3,}[|\s:-]*$/.test(trimmed))) continue;
    const lead = cleaned.indexOf(trimmed[0]!);
    // Text that lost its line breaks keeps its bullets: each bullet in mid-line opens a line of its own. A very long
    // line also breaks before a label in capitals ("APOLOGIES:", "RESOLVED:") and a minute number over a heading in
    // capitals ("1358 DECLARATIONS OF INTEREST"), and where a gap of spaces shows where a block of the page ended.
    let from = 0;
    const breaks =
      trimmed.length > RUN_ON
        ? gapped
          ? GAPPED_RUN_ON_BREAK
          : RUN_ON_BREAK
        : gapped && trimmed.includes('  ')
          ? GAP_BREAK
          : BULLET_CHAR.test(trimmed)
            ? MID_LINE_BULLET
            : null;
    for (const bullet of breaks ? trimmed.matchAll(breaks) : []) {
      pushSequence(lines, trimmed.slice(from, bullet.index), at + lead + from);
      from = bullet.index + bullet[0].length;
    }
    pushSequence(lines, trimmed.slice(from), at + lead + from);
  }
  return lines;
}

/** Where the line starting at `from` ends: the first newline, return or form feed, or the text's end. */
function lineEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 13 || c === 12) break;
    end++;
  }
  return end;
}

const CONTENTS_LABEL_THEN_ENTRY =
  /^(?:TABLE OF CONTENTS|CONTENTS|INDEX(?: OF\s*MINUTES)?|ORDER OF BUSINESS)\s+(?=1\.?\s+\p{Lu})/iu;

/** A piece this long that opens with a number may hold the items after it run on. */
const SEQUENCE_RUN_ON = 100;

/**
 * "1. Welcome by the Chairman: ... opened the meeting at 7pm 2. Apologies for absence: ... 3. Matters of Interest":
 * a numbered heading whose successors ran on into its line after no full stop (a time, a bracket, a name). Only the
 * next number of the sequence, followed by a capital, opens a line of its own; other numbers in the text stay in it.
 */
function pushSequence(lines: Line[], piece: string, start: number): void {
  // "INDEX OFMINUTES 1. DECLARATION OF OPENING ...": a contents table's label runs into its first entry.
  let from = CONTENTS_LABEL_THEN_ENTRY.exec(piece)?.[0].length ?? 0;
  if (from > 0) pushLine(lines, piece.slice(0, from), start);
  let number =
    piece.length - from > SEQUENCE_RUN_ON ? /^(\d{1,3})\.\s+["“]?\p{Lu}/u.exec(piece.slice(from))?.[1] : undefined;
  while (number !== undefined) {
    const next = String(Number(number) + 1);
    const re = builtPattern(String.raw`\s(?=${next}\.\s+["“]?\p{Lu}[\p{L}’']*[\s:])`, 'u');
    const at = re.exec(piece.slice(from + number.length + 2));
    if (!at) break;
    const cut = from + number.length + 2 + at.index;
    pushLine(lines, piece.slice(from, cut), start + from);
    from = cut + 1;
    number = next;
  }
  pushLine(lines, piece.slice(from), start + from);
}

const MID_LINE_BULLET = /\s+[•▪●]\s+/g;
const BULLET_CHAR = /[•▪●]/;
const RUN_ON = 400;
// "STAFF PRESENT:", "MEMBERS ABSENT:", "CITY STAFF:": a two-word label is split before its first word, not between its
// words.
const LABEL_BREAK = String.raw`(?<!\b(?:STAFF|COUNCIL|OFFICERS|MEMBERS|ALSO|IN))\s+(?=(?:IN ATTENDANCE|(?:STAFF|COUNCIL|OFFICERS|MEMBERS|ALSO) (?:PRESENT|ABSENT|IN ATTENDANCE)|APOLOGIES FOR ABSENCE):\s)|(?<!\b(?:STAFF|COUNCIL|OFFICERS|MEMBERS|ALSO|IN|CITY|TOWN|VILLAGE|COUNTY))(?<!(?:^|[.!?:;])\s*(?:[A-Z][A-Z’'&/-]*\s+){0,5}[A-Z][A-Z’'&/-]*)\s+(?=[A-Z][A-Z’']{3,}:\s)`;
// "MEETING DEDICATION: Mayor ...", "CITY COUNCIL REPORTS ON OUTSIDE AGENCIES:": a label of several words in capitals is
// split before its first word when a sentence ends before it (the single-word rule above then keeps out of it).
const LABEL_RUN_BREAK = String.raw`(?<=\p{Ll}{2}[.!?]["”’)]?|\)\.)\s+(?=(?:[A-Z][A-Z’'&/-]*\s+){1,6}[A-Z][A-Z’']{3,}:\s)`;
// "Absent: None. ROLL CALL Roll call was answered ...": after a sentence, a heading in capitals runs into its text.
const CAPITALS_WORD = String.raw`(?:[A-Z][A-Z’'&/()-]*|\d{1,4}),?`;
const CAPITALS_RUN_BREAK = String.raw`(?<=\p{Ll}{2}[.!?]["”’)]?|\)\.)\s+(?=(?:${CAPITALS_WORD}\s+){1,12}[A-Z][A-Z’'&/()-]+\s+\p{Lu}\p{Ll}|[A-Z]{6,}\s+\p{Lu}\p{Ll})`;
// "None. 4. ANNOUNCEMENTS A. Mayor ...": a minute number and one long word in capitals.
// "3. ALSO PRESENT: ...": a numbered attendance label stays with its number and its list.
const NOT_ATTENDANCE_LABEL = String.raw`(?!(?:ALSO |STAFF |MEMBERS |OFFICERS |COUNCIL )?(?:PRESENT|ABSENT|IN ATTENDANCE)\s*:)`;
// '3. "DISCLOSURE OF PECUNIARY INTEREST ..."': a heading in quotes.
const NUMBERED_CAPITALS_BREAK = String.raw`\s+(?=\d{1,3}\.\s+${NOT_ATTENDANCE_LABEL}["“]?[A-Z][A-Z’'&()-]{4,}(?:\s|$))`;
// "1. Apologies for Absence 1.1 There were ...": a numbered heading followed by its own first paragraph number.
const NUMBERED_OWN_PARAGRAPH_BREAK = String.raw`\s+(?=(?<minute>\d{1,3})\.\s+\p{Lu}[^.]{2,100}?\.?\s+\k<minute>\.1\.?\s)`;
// "... advised that they would. 7. Minutes of the Parish Council meeting ...": a numbered heading after a sentence.
// "... were received. 2. Apologies: Apologies were ...": the heading's one word may end in its colon.
const NUMBERED_AFTER_SENTENCE_BREAK = String.raw`(?<=\p{Ll}{2}[.!?:]["”’)]?)\s+(?=\d{1,3}\.\s+\p{Lu}\p{Ll}+[\s:])`;
// "... held on 12th February 2015, in Orwell Hall 1. Welcome: In the absence of ...": the first item, a short title and
// its colon, runs on after the heading's place; a reference ("Item 1. Election: ...") stays in its sentence.
const FIRST_ITEM_BREAK = String.raw`(?<!\b(?:[Ii]tems?|ITEMS?|[Mm]inutes?|MINUTES?|No\.?|[Aa]genda|AGENDA))\s+(?=1\.\s+\p{Lu}\p{Ll}+(?:\s+\p{L}+){0,3}:\s)`;
// "... for the Mayor and Deputy Mayor”. Item No. 1. Election of Mayor: ...": a numbered item's label in running text.
// "... Calum Ross Item 1. Welcome/Apologies ... Police Action. Item 2. Minutes ...": items labelled "Item 1." run on
// in one line; a reference in running words ("under Item 2. The ...", "Agenda Item 12. Cllr X declared") follows a
// lower-case word or "Agenda" and stays.
const ITEM_LABEL_BREAK = String.raw`(?<!(?:^|\s)(?:\p{Ll}+|Agenda|AGENDA))\s+(?=Item\s+(?:No\.?\s*)?\d{1,3}[.:]\s+\p{Lu})`;
/** Where a very long line breaks: each alternative's match opens with a space (after what it looks behind at). */
export const RUN_ON_ALTERNATIVES = [
  // "3.  Previous Minutes: ...": the gap after an item's number at the line's start sets its title apart, no block.
  String.raw`\s+[•▪●]\s+|(?<!^\d{1,3}[.)] *) {2,}(?=\S)`,
  LABEL_BREAK,
  LABEL_RUN_BREAK,
  CAPITALS_RUN_BREAK,
  // "MEETING -JANUARY 28, 1985 RECREATION HALL": a date's year after its day and comma is not a minute number.
  String.raw`(?<!\b\d{1,2}(?:st|nd|rd|th)?,)\s+(?=\d{1,5}(?:\.\d{1,2})?\.?\s+${NOT_ATTENDANCE_LABEL}[A-Z][A-Z’']{2,}\s+[A-Z][A-Z’']+)`,
  NUMBERED_CAPITALS_BREAK,
  NUMBERED_OWN_PARAGRAPH_BREAK,
  NUMBERED_AFTER_SENTENCE_BREAK,
  FIRST_ITEM_BREAK,
  ITEM_LABEL_BREAK,
  // "... Council Minutes 3.0 Delegations: 3.1 ...": an agenda run on in one line, a heading's colon after its word.
  String.raw`\s+(?=\d{1,4}\.\d\.?\s+(?:Agenda\s+)?[A-Z][a-z]+[\s:])`,
  // "... and that the Minutes of the Council's meeting ...": a sentence going on is not a new heading.
  String.raw`(?<![\d)]|\d\.)(?<!\b(?:[Tt]he|[Aa]nd|[Tt]hat|[Oo]f|[Tt]o|[Ii]n|[Oo]n|[Ww]ith|[Ff]or|[Bb]y|[Aa]ll|[Aa]n?))\s+(?=Minutes of (?:a|the)\s)`,
  String.raw`(?<!\b(?:[Mm]inutes?|MINUTES?|[Ii]tems?|No\.?))\s+(?=\d{1,4}\/\d{2}\s+\p{Lu}\p{Ll}+\s)`,
  // "Staff Present:", "Board Members Present:": a group's label is split before the group, not inside it.
  // "1. Apologies: A and B": a numbered item's label stays with its number.
  String.raw`(?<!\b(?:Staff|Members|Council|Officers|Also|Board|Councillors|Employees|Public)|\d\.)\s+(?=(?:Present|Apologies|In attendance)(?:\s+Members)?\s*:\s)`,
  // "... Isla Munro (IM) Also attending: Ward Councillor ...": those also attending are not the list before.
  String.raw`\s+(?=Also\s+(?:attending|present|in\s+attendance)\s*:\s)`,
].join('|');
// Tried at every position of a long line, the alternatives' look-behinds (some scanning back over words in capitals)
// cost most of the split; a position that holds no space is passed over before them. The same breaks are found.
export const RUN_ON_BREAK = new RegExp(String.raw`(?=\s)(?:${RUN_ON_ALTERNATIVES})`, 'gu');

/** A gap of spaces, and a starred item number ("*42 Accept a grant"), where text that lost its layout runs on. */
const GAP = String.raw` {2,}(?=\S)|\s+(?=\*\d{1,4}\s+\p{Lu}\p{Ll})`;
const GAP_BREAK = new RegExp(GAP, 'gu');
const GAPPED_RUN_ON_BREAK = new RegExp(`${GAP}|${RUN_ON_BREAK.source}`, 'gu');

/**
 * Text converted from a page that kept its blocks apart only by gaps of spaces (several to a very long line): then
 * every gap in the document ends a block, not only those in the long lines.
 */
function gapsSeparateBlocks(text: string): boolean {
  // Line by line rather than one /[^\n]{400,}/ over the text, which tries every start of every shorter line.
  // Only a long line is cut out of the text to be looked at.
  for (let at = 0; at < text.length;) {
    const end = lineEnd(text, at);
    // Two spaces after a full stop are a typist's habit inside a paragraph ("... resolved.  Further, ..."), not a gap
    // between blocks.
    if (end - at >= RUN_ON && (text.slice(at, end).match(/[^\s.!?] {2,}(?=\S)/g)?.length ?? 0) >= 3) return true;
    at = end + 1;
  }
  return false;
}

function pushLine(lines: Line[], piece: string, start: number): void {
  const text = piece.trimEnd();
  if (!text) return;
  // Markdown's "**Present:**" reads as "Present:"; the line's range still covers what was written.
  const unbold = text.includes('**') ? text.replace(/\*\*(\S(?:[^*]*\S)?)\*\*/g, '$1') : text;
  // Markdown converters escape a number's dot so it does not start a list: "1\. Minutes of the last Meeting".
  const plain = unbold.includes('\\') ? unbold.replace(/^(\d{1,5}[a-z]?)\\([.)])/, '$1$2') : unbold;
  const spaced = plain.includes('  ') || plain.includes('\t') ? plain.replace(/[ \t]+/g, ' ') : plain;
  const cells = plain.includes('\t')
    ? plain
        .split(/\t+/)
        .map((c) => c.replace(/ +/g, ' ').trim())
        .filter(Boolean)
    : [];
  const line = { text: spaced, start, end: start + text.length, index: lines.length };
  lines.push(cells.length >= 2 ? { ...line, cells } : line);
}

/** Text of a run of lines as one paragraph-aware string (blank structure is lost; lines are joined with newlines). */
export function joinLines(lines: readonly Line[]): string {
  return lines.map((l) => l.text).join('\n');
}

/** Span covering a run of lines, or null when empty. */
export function spanOf(lines: readonly Line[]): { start: number; end: number } | null {
  if (lines.length === 0) return null;
  return { start: lines[0]!.start, end: lines[lines.length - 1]!.end };
}

/** Span of a substring found in a line (falls back to the whole line). */
export function spanIn(line: Line, part: string): { start: number; end: number } {
  const at = part ? line.text.indexOf(part) : -1;
  // Collapsed spaces make offsets inside a line approximate; the line's own span stays exact.
  if (at < 0 || line.text.length !== line.end - line.start) return { start: line.start, end: line.end };
  return { start: line.start + at, end: line.start + at + part.length };
}
