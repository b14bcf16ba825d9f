import { builtPattern } from './builtPatterns.js';
import { resolutionKindOf } from '../../domain/minutes.js';
import type { ParsedResolution } from '../parsedDocument.js';
import type { Line } from './lines.js';
import { afterPreviousMeeting } from './previousMeetingTail.js';
import { withoutPreamble } from './resolutionPreamble.js';
import { withoutVoteQualifier } from './resolutionQualifier.js';

/**
 * Formal resolutions: RESOLVED / Resolved / ORDERED, with what follows on the line; a list label may come first ("b)
 * RESOLVED to ..."), or a bullet, also as a Symbol or Wingdings glyph a PDF gives from the private-use area. "resolved"
 * in lower case counts only after such a label: opening a line, it goes on with a sentence the page wrapped ("the
 * Councillors" / "resolved to take over these payments"). "IT WAS resolved:" with a colon is a label, not running
 * text, whatever its case. A minute's reference may come first, even run into the keyword where a page lost the gap
 * between its columns ("19/8Resolved to approve the minutes").
 */
const FORMAL =
  /^(?:[-–•*·●▪◦\uf0a7\uf0b7\uf0d8\uf0fc]\s*)?(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+|(?:\d{1,2}|[a-z])\.\s+|\d{1,3}(?:\.\d{1,3})+\.?\s+|\d{1,4}\/\d{1,4}\s*(?=R))?(?:\*\*)?(?:(?:PENDERFYNWYD|Penderfynwyd)\s*\/\s*)?(?:(?:UNANIMOUSLY|Unanimously|FURTHER|Further)\s+)?(RESOLVED|Resolved|(?<=\S\s*)resolved|ORDERED|Ordered|It was (?:(?:unanimously|therefore|further|then|duly)\s+)?RESOLVED|(?:IT WAS|It was|It Was) resolved(?=\s*[:–-])|The (?:Committee|Board|Panel|Council|Cabinet|Sub-Committee) RESOLVED)(?:\*\*)?\b\s*(?:unanimously\s*)?(?:[:,.–-]+\s*)?(.*)$/;
/**
 * "Proposed by X, seconded by Y, and RESOLVED that ...", "... Seconded by Y And unanimously Resolved “That ...”",
 * "BE IT RESOLVED that ..." or "...: extension. The Committee RESOLVED to ...": the keyword inside a line. A
 * lower-case "resolved" in running text ("it was resolved to") is prose, not a formal resolution (the parse contract).
 */
const MID_SENTENCE =
  /^(?:.*?\b)(?:it\s+was(?:\s+(?:unanimously|therefore|further|then|duly))?|(?:[Aa]nd|AND)(?:\s+it\s+was)?(?:\s+(?:unanimously|UNANIMOUSLY))?|was|[Bb][Ee]\s+[Ii][Tt](?:\s+(?:[Ff]urther|FURTHER|[Hh]ereby|HEREBY|(?:and|AND)\s+(?:it|IT)\s+(?:is|IS)))*|[.:;]\s+[Tt]he\s+(?:[Cc]ommittee|[Cc]ouncil|[Bb]oard|[Pp]anel|[Cc]abinet|[Ss]ub-[Cc]ommittee)|[.:;,](?=\s+(?:RESOLVED|ORDERED)))\s+(RESOLVED|Resolved|ORDERED)\b\s*(?:unanimously\s*)?(?:[:,.–-]+\s*)?(.*)$/;

/**
 * "... for the meeting the Council RESOLVED to elect Councillor Beck ...": the keyword in capitals inside a sentence
 * (a line with lower-case words before it, so not a heading in capitals) introduces a resolution whatever its subject.
 * The lookahead finds the line's first lower-case letter without backtracking over every other one: ".*\p{Ll}.*" took
 * time growing with the square of the line's length (seconds on a page read as one line) and matches the same lines.
 */
const MID_CAPITALS =
  /^(?=[^\p{Ll}\n\r\u2028\u2029]*\p{Ll}.*\s(?:RESOLVED|ORDERED)\b).*?\s(RESOLVED|ORDERED)\b\s*(?:unanimously\s*)?(?:[:,.–-]+\s*)?(.*)$/u;
