import { sectionStart } from './attendance.js';
import { findDate } from './dates.js';
import { isVenueLine } from './venueLines.js';
import { MONTH_PATTERN } from './monthNames.js';
import { describesMeeting, isMinutesHeading } from './header.js';
import type { ItemStart } from './itemStarts.js';
import type { Line } from './lines.js';

/** A person's name, then a street address: "Daniel Reed, 5638 SW Dogwood Drive, Rivergrove, OR". */
const SPEAKER_AND_ADDRESS =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:,|\s[–—-])?\s+\d{1,6}\s+\p{L}.*,\s*\p{L}/u;

/**
 * "Cllr K. Griffiths", "Councillor Mrs Ring (Mayor) and", "Councillors Abbot, Brennan and Fell": a member's title, then
 * an initial or a courtesy title and a name, or names in a list - an entry of a members list set on lines of its own,
 * not a heading ("Councillor Vacancy", "Councillors Reports" have neither).
 */
const MEMBER_ENTRY =
  /^(?:Councill?ors?|Cllrs?\.?|Crs?\.?)\s+(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+\p{Lu}|\p{Lu}\.?\s+(?:\p{Lu}\.?\s+)*\p{Lu}[\p{Ll}'’-]+|\p{Lu}[\p{Ll}'’-]+(?:,|\s+and\s))/u;

/** Headings that label a part of the page or the document ("SUMMARY ACTION") rather than an item of business. */
const NOT_AN_ITEM =
  /^(?:(?:(?:(?:city|town|parish|county|district|borough|community|regular|special|ordinary|annual|extraordinary|full|council|committee|board|cabinet)\s+){1,3}meeting\s+(?:agenda|minutes)|agenda|minutes|public document pack|items?|no\.?\s*item|item\s+description.*|(?:agenda\s+)?part\s+(?:\d|[ivx]+|one|two|a|b)\b.*|(?:un)?restricted items?|open minutes|confidential minutes|summary(?:\s+of)?\s+(?:actions?|proceedings)|exempt items?|decisions?|resolved|resolutions?|minutes:|present|in attendance|also present|members|officers|signed|chair(?:man|person)?|date|time|venue|transcript|absent(?:\s*\/\s*excused)?|excused|guests?|visitors?|staff(?:\s+present)?|.{0,60}\b(?:council|committee|board|cabinet)\s+meeting\s+(?:agenda|minutes)|(?:table\s+of\s+)?contents|(?:and\s+)?(?:agreed|carried|noted|approved|lost|deferred)(?:\s+unanimously)?|motion\s+(?:carried|lost|failed|defeated)(?:\s+unanimously)?|motion|proponents|opponents|neutral|opposed|in favou?r|against)[\s:.]*)$/i;

/** A mark a heading may end with ("Next Meeting: –"): a space, a colon, a dash. */
export const TRAILING_MARK = /[\s:–—-]/;

/**
 * The text without the marks it ends with, as `text.replace(/[\s:–—-]+$/, '')` gives it. That pattern is tried from
 * every position of the line and runs to the end of every run of spaces; this looks at the line's end only.
 */