/** "8.3 Parking is an issue. Resolved – to contact The Old School ...": "Resolved" opening a sentence inside a line. */
const SENTENCE_OPENING = /^.*?[.:;]\s+(Resolved)\b\s*(?:unanimously\s*)?(?:[:,.–-]+\s*)?(.*)$/;

/**
 * "Presented for payment was CALC Subscription - £96.11 Resolved to pay": "Resolved" with its capital inside a line,
 * after words that end no sentence, then "to" or "that" and the clause ("Issues Resolved to date" is no resolution).
 */
const MID_TITLE = /^.*?\S\s+(Resolved)\s+((?:to|that)\s+(?!date\b)\p{Ll}.*)$/u;

/**
 * "Financial Regulations -" | "Resolved to Sign": the keyword opening a table cell after the first (a PDF's column, or
 * a web table flattened with pipes) with its clause after it, whatever the clause's case; a status column's bare
 * "Resolved" is no resolution.
 */
const CELL_OPENING = /^(RESOLVED|Resolved)\b\s*(?:[:,.–-]+\s*)?((?:to|that)\s+\S.*)$/;

function cellOpening(line: Line): RegExpExecArray | null {
  const cells = line.cells ?? line.text.split(/\s+\|\s+/);
  for (const cell of cells.slice(1)) {
    const m = CELL_OPENING.exec(cell);
    if (m) return m;
  }
  return null;
}

/** Agreements in other words: stored as decisions, not formal resolutions. */
const INFORMAL =
  /^(?:[-–•*·●▪◦\uf0a7\uf0b7\uf0d8\uf0fc]\s*)?(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+|(?:\d{1,2}|[a-z])\.\s+)?(?:\*\*)?(AGREED|Agreed|It was agreed|It was AGREED|Decision|DECISION|RECOMMENDED|Recommended|RECOMMENDATION|The (?:Committee|Board|Panel|Council|Cabinet) (?:AGREED|agreed)|The (?:Committee|Board|Panel|Sub-Committee) (?:made|makes|agreed) the following recommendations?(?: to (?:the )?[A-Z][\w ]*?)?(?=:))(?:\*\*)?\b\s*(?:[:,.–-]\s*)?(.*)$/;
/**
 * "RESOLVED" over "Reason for resolution" over "i) that Councillor X be granted a dispensation": a two-column table
 * (the resolution, the reason for it) flattened a cell a line, its second heading between the keyword and its text.
 */
const REASON_COLUMN = /^reasons?\s+for\s+(?:the\s+)?(?:resolutions?|decisions?)\s*:?$/i;
/** A line opening with a bullet and no list label after it: "• That the report be noted.". */
const BULLET_LINE = /^[–•*·●▪◦\uf0a7\uf0b7\uf0d8\uf0fc]\s*(?!\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s)\S/;
/** A list label alone on its line: "(B)", "(ii)". */
const BARE_LABEL = /^\((?:[a-z]{1,2}|[ivx]{1,4}|\d{1,2})\)$/i;
/** A numbered or lettered entry of a list: "1)", "1.", "(a)", "a)", "(i)", "- 2.". */
const LIST_ENTRY =
  /^(?:[-–•*·●▪◦]\s*)?(?:\(([0-9]{1,2}|[a-z]{1,2}|[ivx]{1,5})\)|([0-9]{1,2}|[a-z]{1,2}|[ivx]{1,5})[.)])\s+(\S.*)$/i;

export interface ResolutionBlock {
  readonly resolutions: ParsedResolution[];
  readonly decisions: ParsedResolution[];
  /** Lines taken by resolution lists, which are not items or minute points. */
  readonly consumed: ReadonlySet<number>;
}

/**
 * "1. To ask the County to repair footpath 7. 2. To write to the landowner": a list numbered with full stops run onto
 * one line (a PDF's text that lost its breaks). Only the next number in turn opens an entry, and only before a capital,
 * so "footpath 7." stays in its sentence.
 */
function inlineDotList(lead: string): { label: string; text: string }[] {
  const first = /^(1|a)\.\s+(?=\p{Lu})/u.exec(lead);
  if (!first) return [];
  const out: { label: string; text: string }[] = [];
  let label = first[1]!;
  let rest = lead.slice(first[0].length);
  for (;;) {
    const next = /^\d$/.test(label) ? String(Number(label) + 1) : String.fromCharCode(label.charCodeAt(0) + 1);
    const at = builtPattern(String.raw`[.;]\s+${next}\.\s+(?=\p{Lu})`, 'u').exec(rest);
    if (!at) break;
    out.push({ label, text: rest.slice(0, at.index + 1).trim() });
    rest = rest.slice(at.index + at[0].length);
    label = next;
  }
  out.push({ label, text: rest.trim() });
  return out.length >= 2 ? out : [];
}

/** "1) to approve the strategy; 2) to request a report" written on one line. */
function inlineList(lead: string): { label: string; text: string }[] {
  const dotted = inlineDotList(lead);
  if (dotted.length > 0) return dotted;
  const parts = lead.split(/(?:^|\s)\(?(\d{1,2}|[a-z]|[ivx]{1,4})\)\s+/);
  if (parts.length < 5 || parts[0]!.trim() !== '') return [];
  const out: { label: string; text: string }[] = [];
  for (let k = 1; k + 1 < parts.length; k += 2)
    out.push({ label: parts[k]!, text: parts[k + 1]!.replace(/[;,]\s*(and)?\s*$/, '').trim() });
  return out.every((e, n) => n === 0 || isNextLabel(out[n - 1]!.label, e.label)) ? out : [];
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Lists run 1, 2, 3 or a, b, c (then aa, bb) or i, ii, iii: anything else is not the next entry of this list. */
function isNextLabel(previous: string | null, label: string): boolean {
  const l = label.toLowerCase();
  if (previous === null) return l === '1' || l === 'a' || l === 'i';
  const p = previous.toLowerCase();
  if (/^\d+$/.test(p)) return l === String(Number(p) + 1);
  if (ROMAN.includes(p) && ROMAN.includes(l) && ROMAN.indexOf(l) === ROMAN.indexOf(p) + 1) return true;
  if (/^[a-z]$/.test(p)) return l === (p === 'z' ? 'aa' : String.fromCharCode(p.charCodeAt(0) + 1));
  if (/^([a-z])\1$/.test(p)) return l === String.fromCharCode(p.charCodeAt(0) + 1).repeat(2);
  return false;
}

/**
 * "(1)", "1)" or "1.": how an entry's label is written. A list keeps one style, so "(1) ... (2) ..." followed by "3.
 * Grants" is a list of two and then the next item.
 */
function labelStyle(text: string): string {
  const m = /^(?:[-–•*·●▪◦]\s*)?(\()?[0-9a-z]{1,5}([.)])/i.exec(text);
  return m ? `${m[1] ?? ''}${m[2]}` : '';
}

function stripKeywordLead(text: string): string {
  return text
    .replace(/^(that|to)\s*:\s*[-–]?\s*$/i, '')
    .replace(/^[:–-]\s*/, '')
    .trim();
}

/** "mabwysiadu'r gyllideb / to adopt the budget": of a bilingual resolution, the English half. */
function englishHalf(text: string): string {
  const m = /^(.{3,}?)\s+\/\s+((?:to|that)\b.*)$/i.exec(text);
  return m && !/^(?:to|that)\b/i.test(m[1]!) ? m[2]! : text;
}

/**
 * The parts of a run-on line after each keyword in capitals: "X. 4. DELEGATIONS ... BE IT RESOLVED THAT Y"; or after
 * "And (unanimously) Resolved", as an Irish council's flattened minutes write each motion's close.
 */
function splitAtKeywords(text: string): string[] {
  return text
    .split(
      /\s+(?:#\s*)?(?:(?:BE\s+IT|and|AND)\s+)?RESOLVED\b\s*(?:[:,.–-]+\s*)?|\s+(?:[Aa]nd|AND)\s+(?:unanimously\s+)?Resolved\b\s*(?:[:,.–-]+\s*)?/,
    )
    .map((p) => p.trim())
    .filter(Boolean);
}

/** "Resolved 15/11/12.01 That the bank balances ...": the resolution's own reference number before its text. */
const REFERENCE = /^(\d{1,4}(?:[/.]\d{1,4}){1,4})\s+(?=\p{Lu})/u;

function resolution(text: string, given: string | null, span: { start: number; end: number }): ParsedResolution {
  // "| RESOLVED that the accounts be approved. |": a table cell's closing pipe is not the resolution's.
  const flat = text
    .replace(/\s+/g, ' ')
    .replace(/^[–-]\s*/, '')
    .replace(/\s*\|$/, '');
  const reference = given === null ? REFERENCE.exec(flat) : null;
  const label = reference ? reference[1]! : given;
  const clean = englishHalf(
    (reference ? flat.slice(reference[0].length) : flat)
      // "... for the meeting. Cou/287/07-08 Declarations of Interest ...": a line that lost its breaks runs on into
      // the next minute, its number after a full stop.
      .replace(/(\.)\s+(?:\p{Lu}[\p{L}]*\/)?\d{1,4}(?:[./-]\w+)*\.?\s+\p{Lu}.*$/u, '$1')
      .trim(),
  );
  // The text stays as written, mover and vote included ("by a majority that ..."): they are part of the record. Its
  // kind is read from what was resolved, after them.
  return { text: clean, label, kind: resolutionKindOf(withoutPreamble(clean)), span };
}

/** "9. Renewal of the insurance": a numbered line whose number cannot open a list. */
function opensNoList(text: string): boolean {
  const entry = LIST_ENTRY.exec(text);
  const label = entry?.[1] ?? entry?.[2];
  return !!label && /^\d+$/.test(label) && Number(label) > 1 && /^\p{Lu}/u.test(entry![3]!);
}

/** Where a keyword's text stops: the next keyword, a lettered minute point, or a blank-looking break into prose. */
function isStop(line: Line): boolean {
  // A number alone on its line opens the next item on web pages; "Minutes:" opens an item's minutes.
  // "b. Appointment of Vice Chair – it was unanimously RESOLVED to ...": a line with its own keyword is the next
  // resolution, even where it opens in lower case as a lettered point does.
  return (
    FORMAL.test(line.text) ||
    INFORMAL.test(line.text) ||
    MID_SENTENCE.test(line.text) ||
    /^\d{1,3}[a-z]?\.?$/.test(line.text) ||
    /^minutes\s*:/i.test(line.text)
  );
}

/**
 * "RESOLVED that the Panel note the report and to note" over "Members responsibility as Corporate Parents.": a sentence
 * left open goes on to a line that closes it, unless that line is a heading or a numbered entry.
 */
function sentenceGoesOn(text: string, next: Line): boolean {
  return (
    !/[.;:!?)]$/.test(text) &&
    /[.;]$/.test(next.text) &&
    next.layout?.kind !== 'heading' &&
    !LIST_ENTRY.test(next.text) &&
    (!/^\(?\d/.test(next.text) || opensOnDate(text, next.text)) &&
    next.text.split(/\s+/).length <= 25
  );
}

/**
 * "... leave of absence be granted." over "presentations" over "Nil": a page that lost its headings' capitals sets the
 * next heading in lower case. After a closed sentence, a few words alone on their line, unpunctuated, with no wrapped
 * sentence going on below them, head the next business rather than go on with the resolution.
 */
function lowerCaseHeadingAfter(text: string, next: Line, after: Line | undefined): boolean {
  if (!/[.!?]["”’]?$/.test(text) || !/^\p{Ll}[\p{L} /&'’-]*$/u.test(next.text)) return false;
  if (next.text.split(/\s+/).length > 4) return false;
  return !after || !/^\p{Ll}/u.test(after.text);
}

/**
 * "RESOLVED to accept the minutes of the meeting held on" over "21st June 2011 as a true record.": a sentence cut
 * after "on" or "of" goes on to the date that opens the next line.
 */
function opensOnDate(text: string, next: string): boolean {
  return (
    /\b(?:on|of|dated)$/i.test(text) &&
    /^\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i.test(next)
  );
}

/**
 * Finds every resolution and decision in a run of lines (one item's minutes). A keyword followed
 * by a numbered or lettered list gives one resolution per entry; a keyword with its text on the
 * line (or continued below) gives one.
 */
export function readResolutions(
  lines: readonly Line[],
  isItemStart: (line: Line) => boolean = () => false,
): ResolutionBlock {
  const resolutions: ParsedResolution[] = [];
  const decisions: ParsedResolution[] = [];
  const consumed = new Set<number>();
  let later: ParsedResolution[] = [];
  for (let i = 0; i < lines.length; i++) {
    resolutions.push(...later);
    later = [];
    const line = afterPreviousMeeting(lines[i]!);
    // The keyword inside a line is looked for only where the line holds it.
    // Found inside a sentence by the looser patterns, a resolution is that sentence alone: the lines below it are not
    // read as its list or paragraphs (in a line that lost its breaks they are the next items).
    const loose =
      /RESOLVED|Resolved|ORDERED/.test(line.text) && !FORMAL.test(line.text) && !MID_SENTENCE.test(line.text);
    const formal =
      FORMAL.exec(line.text) ??
      (/RESOLVED|Resolved|ORDERED/.test(line.text)
        ? (MID_SENTENCE.exec(line.text) ??
          MID_CAPITALS.exec(line.text) ??
          SENTENCE_OPENING.exec(line.text) ??
          MID_TITLE.exec(line.text) ??
          cellOpening(line))
        : null);
    const informal = formal ? null : INFORMAL.exec(line.text);
    const match = formal ?? informal;
    if (!match) continue;
    // "Decision:" or "Recommended:" alone is often a label with nothing after it; it introduces a
    // decision only when a list or a "That ..." / "To ..." clause follows.
    const following = lines[i + 1]?.text ?? '';
    if (
      informal &&
      /^(recommended|decision)/i.test(informal[1]!) &&
      !informal[2] &&
      !LIST_ENTRY.test(following) &&
      !/^(that|to)\b/i.test(following)
    )
      continue;
    const target = formal ? resolutions : decisions;
    // "... # BE IT RESOLVED THAT Council approves ... 4. DELEGATIONS ... # BE IT RESOLVED THAT Council receives ...":
    // a line that lost its breaks holds several resolutions, each from its own keyword.
    const [lead = '', ...more] = formal
      ? splitAtKeywords(withoutVoteQualifier(match[2]!.trim())).map(withoutVoteQualifier)
      : [match[2]!.trim()];
    // They follow the first, which is read below.
    later = more.map((other) => resolution(other, null, { start: line.start, end: line.end }));
    // A keyword inside a line ("Minute no. 5 – Signing of the Minutes ... Council. Resolved that ...") leaves the
    // line's start to be read as what it is, an item's number and title.
    if (FORMAL.test(line.text) || INFORMAL.test(line.text)) consumed.add(line.index);
    const reasonColumn = lead === '' && REASON_COLUMN.test(lines[i + 1]?.text ?? '');
    if (reasonColumn) consumed.add(lines[i + 1]!.index);
    const first = i + (reasonColumn ? 2 : 1);
    const entries: { label: string; text: string; line: Line }[] = [];
    // Only a keyword that introduces something ("Resolved:", "Resolved to:", "RESOLVED that:") takes a list below it.
    // "RESOLVED that:-" over "(1) ...": a colon and dash introduce the list as a colon does.
    const introducesList = !loose && (lead === '' || /[:;,]\s*[-–]?$|\b(to|that)$/i.test(lead));
    let j = first;
    for (; j < lines.length && introducesList; j++) {
      const next = lines[j]!;
      if (isItemStart(next) || isStop(next)) break;
      const entry = LIST_ENTRY.exec(next.text);
      const previous = entries[entries.length - 1];
      if (
        entry &&
        isNextLabel(previous?.label ?? null, (entry[1] ?? entry[2])!) &&
        (!previous || labelStyle(next.text) === labelStyle(previous.line.text))
      ) {
        entries.push({ label: (entry[1] ?? entry[2])!, text: entry[3]!, line: next });
        consumed.add(next.index);
        continue;
      }
      // A line continuing the previous entry (PDF line wraps) or the keyword's own sentence.
      const last = entries[entries.length - 1];
      if (last && /^[a-z(]/.test(next.text)) {
        last.text += ` ${next.text}`;
        consumed.add(next.index);
        continue;
      }
      break;
    }
    if (entries.length > 0) {
      const intro = stripKeywordLead(lead);
      const introWords = intro
        .replace(/^(that|to)\b\s*/i, '')
        .split(/\s+/)
        .filter(Boolean).length;
      if (introWords >= 3) {
        // "Resolved to note the plan with items on; a) ...; b) ..." is one resolution whose list is part of it.
        const last = entries[entries.length - 1]!;
        target.push(
          resolution(`${intro} ${entries.map((e) => `${e.label}) ${e.text}`).join(' ')}`, null, {
            start: line.start,
            end: last.line.end,
          }),
        );
      } else {
        for (const e of entries) target.push(resolution(e.text, e.label, { start: e.line.start, end: e.line.end }));
      }
      i = j - 1;
      continue;
    }
    const inline = inlineList(lead);
    if (inline.length >= 2) {
      for (const e of inline) target.push(resolution(e.text, e.label, { start: line.start, end: line.end }));
      continue;
    }
    let text = lead;
    let end = line.end;
    // "Resolved to note that:" introduces paragraphs running to the end of the item; "Resolved:" alone
    // introduces one paragraph; otherwise the sentence may wrap onto lines starting in lower case.
    const mode = loose ? 'sentence' : /:$/.test(lead) ? 'list' : lead === '' ? 'paragraph' : 'sentence';
    let start = line.start;
    for (j = first; j < lines.length; j++) {
      const next = lines[j]!;
      if (isItemStart(next) || isStop(next)) break;
      // "RESOLVED (Cr Fenton/Cr Carter)" over "That the Minutes ... be confirmed.": the mover's names, then the clause.
      const clause = /^That\s/.test(next.text) && /^\(?[^.]*\)?$/.test(text) && j === first;
      // "RESOLVED ON THE MOTION OF" / "COUNCILLOR EVANS, seconded by COUNCILLOR MARTIN," / "THAT ...": a mover's phrase
      // left open (a preposition, an article or a comma at its end) goes on to the next line whatever its case.
      const open = /(?:\b(?:of|by|the|on)|,)$/i.test(text) && !isItemStart(next) && !/^\(?\d/.test(next.text);
      if (mode === 'sentence' && !/^[a-z(]/.test(next.text) && !clause && !open && !sentenceGoesOn(text, next)) break;
      if (mode === 'sentence' && lowerCaseHeadingAfter(text, next, lines[j + 1])) break;
      // "(B)" alone on its line opens the next lettered point of the item.
      if (BARE_LABEL.test(next.text)) break;
      // "RESOLVED: That the following action be taken:" over bullets, then "9. Insurance": a number that opens no list
      // (a list starts at 1, a or i) is the next item's, not an entry of this one.
      if (mode === 'list' && opensNoList(next.text)) break;
      // "RESOLVED:" over "• That the report be noted." and "• That the Clerk seek quotes.": bullets (not numbered or
      // lettered) are the parts of the one resolution their keyword introduces.
      const bulletGoesOn = mode === 'paragraph' && BULLET_LINE.test(text) && BULLET_LINE.test(next.text);
      if (mode === 'paragraph' && !bulletGoesOn && text && /[.;]["”’]?$/.test(text) && !/^[a-z(]/.test(next.text)) {
        // "RESOLVED:" over paragraphs each opening "That ...": one resolution each.
        if (!/^That\b/.test(next.text) || !/^That\b/i.test(text)) break;
        target.push(resolution(text, null, { start, end }));
        text = '';
        start = next.start;
      }
      text = `${text} ${next.text}`.trim();
      end = next.end;
      consumed.add(next.index);
    }
    if (text) target.push(resolution(text, null, { start, end }));
    i = j - 1;
  }
  resolutions.push(...later);
  return { resolutions, decisions, consumed };
}