export function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_MARK.test(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** "NOVEMBER 2014": a heading naming the month of the minutes, not an item. */
const MONTH_AND_YEAR = new RegExp(String.raw`^(?:${MONTH_PATTERN})\s+(?:19|20)\d\d$`, 'i');

/** A line of wrapped prose (its paragraph goes on past it), or one whose run-in heading ends inside it. */
function inProse(line: Line): boolean {
  const l = line.layout;
  if (!l) return false;
  if (l.kind === 'heading') return l.blockEnd < line.end;
  // Wrapped prose runs the width of the page; a short line in a block ("REGULAR SESSION" over "MARCH 3, 2026") is a
  // line of its own.
  return l.kind === 'paragraph' && (l.blockEnd > line.end || l.blockStart < line.start) && line.text.length >= 50;
}

function styleOf(line: Line | undefined): string {
  const l = line?.layout;
  return l?.kind === 'heading' ? `${l.level ?? ''}|${l.bold}` : 'text';
}

/**
 * Item starts for headings that carry no number: the layout's headings (a PDF's bold or larger lines, HTML
 * h1-h6, Markdown "#", capitals set apart in plain text). Only headings after the meeting's header count, not
 * labels (attendance lists, "PART 1 - PUBLIC", "UNRESTRICTED ITEMS") or dates. When numbered items were found, a
 * heading without a number must look like theirs.
 */
export function headingStarts(
  lines: readonly Line[],
  numbered: readonly ItemStart[],
  consumed: ReadonlySet<number>,
): ItemStart[] {
  const taken = new Set<number>();
  for (const s of numbered) {
    taken.add(s.line.index);
    if (s.titleAbove) taken.add(s.titleAbove.index);
    if (s.titleBelow) taken.add(s.line.index + 1);
  }
  const position = new Map(lines.map((l, n) => [l.index, n]));
  const titleStyles = new Set(
    numbered.map((s) => styleOf(s.titleAbove ?? (s.titleBelow ? lines[position.get(s.line.index)! + 1] : s.line))),
  );
  // The header ends after its last attendance label, minutes heading or date line.
  let headerEnd = 0;
  const firstNumbered = numbered.length ? position.get((numbered[0]!.titleAbove ?? numbered[0]!.line).index)! : 80;
  // "Apologies for absence" as a heading over a sentence is the apologies item; over a list of names, a label.
  const apologiesItem = (n: number): boolean =>
    lines[n]!.layout?.kind === 'heading' &&
    /^apologies/i.test(lines[n]!.text) &&
    /[.;]$/.test(lines[n + 1]?.text ?? '');
  for (let n = 0; n < Math.min(lines.length, firstNumbered, 80); n++) {
    const t = lines[n]!.text;
    if (apologiesItem(n)) break;
    // "CALL TO ORDER AND ROLL CALL – ... Present: A, B": once the header is read, a run-in heading opens the business,
    // though the attendance it records comes after it.
    const layout = lines[n]!.layout;
    if (headerEnd > 0 && layout?.kind === 'heading' && layout.blockEnd < lines[n]!.end && !sectionStart(t)) break;
    // "SEPTEMBER 2, 2009" / "ANNOUNCEMENT OF CLOSED SESSION": once dated, a heading in capitals opens the business.
    if (headerEnd > 0 && numbered.length === 0 && layout?.kind !== 'heading' && capitalsHeadingLine(lines, n)) break;
    // A date in a sentence ("The Minutes of the Council held on 15 September 2016.") is business, not the header's.
    // "The Monthly Meeting of the Council was held on Thursday 2nd December 2021 ...": the sentence dating it.
    const dateLine = findDate(t) && ((t.length < 120 && !/\.$/.test(t) && !inProse(lines[n]!)) || describesMeeting(t));
    if (sectionStart(t) || isMinutesHeading(lines[n]!) || dateLine) headerEnd = n + 1;
    // "HELD 4:30 P.M., MONDAY, JANUARY 31, 2005" / "ALAMEDA CITY HALL" / "CONFERENCE ROOM 391": the place set a phrase
    // a line under the date belongs to the header.
    else if (headerEnd === n && n > 0 && isVenueLine(t)) headerEnd = n + 1;
  }
  const out: ItemStart[] = [];
  const lastNumbered = numbered.length ? position.get(numbered[numbered.length - 1]!.line.index)! : lines.length;
  const runInLabels = numbered.length === 0 ? runInLabelLines(lines, headerEnd) : new Map<number, RunInLabel>();
  // Only a gap holding one heading styled as the numbered titles: several there are sub-headings of the item above.
  const gaps = numberGaps(numbered, position).filter(
    (g) =>
      lines
        .slice(g.from + 1, g.to)
        .filter((l) => l.layout?.kind === 'heading' && !taken.has(l.index) && titleStyles.has(styleOf(l))).length === 1,
  );
  for (let n = headerEnd; n < lines.length; n++) {
    const line = lines[n]!;
    // "Finance: Payments ... were approved": a label opens its item though its line also records the decision.
    if (taken.has(line.index) || (consumed.has(line.index) && !runInLabels.has(n))) continue;
    if (numbered.length > 0 && n > lastNumbered && closingHeadingLine(lines, n)) {
      out.push(unnumbered(line, withoutTrailingMarks(line.text)));
      continue;
    }
    if (line.layout?.kind !== 'heading') {
      // Text that lost its blank lines keeps its headings in capitals on lines of their own; without numbered items
      // they are the items (with numbered items they are not looked for: most lines are read no further).
      const plain =
        numbered.length === 0 &&
        (capitalsHeadingLine(lines, n) ||
          (out.length > 0 && (standardHeadingLine(lines, n) || mixedCapitalsHeadingLine(lines, n))));
      if (plain) out.push(unnumbered(line, wrappedCapitalsTitle(lines, n)));
      else if (runInLabels.has(n)) {
        // The minutes the label runs into on its line are the item's first.
        const { label, rest } = runInLabels.get(n)!;
        out.push({ ...unnumbered(line, label), inlineText: rest || null });
      }
      continue;
    }
    // Numbered items found: a heading without a number is business before them ("Election of Chair", "PRESENTATIONS");
    // after the first, headings without numbers are the numbered items' sub-headings, except one set like the numbered
    // headings where the numbering skips one (6, PLANNING, 8): that item lost its number.
    const inGap = gaps.some((g) => g.from < n && n < g.to);
    if (numbered.length > 0 && n >= firstNumbered && (!inGap || !titleStyles.has(styleOf(line)))) continue;
    if (n === lines.length - 1) continue;
    // Wrapped headings are read once, from their first line.
    if (lines[n - 1]?.layout?.kind === 'heading' && lines[n - 1]!.layout!.blockStart === line.layout.blockStart)
      continue;
    // A run-in heading ("Roads – Main was regraded") is titled by its label alone.
    const heading = line.layout.blockEnd < line.end ? line.text.slice(0, line.layout.blockEnd - line.start) : line.text;
    const title = withoutTrailingMarks(heading);
    const attendanceLabel = sectionStart(line.text) && !apologiesItem(n);
    // "MINUTES: The minutes of ... were approved": a run-in label over business is that business's item.
    const runIn = line.layout.blockEnd < line.end;
    const label = NOT_AN_ITEM.test(title) && !(runIn && /^minutes$/i.test(title));
    if (!title || label || attendanceLabel || /\.$/.test(title)) continue;
    // "Proponents:" over the people who spoke, "Daniel Reed, 5638 Dogwood Drive, Rivergrove, OR": a standalone label
    // and a speaker's name and street address are parts of an item, not items.
    if (SPEAKER_AND_ADDRESS.test(title)) continue;
    if (MEMBER_ENTRY.test(title)) continue;
    if (!/\p{L}{2}/u.test(title) || (findDate(title) && title.length < 40) || MONTH_AND_YEAR.test(title)) continue;
    // A heading over another heading labels a section ("UNRESTRICTED ITEMS" over "Election of Chair").
    // Where the numbered titles are plain lines (no markup), a heading over a sentence is business of its own.
    const plainNumbers = titleStyles.size === 1 && titleStyles.has('text');
    if (
      numbered.length > 0 &&
      !titleStyles.has(styleOf(line)) &&
      !(plainNumbers && lines[n + 1]?.layout?.kind !== 'heading')
    )
      continue;
    out.push(unnumbered(line, title));
  }
  return out;
}

interface RunInLabel {
  readonly label: string;
  readonly rest: string;
}

function unnumbered(line: Line, title: string): ItemStart {
  return { line, number: '', value: 0, scheme: '(heading)', title, titleBelow: false, pages: null };
}

const CAPITALS_LINE_MAX = 80;
/** "13TH OF JUNE AT 2.00PM": a date without its year, the end of a wrapped heading. */
const DAY_OF_MONTH = new RegExp(String.raw`\b\d{1,2}(?:ST|ND|RD|TH)?\s+(?:OF\s+)?(?:${MONTH_PATTERN})\b`, 'i');

/** Words in capitals that record a decision or a motion, not a heading: "RESOLVED ON THE MOTION OF". */
const MOTION_WORDS = /^(?:AND\s+)?(?:RESOLVED|AGREED|MOVED|SECONDED|CARRIED|ORDERED|NOTED|APPROVED)\b/;
/** "COUNCILLOR HUTCHENCE" over what the member said: a name in capitals, not a heading. */
const MEMBER_NAME = /^(?:COUNCILL?ORS?|COUNCIL\s?MEMBERS?|CLLRS?|CRS?|MAYOR|TRUSTEE|MRS?|MS|DR)\.?\s/;

/**
 * "ROLL CALL" / "PRESENT: Councilmembers ...", "ORAL COMMUNICATIONS" / "Dinna Myers thanked ...": a line of two or more
 * words in capitals inside a paragraph, with text (or another such heading) after it, heads what follows.
 */
function capitalsHeadingLine(lines: readonly Line[], n: number): boolean {
  const line = lines[n]!;
  const next = lines[n + 1];
  if (!next || (line.layout && line.layout.kind !== 'paragraph')) return false;
  if (!capitalsWords(line.text) || MOTION_WORDS.test(line.text) || MEMBER_NAME.test(line.text)) return false;
  if (sectionStart(line.text) || NOT_AN_ITEM.test(withoutTrailingMarks(line.text))) return false;
  if (findDate(line.text) || MONTH_AND_YEAR.test(line.text) || DAY_OF_MONTH.test(line.text)) return false;
  // "MINUTES OF THE MEETING OF THE ... HELD IN ...": the minutes' own heading, wrapped over lines, is the header's.
  if (isMinutesHeading(line) || describesMeeting(line.text) || /\bHELD\s+(?:IN|AT|ON)\b/.test(line.text)) return false;
  // "HELD IN THE COUNCIL CHAMBER," / "CIVIC PLACE, 1 SUSAN STREET": the wrapped heading goes on.
  const previous = lines[n - 1]?.text ?? '';
  if (/,$/.test(previous) || /\bHELD\s+(?:IN|AT|ON)\b/.test(previous)) return false;
  return /\p{Ll}/u.test(next.text) || capitalsWords(next.text) || wrappedLastWord(lines, n);
}

/**
 * "AUDIO RECORDING OF COUNCIL" / "MEETING" / "Statement by the Chairman:": a heading in capitals wrapped so that one
 * word stands on the next line, over the item's text.
 */
function wrappedLastWord(lines: readonly Line[], n: number): boolean {
  const next = lines[n + 1]?.text ?? '';
  if (!/^\p{Lu}{3,}$/u.test(next) || NOT_AN_ITEM.test(next) || MOTION_WORDS.test(next)) return false;
  return /\p{Ll}/u.test(lines[n + 2]?.text ?? '');
}

/** A heading line's title, with the word its wrap set on the next line. */
function wrappedCapitalsTitle(lines: readonly Line[], n: number): string {
  const text = lines[n]!.text;
  return capitalsWords(text) && wrappedLastWord(lines, n) ? `${text} ${lines[n + 1]!.text}` : text;
}

/**
 * "Acknowledgement of RELIGIOUS DIVERSITY": among headings in capitals, a short line that kept two words or more in
 * capitals, every other word but the small ones capitalised, over its text, is one too (its case half lost).
 */
function mixedCapitalsHeadingLine(lines: readonly Line[], n: number): boolean {
  const t = lines[n]!.text;
  const words = t.split(/\s+/);
  if (words.length > 6 || /[.,;:]$/.test(t) || sectionStart(t) || MEMBER_NAME.test(t) || MOTION_WORDS.test(t))
    return false;
  const capitals = words.filter((w) => /^\p{Lu}{3,}$/u.test(w)).length;
  const titled = words.every((w) => /^[\p{Lu}&/]/u.test(w) || /^(?:of|and|the|for|to|in|on|&)$/.test(w));
  const next = lines[n + 1]?.text ?? '';
  return capitals >= 2 && capitals < words.length && titled && /\p{Ll}/u.test(next);
}

/**
 * "NEW BUSINESS: Fire Chief gave figures ...", "ADJOURN:": a label in capitals opening a line, then its minutes. "FLAG
 * SALUTE – Led by Supervisor X.": a summary of actions sets the label off with a dash instead.
 */
const RUN_IN_LABEL = /^(\p{Lu}[\p{Lu}’'&/ -]{2,50}\p{Lu})(?::|\s+[–—-](?=\s))(?:\s+(\S.*))?$/u;

/**
 * "Police Report: PC Jones reported ...", "Public Comment:" over what was said: a short label in ordinary case
 * opening a paragraph, a noun phrase (no verb, no sentence's first word), then its minutes.
 */
const LABEL_IN_CASE = /^(\p{Lu}[\p{L}’'&/ -]{2,60}?)\s*:(?:\s+(\S.*))?$/u;

/** Words that make a label a sentence ("It was agreed that:", "The following were noted:") rather than a heading. */
const SENTENCE_WORDS =
  /\b(?:was|were|is|are|be|been|has|have|had|will|would|shall|should|may|can|could|did|does|said|asked|agreed|resolved|noted|received|reported|passed|stated|explained|advised|included|follows?|following|as)\b/i;
const SENTENCE_OPENING =
  /^(?:the|it|there|this|that|these|those|he|she|they|we|i|a|an|all|our|his|her|their|if|when|where|which|who|in|on|at|for|with|by|from|to|and|but|or|please|note|nb|ps)\b/i;

/** Labels inside an item or a list: votes, motions, questions, actions, a speaker's part. */
const POINT_LABEL =
  /^(?:moved|seconded|proposed|carried|motion|vote|votes|voting|result|outcome|action|actions|decision|decisions|recommendation|recommendations|resolution|ayes?|nays?|noes|yes|no|for|against|abstain(?:ed|ing|s)?|abstentions?|q|a|question|answer|response|reply|comment|comments|note|notes|nb|re|subject|from|to|cc|location|place|where|when|clerk|secretary|recorder|minute taker|cost|costs|total|amount|balance|proponents?|opponents?)$/i;

/** A label in ordinary case that could head an item: a short noun phrase, no attendance or vote label, no name. */
function caseLabel(line: Line): { label: string; rest: string } | null {
  const m = LABEL_IN_CASE.exec(line.text);
  if (!m) return null;
  const label = m[1]!.trim();
  const words = label.split(/\s+/);
  if (words.length > 7) return null;
  if (label === label.toUpperCase()) return null;
  if (SENTENCE_WORDS.test(label) || SENTENCE_OPENING.test(label) || POINT_LABEL.test(label)) return null;
  if (sectionStart(line.text) || NOT_AN_ITEM.test(label) || MEMBER_NAME.test(`${label.toUpperCase()} `)) return null;
  // "Cllr Smith:", "Mr Jones:", "John Smith:": a speaker, not a heading.
  if (/^(?:cllrs?|councill?ors?|mrs?|ms|miss|dr|rev|pc|pcso|sgt|insp|mayor|chair(?:man|person)?)\.?\s/i.test(label))
    return null;
  if (/^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(label) && !BUSINESS_WORD.test(label)) return null;
  return { label, rest: (m[2] ?? '').trim() };
}

/** Words of business a two-word label in title case uses, unlike a person's first and last name. */
const BUSINESS_WORD =
  /\b(?:report|reports|business|comments?|participation|questions?|forum|session|matters?|items?|minutes|correspondence|finance|accounts?|planning|highways?|update|updates|review|election|appointments?|announcements?|presentations?|communications?|petitions?|delegations?|deputations?|opening|closing|adjournment|welcome|apologies|declarations?|time|period|meeting|meetings|budget|policy|training|roads?|lighting|projects?|grants?|audit|insurance|maintenance|payments?|bills|other)\b/i;

/**
 * Lines a run of labels opens ("NEW BUSINESS: ...", "OLD BUSINESS: ...", "ADJOURN:"): where a page without numbers or
 * headings titles three or more different pieces of business so, each label is an item, one word or more. Labels in
 * ordinary case ("Police Report: ...", "Public Comment: ...") are business headings too where two or more open their
 * paragraphs. One label said again and again ("ACTION: ...") marks points inside items, not items.
 */
function runInLabelLines(lines: readonly Line[], from: number): Map<number, RunInLabel> {
  const found = new Map<number, RunInLabel>();
  const inCase = new Map<number, RunInLabel>();
  for (let n = from; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.layout && line.layout.kind !== 'paragraph') continue;
    const m = RUN_IN_LABEL.exec(line.text);
    if (!m || m[1]!.split(/\s+/).length > 5 || m[1]!.replace(/[^\p{Lu}]/gu, '').length < 4) {
      // Only a label opening its paragraph heads it; one inside a paragraph is part of the text. A page that lost its
      // blank lines keeps one paragraph a line: a line after a finished sentence or a label's list opens its own.
      const opens = !line.layout || line.layout.blockStart === line.start || afterLineBreak(lines, n);
      const c = opens ? caseLabel(line) : null;
      const next = lines[n + 1]?.text ?? '';
      const minutes = c && (c.rest.length >= 20 || (!c.rest && /\p{Ll}.*\p{Ll}/u.test(next)));
      if (c && minutes && !(findDate(line.text) && !c.rest) && !/^(?:https?:\/\/|www\.)/i.test(c.rest))
        inCase.set(n, c);
      continue;
    }
    const label = m[1]!.trim();
    if (sectionStart(line.text) || NOT_AN_ITEM.test(label) || MOTION_WORDS.test(label) || MEMBER_NAME.test(`${label} `))
      continue;
    if (findDate(line.text) && !m[2]) continue;
    // "SOURCE: https://...": a label over an address tells where the page came from.
    if (/^(?:https?:\/\/|www\.)/i.test(m[2] ?? '')) continue;
    found.set(n, { label, rest: (m[2] ?? '').trim() });
  }
  const capitals = [...found.values()].map((l) => l.label);
  const cased = [...inCase.values()].map((l) => l.label);
  const distinct = (labels: string[]): boolean => new Set(labels.map((l) => l.toLowerCase())).size === labels.length;
  const out = new Map<number, RunInLabel>();
  // "OPENING: ..." then "Police Report: ..." and "Public Participation: ...": a run may mix capitals and ordinary case.
  const mixed = cased.length >= 2 || (cased.length >= 1 && capitals.length + cased.length >= 3);
  if (mixed && distinct([...capitals, ...cased])) for (const [n, l] of [...found, ...inCase]) out.set(n, l);
  else if (new Set(capitals).size >= 3 && distinct(capitals)) for (const [n, l] of found) out.set(n, l);
  return out;
}

/**
 * "... sheds secure." / "Matters Arising:": in plain text that lost its blank lines, the line before ends a sentence
 * or is an attendance label's list ("Apologies: A, B"), so this line starts a paragraph of its own, not a wrapped one.
 */
function afterLineBreak(lines: readonly Line[], n: number): boolean {
  const previous = lines[n - 1];
  if (
    !previous ||
    lines[n]!.layout?.kind !== 'paragraph' ||
    previous.layout?.blockStart !== lines[n]!.layout.blockStart
  )
    return false;
  return /[.!?:]$/.test(previous.text) || sectionStart(previous.text) !== null;
}

/** The business that closes a meeting, set as a heading of its own after the numbered items lost its number. */
const CLOSING_HEADING =
  /^(?:dates? of (?:the )?next meetings?|next meetings?|any other business|close of (?:the )?meeting|closure)$/i;

/** "Date of Next Meetings" alone on its line after the last numbered item, over its text: the meeting's last item. */
function closingHeadingLine(lines: readonly Line[], n: number): boolean {
  const line = lines[n]!;
  if (!CLOSING_HEADING.test(withoutTrailingMarks(line.text)) || !lines[n + 1]) return false;
  return !line.layout || (line.layout.blockStart === line.start && line.layout.blockEnd === line.end);
}

/** The business every meeting has, as a page whose styles were lost shows it: "APOLOGIES / leave of absence". */
const STANDARD_HEADING =
  /^(?:apologies|declarations? of (?:\w+ )?interests?|confirmation of (?:the )?minutes|presentations?|petitions|deputations)\b/i;

/** Among headings in capitals, a short line naming standard business over its text is one too (its case was lost). */
function standardHeadingLine(lines: readonly Line[], n: number): boolean {
  const t = lines[n]!.text;
  if (!STANDARD_HEADING.test(t) || t.split(/\s+/).length > 6 || /[.,;:]$/.test(t) || sectionStart(t)) return false;
  return !!lines[n + 1] && !STANDARD_HEADING.test(lines[n + 1]!.text);
}

function capitalsWords(text: string): boolean {
  if (text.length > CAPITALS_LINE_MAX || /[,;.]$/.test(text) || text.split(/\s+/).length < 2) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase();
}

/** Stretches between two numbered items whose numbers skip exactly one (6 then 8), by line position. */
function numberGaps(
  numbered: readonly ItemStart[],
  position: ReadonlyMap<number, number>,
): { from: number; to: number }[] {
  const gaps: { from: number; to: number }[] = [];
  for (let k = 1; k < numbered.length; k++) {
    const a = numbered[k - 1]!;
    const b = numbered[k]!;
    if (a.scheme !== b.scheme || b.value - a.value !== 2 || (a.sub ?? 0) + (b.sub ?? 0) > 0) continue;
    const from = position.get(a.line.index)! + (a.titleBelow ? 1 : 0);
    gaps.push({ from, to: position.get((b.titleAbove ?? b.line).index)! });
  }
  return gaps;
}
