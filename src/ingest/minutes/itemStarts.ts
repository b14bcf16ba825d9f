import { isDateLine } from './dates.js';
import type { Line } from './lines.js';
import { MEETING_CODE_TITLE } from './meetingCodeNumbers.js';
import { splitTrailingNothing } from './titleOutcomes.js';
import { withMistypedNumbers } from './typoNumbers.js';

/** A line that may open an agenda item: its number as written and, when on the same line, its title. */
export interface ItemStart {
  readonly line: Line;
  readonly number: string;
  /** Numeric value of the number's last part, for following the sequence (38, 39, 40...). */
  readonly value: number;
  /** The number's scheme: "" for plain numbers, "25/" for 25/01, "CAB." for CAB.12. */
  readonly scheme: string;
  /** A letter after the number ("5a", "41b/19", "4A"): its place in the alphabet, 0 without one. */
  readonly sub?: number;
  readonly title: string | null;
  /** The title sits on the next line (a number alone on its line). */
  readonly titleBelow: boolean;
  readonly pages: { readonly from: number; readonly to: number } | null;
  /** Minutes written on the heading's own line after the title ("1) Apologies – Councillors A and B."). */
  readonly inlineText?: string | null;
  /** The title sits on the line above (a heading over its minute number: "APOLOGIES" / "PLA146/14"). */
  readonly titleAbove?: Line | null;
}

/** "Minute 12", "Item 3", "Agenda item 4", "Minute no. 5": words before a number that say it numbers an item. */
// "ITEM-4": an item code, the word joined to its number by a hyphen.
const NUMBER_WORD = String.raw`(?:[-–•]\s*|\*\s+)?(?:(?:[Mm]inute|MINUTE|[Ii]tem|ITEM|[Aa]genda [Ii]tem|AGENDA ITEM)(?:\s+(?:[Nn]o\.?\s*|[Nn]umber\s+|[-–]\s+)?|[-–](?=\d)))?`;
/**
 * An item number as councils write them: 38, 5a, 4A, 41a/19, 25/01, 12/2025, CAB.12, PL/45, C 08/042 (a prefix and a
 * space), 1412 (running minute numbers), R2021-12 (resolution numbers), (21-044) in brackets, 09.17.01 (the meeting's
 * month and year, then the minute: the same two-digit prefix on every item of the meeting; 16.07.2 before 16.07.10, the
 * minute without its leading zero), 1-0607/8 (the minute, then the council's year 2006/07 item-year code), 1.3/23E
 * (the minute, then the meeting's month and year, a letter marking an extraordinary meeting).
 */
const NUMBER = String.raw`(?:\d{1,3}\.\d{1,2}\/\d{2}[A-Z]?(?![\w/])|\d{1,3}-(?:\d{4}|\d{2})\/\d{1,2}(?![\d/])|\d{2}\.\d{2}\.\d{1,2}(?![\d.])|\d{2}\/\d{1,2}\/\d{1,2}(?![\d/.])|(?:[A-Z]{1,6}[./]|\*|[A-Z]-(?=\d)|[A-Z]{1,3} (?=\d{1,3}[./]\d))?\d{1,5}(?:[a-z](?=[./]\d))?(?:[./]\d{1,4})?(?:[a-z]|[A-Z](?=[.:)]))?|[A-Z]{1,6}\d{1,4}[./]\d{2,4}|[A-Z]{1,3}\d{2,4}-\d{1,4}|\(\d{1,4}-\d{1,4}\))`;
const NUMBER_ALONE = new RegExp(String.raw`^${NUMBER_WORD}(${NUMBER}|[A-Z]{1,6} ?\d{1,4}(?:[./]\d{1,4})?)[.:)]?$`);
const NUMBER_TITLE = new RegExp(String.raw`^${NUMBER_WORD}(${NUMBER})(?:[.:)]\s*|\s+[-–]\s+|\s+|\t+)(\S.*)$`);
/**
 * "II. ROLL CALL", "IV.PRESENTATION BY MEMBERS OF THE PUBLIC": items numbered in roman numerals, the gap to a title
 * in capitals sometimes lost. The title must read as a heading (checked where it is read).
 */
const ROMAN_TITLE = /^([IVX]{1,6})\.\s*(?=["“]?\p{Lu})(.*\S)$/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** The value of a roman numeral as items are numbered (I to XXXIX), NaN for a run of letters that is none. */
function romanValue(numeral: string): number {
  if (!/^X{0,3}(?:IX|IV|V?I{0,3})$/.test(numeral)) return Number.NaN;
  let value = 0;
  for (let k = 0; k < numeral.length; k++) {
    const here = ROMAN_VALUES[numeral[k]!]!;
    const next = ROMAN_VALUES[numeral[k + 1] ?? ''] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}

/** A roman-numbered line's title reads as a heading: in capitals, or a short title with its words capitalised. */
function romanHeading(line: string, title: string): boolean {
  const head = title.split(/[:–—]|\s-\s/)[0]!.trim();
  if (/\p{Lu}{2}/u.test(head) && !/\p{Ll}/u.test(head)) return true;
  return /^[IVX]+\.\s/.test(line) && head.split(/\s+/).length <= 8 && capitalised(head) && !/\.\s\p{Lu}/u.test(head);
}

/** "1APOLOGIES", "4COUNCIL REPORTS": an agenda whose layout lost the gap between a number and its title in capitals. */
const NUMBER_GLUED = /^(\d{1,2})(?=\p{Lu}{4})(\p{Lu}.*)$/u;
/**
 * "424/17APOLOGIES", "428/17The Minutes of ...": a minute number with its year, the gap to its title lost; with a
 * committee's letter before the year only when the title is in capitals ("A23/024COMMITTEE FEES").
 */
const MINUTE_GLUED = /^(\d{1,4}\/\d{2}(?=\p{Lu})|[A-Z]{1,3}\d{2}\/\d{2,4}(?=\p{Lu}{3}))(\p{Lu}.*)$/u;
/** "DECLARATION OF OPENING ......... 3": a table of contents' dot leader and page number, not part of the title. */
const CONTENTS_LEADER = /\s*(?:\.{5,}|…{2,})\s*(?:\d{1,4}\b.*)?$|(?<=\S)\.{2,4}\s+\d{1,4}$/;
/**
 * "2 1. OPENING", "462 5. Planning": a page's number, a space, then the item's number with its full stop or bracket and
 * its title. A minute reference before an agenda number ("C048/23 1. APOLOGIES") has more than digits.
 */
const PAGE_THEN_NUMBER = /^\d{1,4}\s+(\d{1,3})[.)]\s+(\S.*)$/;
/** "Apologies and Substitutes (Item 1)" or "(Item 1)" under its title: an agenda reference, the item's number. */
const ITEM_REFERENCE = /^(.*?)\s*\((?:agenda\s+)?item\s+(\d{1,3}[a-z]?)\)$/i;
/** "(Item 10)RESOLVED that ...": the reference, then the item's minutes on the same line. */
const ITEM_REFERENCE_FIRST = /^\((?:agenda\s+)?item\s+(\d{1,3}[a-z]?)\)\s*(\S.*)$/i;
const PAGE_RANGE = /\s+(\d{1,4})\s*[-–]\s*(\d{1,4})\s*$/;
const PAGE_SINGLE = /\t\s*(\d{1,4})\s*$/;

const STANDARD_OPENING =
  /^(?:agenda\s+item\s+\d{1,3}[a-z]?[.:]?\s*)?(apologies|record of (?:those )?(?:present|attendance)|declarations?\s+of|(?:to\s+(?:confirm|approve)\s+)?(?:the\s+)?minutes\b|election of|appointment of (?:the )?(?:vice[- ])?chair|welcome|public (?:questions|participation))/i;

/** Words that start a sentence or a date rather than an item title. */
const NOT_TITLE =
  /^(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?![a-z])|am\b|pm\b|a\.m|p\.m|hours?\b|days?\b|weeks?\b|months?\b|years?\b|minutes?\s+past|per\s*cent|%|x\s|mins?\b)/i;

function splitNumber(number: string): { scheme: string; value: number; sub: number } {
  // "1.3/23E", "2.3/23E": the minute, then the meeting's month and year; the month and year are the scheme.
  const monthYear = /^(\d{1,3})(\.\d{1,2}\/\d{2}[A-Z]?)$/.exec(number);
  if (monthYear) return { scheme: monthYear[2]!, value: Number(monthYear[1]), sub: 0 };
  // "41b/19", "5a", "4A": a letter numbers a part of minute 41, 5 or 4; the number read without it gives the sequence.
  const lettered = /^(.*\d)([a-zA-Z])((?:[./]\d{1,4})?)$/.exec(number);
  if (lettered)
    return { ...splitWhole(lettered[1]! + lettered[3]!), sub: lettered[2]!.toLowerCase().charCodeAt(0) - 96 };
  return { ...splitWhole(number), sub: 0 };
}

function splitWhole(number: string): { scheme: string; value: number } {
  // "167.0", "168.0": whole minutes written with a decimal point, numbered on as plain numbers.
  const whole = /^(\d{1,5})\.0$/.exec(number);
  if (whole) return { scheme: '', value: Number(whole[1]) };
  // "PLA146/14": a committee's prefix, the minute number, then the municipal year.
  const prefixedYear = /^([A-Z]{1,6}) ?(\d{1,4})[./](\d{2})$/.exec(number);
  if (prefixedYear) return { scheme: `${prefixedYear[1]}/${prefixedYear[3]}`, value: Number(prefixedYear[2]) };
  // "1-0607/8", "2-07/08": the minute number, then the council's year; the year is the scheme.
  const yearCode = /^(\d{1,3})-(\d{2,4}\/\d{1,2})$/.exec(number);
  if (yearCode) return { scheme: `-${yearCode[2]}`, value: Number(yearCode[1]) };
  const bracketed = /^\((\d{1,4})-(\d{1,4})\)$/.exec(number);
  if (bracketed) return { scheme: `(${bracketed[1]}-`, value: Number(bracketed[2]) };
  // "15/11/4": the year, the month, then the minute's number in the meeting; the year and month are the scheme.
  const monthly = /^(\d{2}\/\d{1,2}\/)(\d{1,2})$/.exec(number);
  if (monthly) return { scheme: monthly[1]!, value: Number(monthly[2]) };
  // "12/2025": the minute number first and the year after it; the year is the scheme.
  const yearLast = /^(\d{1,3})[./]((?:19|20)\d\d)$/.exec(number);
  if (yearLast) return { scheme: `/${yearLast[2]}`, value: Number(yearLast[1]) };
  // "*42" (an emergency ordinance), "S-56" (a substitute): marks on a number of the meeting's one sequence.
  const marked = /^(?:\*|[A-Z]-)(\d{1,5})$/.exec(number);
  if (marked) return { scheme: '', value: Number(marked[1]) };
  const m = /^(.*?)(\d+)$/.exec(number);
  return { scheme: (m?.[1] ?? '').replace(/\s/g, '').toUpperCase(), value: Number(m?.[2] ?? NaN) };
}

/** A title must read as a heading: starts with a capital, not a sentence running on for ever. */
function plausibleTitle(title: string): boolean {
  if (!/^["'‘“(]?[A-Z\d]/.test(title)) return false;
  if (NOT_TITLE.test(title) || isDateLine(title)) return false;
  // "01 14 2004 SpCouncil Minutes": a date written in numbers (month, day, year) names a file, not an item.
  if (/^\d{1,2}\s+(?:19|20)\d\d\b/.test(title)) return false;
  if (/[;,]$/.test(title)) return false;
  // "1. That a plan be published": a numbered resolution or recommendation, not an item.
  if (/^That\s/.test(title)) return false;
  // "2 Minutes of Regular Council Meeting - Tuesday, November 14, 2017 Page # 2": a page's running head and number.
  if (RUNNING_HEAD_PAGE.test(title)) return false;
  return title.split(/\s+/).length <= 40;
}

/** "... Page # 2", "... Page 3 of 12": a running head ends in its page's number; no item's title does. */
const RUNNING_HEAD_PAGE = /\s[-–|]?\s*Page\s*(?:#|No\.?)?\s*\d{1,4}(?:\s+of\s+\d{1,4})?$/i;

/** A year is not an item number: "2019 Budget" is a heading about a year. */
function isYear(number: string): boolean {
  return /^(19|20)\d\d$/.test(number);
}

/** Where a heading's title stops and its minutes start when both share a line: at a sentence's first words. */
// "... Office TF was proposed as Vice-Chair by LH", "... May 2019 LH confirmed that ...": a member's initials as the
// subject of the minutes' first sentence.
const SENTENCE_OPENING =
  /\s(?=(?:The|There|It|This|These|A|An|All|Councill?ors?|Cllrs?|Mr|Mrs|Ms|Dr|Members|Apologies|Resolved|RESOLVED|Proposed|No)\s+\S)|(?<=\w)\s+(?=(?:Councill?ors?|Members):\s)|\s(?=\p{Lu}{2,3}\s+(?:\p{Ll}{2,}ed|was|were|had|said)\s)/gu;

/** "Apologies for Absence Apologies for absence were received from ...": the title, and the minutes after it. */
function splitRunOnTitle(text: string): { title: string; rest: string } | null {
  // "ANNOUNCEMENTS A. Mayor Ketchabaw announced ...", "CORRESPONDENCE a. Letter from ...": a heading in capitals, then
  // its lettered points.
  const lettered =
    /^((?:[\p{Lu}\d’'&/(),-]+\s+){0,14}?[\p{Lu}\d’'&/(),-]*\p{Lu}{4}[\p{Lu}\d’'&/(),-]*)\s+(?=(?:\p{Lu}|[a-h])\.\s)/u.exec(
      text,
    );
  if (lettered) return { title: lettered[1]!, rest: text.slice(lettered[0].length) };
  // "DECLARATIONS OF INTEREST FROM MEMBERS Declarations of interest ...": a heading in capitals, then the text.
  // '"DISCLOSURE OF PECUNIARY INTEREST ... THE ACT" Councillor X declared ...': a heading in quotes.
  const capitals =
    /^((?:[\p{Lu}\d’'"“”&/(),.-]+\s+){1,14}?[\p{Lu}\d’'"“”&/(),.-]*\p{Lu}[\p{Lu}\d’'"“”&/(),.-]*)\s+(?=\p{Lu}?\p{Ll})/u.exec(
      text,
    );
  if (capitals && capitals[1]!.split(/\s+/).length >= 2 && text.length - capitals[0].length > 20)
    return { title: capitals[1]!, rest: text.slice(capitals[0].length) };
  // "APOLOGIES To receive apologies for absence ...": one word in capitals titles an agenda item its "To ..." follows.
  const word = /^(\p{Lu}{4,}[\p{Lu}’'&/-]*)\s+(?=To \p{Ll})/u.exec(text);
  if (word) return { title: word[1]!, rest: text.slice(word[0].length) };
  // "Reports. 8.1 Chairman's Report ...": the title ends where the item's own first paragraph number follows.
  const own = /^(\p{Lu}[^.]{1,120}?)\.\s+(\d{1,3}\.\d{1,2}\.?\s.*)$/u.exec(text);
  if (own) return { title: own[1]!, rest: own[2]! };
  for (const m of text.matchAll(SENTENCE_OPENING)) {
    const title = text.slice(0, m.index).trim();
    const rest = text.slice(m.index).trim();
    // "To Approve the Minutes of the Meeting held on 4 March 2020. There were no amendments.": a long heading closed
    // by its full stop, then a short sentence of minutes.
    if (
      /[\p{Ll}\d]\.$/u.test(title) &&
      !/\p{Ll}\.\s+\p{Lu}/u.test(title) &&
      capitalisedStart(title) &&
      closedSentence(rest)
    )
      return { title: title.slice(0, -1), rest };
    if (title.split(/\s+/).length > 12) return firstSentenceTitle(text);
    // "Nominations of | Councillors with special responsibility": a title does not end on a small word.
    // "To Record Those | Councillors Present who ...": nor on a word that points to what follows.
    const last = title.split(/\s+/).pop() ?? '';
    if (SMALL_WORD.test(last) || /^(?:those|these|this|that|any|all|each|every|whose|which)$/i.test(last)) continue;
    // "All Councillors present signed ...": a sentence's own first word is no title.
    if (/^(?:The|There|It|This|These|A|An|All|No)$/.test(title)) continue;
    // "Neighbourhood Plan. Information has been obtained ...": a title stops at its first full stop.
    if (/\p{Ll}\.\s+\p{Lu}/u.test(title)) return firstSentenceTitle(text);
    // The rest must read as a sentence (lower-case words early on), not as the rest of a long heading.
    const sentence =
      rest
        .split(/\s+/)
        .slice(1, 5)
        .some((w) => /^\p{Ll}{3,}/u.test(w)) ||
      /^\p{Lu}\p{Ll}+:/u.test(rest) ||
      MOTION_OPENING.test(rest);
    if (title && rest.split(/\s+/).length >= 3 && (capitalised(title) || STANDARD_OPENING.test(title)) && sentence)
      return { title, rest };
  }
  // "Police Report – PK reported that ...": a short heading, a dash, then the minutes.
  const dash = /^(\S(?:[^–—]*?\S)?)\s+[-–—]\s+(\S.*)$/.exec(text);
  if (
    dash &&
    dash[1]!.split(/\s+/).length <= 8 &&
    capitalised(dash[1]!) &&
    // "Submitted – Minutes of the Planning Committee ...": a lone past participle is the minute's verb, not its title.
    !/^\p{Lu}\p{Ll}+ed$/u.test(dash[1]!) &&
    dash[2]!
      .split(/\s+/)
      .slice(0, 6)
      .filter((w) => /^\p{Ll}{2,}/u.test(w)).length >= 3
  )
    return { title: dash[1]!, rest: dash[2]! };
  return firstSentenceTitle(text);
}

/**
 * "Return of register of members' interests and declaration of acceptance of office forms. All forms had been returned
 * ...": a short first sentence before long minutes is the title of a numbered heading written in sentence case.
 */
function firstSentenceTitle(text: string): { title: string; rest: string } | null {
  const m = /^(\p{Lu}[^.!?]{2,150}?[\p{Ll})’'])\.\s+(\p{Lu}.*)$/u.exec(text);
  if (!m) return null;
  const title = m[1]!;
  const rest = m[2]!;
  if (title.split(/\s+/).length > 14 || rest.split(/\s+/).length < 12) return null;
  return { title, rest };
}

const SMALL_WORD = /^(?:and|of|the|for|in|on|to|a|an|&|with|at|by|from|–|-)$/i;

/** A heading's first words are capitalised ("To Approve the Minutes of ..."), however it goes on. */
function capitalisedStart(title: string): boolean {
  return capitalised(title.split(/\s+/).slice(0, 4).join(' '));
}

/**
 * "Openness and Transparency Notice The Chair read the notice.": a short line is split only where a sentence of
 * running words, closed by its full stop, follows a capitalised heading.
 */
function shortTitleThenSentence(text: string): boolean {
  if (!/[.!?]$/.test(text)) return false;
  for (const m of text.matchAll(SENTENCE_OPENING)) {
    const title = text.slice(0, m.index).trim();
    const rest = text.slice(m.index).trim();
    // Every word of the heading capitalised: "The Chairman welcomed County | Councillor X ..." is one sentence.
    const words = title.split(/\s+/).filter((w) => !SMALL_WORD.test(w));
    const heading =
      words.length >= 2 && words.every((w) => /^[\p{Lu}\d'‘"“(]/u.test(w)) && !SENTENCE_START.test(`${title} `);
    if (heading && closedSentence(rest) && rest.split(/\s+/).length >= 4) return true;
  }
  return false;
}

/** "DECLARATION OF INTERESTS Nothing was declared.": a heading in capitals, then a short sentence of minutes. */
const CAPITALS_THEN_CASED = /^((?:[\p{Lu}\d’'&/(),-]+\s+)+?)(\p{Lu}\p{Ll}+\s.*)$/u;

function capitalsThenSentence(text: string): boolean {
  const m = CAPITALS_THEN_CASED.exec(text);
  if (!m || m[1]!.trim().split(/\s+/).length < 2 || m[1]!.replace(/[^\p{Lu}]/gu, '').length < 6) return false;
  return closedSentence(m[2]!);
}

/** "There were no amendments.": a sentence in running words, closed by its full stop. */
function closedSentence(text: string): boolean {
  const words = text.split(/\s+/);
  return /[.!?]$/.test(text) && words.length >= 3 && words.slice(1).filter((w) => /^\p{Ll}{2,}/u.test(w)).length >= 2;
}

/** Headings capitalise their words ("Apologies for Absence"); sentences do not. */
function capitalised(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => !SMALL_WORD.test(w));
  return words.length > 0 && words.filter((w) => /^[\p{Lu}\d'‘"“(]/u.test(w)).length / words.length >= 0.6;
}

/** Words that open a sentence of minutes rather than a subtitle. */
const SENTENCE_START =
  /^(?:The|There|It|This|These|Those|A|An|All|Members|Councill?ors?|Cllrs?\.?|Mr|Mrs|Ms|Dr|No|He|She|They|We|Apologies|Resolved|Proposed)\s/;

/** "Proposed by: Cllr A", "Moved by Cr B": a motion's record opens the minutes of an item. */
const MOTION_OPENING = /^(?:Proposed|Moved|Seconded)(?:\s+by)?\s*:?\s/;

/** Words that record what became of an item, written after its title: "Declarations of Interest – none". */
const OUTCOME = /^(?:none|nil|n\/a|noted|agreed|approved|carried|deferred|accepted|adopted)\b/i;
/** A title, then a colon or a dash, then what was minuted. */
const TITLE_THEN_TEXT = /^([^:–—]{2,120}?)\s*(?::|\s[-–—])\s+(\S.*)$/;

/**
 * "Approval of minutes of 7 May: The minutes were read ...", "Grounds maintenance contract – It was noted that ...",
 * "Declarations of Interest – none": the heading stops where a new sentence or an outcome word follows its colon or
 * dash. A lower-case run ("Planning – to consider applications") or a reference ("Planning: 21/0034") stays in it.
 */
function splitAtOutcome(text: string): { title: string; rest: string } | null {
  const m = TITLE_THEN_TEXT.exec(text);
  if (!m) return null;
  const head = m[1]!.trim();
  const rest = m[2]!.trim();
  if (!/^\p{Lu}/u.test(head) || head.split(/\s+/).length > 14 || /\p{Ll}[.!?]\s/u.test(head)) return null;
  // "Agenda Item 1: Record of those Present": a label and its number, then the title itself.
  if (/\b(?:item|minute)\s+(?:no\.?\s*)?\d/i.test(head)) return null;
  // "Previous Minutes: / Item 5b of minutes ...": a table flattened with " / " between its cells; the title's cell
  // ends at the colon, the minutes are the next cell.
  if (/^\/\s+\S/.test(rest)) return { title: head, rest: rest.replace(/^\/\s+/, '') };
  if (OUTCOME.test(rest) || MOTION_OPENING.test(rest) || /^\d{1,2}[:.]\d{2}\s*[ap]\.?m\b/i.test(rest))
    return { title: head, rest };
  // "Appointment of Officers: (a) Chairman (b) Vice-Chairman: ...": the item's lettered points follow its title.
  if (/^\(?[a-h]\)\s/.test(rest) && capitalised(head)) return { title: head, rest };
  if (!/^\p{Lu}/u.test(rest)) return null;
  // A subtitle ("Portland Plan: Comp Plan and citizen involvement") stays; a sentence opens or closes as one.
  const words = rest.split(/\s+/);
  // "From the Board: Matters Not Listed on the Agenda.": words capitalised as a heading's go on with the title, though
  // its line ends in a full stop.
  // A dash ("– S Wilde (holiday) and J Amos (work).") may open a list of names, which are capitalised too.
  const colon = text.slice(head.length).trimStart().startsWith(':');
  if (
    colon &&
    words.length <= 12 &&
    !/[()]/.test(rest) &&
    !SENTENCE_START.test(rest) &&
    capitalised(rest.replace(/[.!?]$/, ''))
  )
    return null;
  const lower = words.slice(1, 6).filter((w) => /^\p{Ll}{3,}/u.test(w)).length;
  const closed = /[.!?]$/.test(rest) && words.length >= 3 && lower >= 1;
  // "Welcome by the Chairman: MP thanked everyone for attending and opened the meeting at 7pm": a short heading, then a
  // long run of running words that a run-on line cut before its full stop.
  const running = head.split(/\s+/).length <= 8 && capitalised(head) && words.length >= 8 && lower >= 3;
  return closed || running || (SENTENCE_START.test(rest) && lower >= 2) ? { title: head, rest } : null;
}

/**
 * A standard heading followed by its minutes after a dash: "Apologies – Councillors A and B", "Those Attending: Cllr
 * A (Chairman), Cllr B".
 */
// "To receive apologies for absence: Cllr A": the agenda's wording kept as the title, its text after the colon.
const STANDARD_WITH_TEXT =
  /^((?:(?:to\s+(?:receive|note|accept|record)(?:\s+and\s+(?:accept|approve|note))?\s+(?:any\s+)?)?apologies(?:\s+for\s+absence)?|declarations?\s+of\s+(?:\w+\s+)?interests?|present|(?:members|those)\s+(?:present|attending)|attendance)\.?)\s*[-–:]\s+(\S.*)$/i;

/**
 * "ROLL CALL: Board Members A, B and C", "CONVENE: 7:02 PM", "MINUTES: Meeting of March 4, 2010": a title in capitals
 * ending in a colon, with the item's text (or a second column) after it on the same line.
 */
// "CALL TO ORDER AND ROLL CALL: Chair Perry called ...", "WORK SESSION WITH CITY COUNCIL AND MAYOR FOR MAY 2006: Staff
// reminded ...": up to twelve words.
const CAPITALS_LABEL_WITH_TEXT = /^((?:[^\p{Ll}:\s]+\s+){0,11}[^\p{Ll}:\s]+):\s+(\S.*)$/u;
/** A label that introduces an outcome ("RESOLVED:") rather than an item's business. */
const OUTCOME_LABEL = /\b(?:RESOLVED|AGREED|NOTED|ORDERED|DECISION|RECOMMENDED)$/;

function capitalsLabel(title: string): readonly [string, string, string] | null {
  const m = CAPITALS_LABEL_WITH_TEXT.exec(title);
  if (!m || m[1]!.replace(/[^\p{Lu}]/gu, '').length < 4 || OUTCOME_LABEL.test(m[1]!)) return null;
  // "LOCKDOWN: ARRANGEMENTS FOR REMOTE MEETINGS – UPDATE": words in capitals after the colon, with no list or
  // figure in them, go on with the heading rather than record its business.
  if (headingGoesOn(m[2]!)) return null;
  // "APPROVAL OF THE AGENDA MOVED: COUNCILLOR OKAFOR ...": a motion's label ran on after the title; it opens the text.
  const motion = MOTION_LABEL_AFTER_TITLE.exec(m[1]!);
  if (motion) return [m[0], m[1]!.slice(0, motion.index), `${m[1]!.slice(motion.index + 1)}: ${m[2]!}`];
  return [m[0], m[1]!, m[2]!];
}

/** "MOVED", "SECONDED BY" at a capitals label's end: the motion's record, not the heading's last word. */
const MOTION_LABEL_AFTER_TITLE = /\s(?:MOVED|SECONDED|PROPOSED)(?:\s+BY)?$/;

/** A run of two to ten words in capitals with no figure, comma or colon: the rest of a heading. */
function headingGoesOn(rest: string): boolean {
  const words = rest.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 10 && !/[\p{Ll}\d,:;.]/u.test(rest) && !OUTCOME.test(rest);
}

/**
 * "305 WEST PINE STREET WEDNESDAY, ...", "33 Arroyo Drive": a street address in a heading's block, whose house number
 * is no item's.
 */
const STREET_ADDRESS =
  /^\d{1,5}\s+(?:(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{Lu}'’.-]*\s+){1,3}(?:STREET|AVENUE|ROAD|DRIVE|BOULEVARD|LANE|WAY|COURT|PLACE|PARKWAY|HIGHWAY|TERRACE|CRESCENT|ST|AVE|RD|DR|BLVD)\b|(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Street|Avenue|Road|Drive|Boulevard|Lane|Way|Court|Place|Parkway|Highway|Terrace|Crescent)\.?(?:,.*)?$)/u;

/** Cell separators at a line's end ("11 |", "Apologies | |"). */
export const CELL_ENDS = /(?:\s+\|)+$/;

/**
 * A line's text without bold marks and a flattened table's cell separators at its ends ("| 1. | Apologies | |").
 * Each replacement runs only on a line holding what it removes: the unanchored end pattern is otherwise tried from
 * every space of every line.
 */
export function withoutCellMarks(text: string): string {
  const unstarred = text.includes('**') ? text.replace(/\*\*/g, '') : text;
  const trimmed = unstarred.endsWith('|') ? unstarred.replace(CELL_ENDS, '') : unstarred;
  return trimmed.startsWith('|') ? trimmed.replace(/^\|\s*(?=\S)/, '') : trimmed;
}

/**
 * Where an item starts on a line, kept with the line: the items' reader, the split into meetings and the tests of the
 * lines around a heading ask it of the same lines. Lines are not changed once read; the answer is frozen, as it is
 * shared.
 */
const itemStarts = new WeakMap<Line, ItemStart | null>();

export function itemStartAt(line: Line): ItemStart | null {
  let start = itemStarts.get(line);
  if (start === undefined) {
    start = readItemStart(line);
    itemStarts.set(line, start && Object.freeze(start));
  }
  return start;
}

function readItemStart(line: Line): ItemStart | null {
  // "11 |": a table's cell separators left at the ends of a line its flattening kept ("| 1. | Apologies | |").
  const text = withoutCellMarks(line.text);
  // "7:10 p.m. Councillor X arrived": a time at the start of a line is not an item number.
  if (/^\d{1,2}:\d{2}\b/.test(text) || STREET_ADDRESS.test(text)) return null;
  const first = text.startsWith('(') ? ITEM_REFERENCE_FIRST.exec(text) : null;
  if (first)
    return {
      line,
      number: first[1]!,
      value: Number.parseInt(first[1]!, 10),
      scheme: '(item)',
      title: null,
      titleBelow: false,
      pages: null,
      titleAbove: null,
      inlineText: first[2]!,
    };
  const reference = text.endsWith(')') && /item/i.test(text) ? ITEM_REFERENCE.exec(text) : null;
  if (reference && !/^\d/.test(text)) {
    const title = reference[1]!.trim();
    const value = Number.parseInt(reference[2]!, 10);
    if (title && !plausibleTitle(title)) return null;
    return {
      line,
      number: reference[2]!,
      value,
      scheme: '(item)',
      title: title || null,
      titleBelow: false,
      pages: null,
      titleAbove: null,
    };
  }
  const alone = NUMBER_ALONE.exec(text);
  if (alone) {
    // "0" alone: a count left by a page's furniture ("Download" / "0"), not an item's number.
    if (isYear(alone[1]!) || alone[1] === '0') return null;
    const { scheme, value, sub } = splitNumber(alone[1]!);
    if (!Number.isFinite(value)) return null;
    return {
      line,
      number: alone[1]!.replace(/\s+/g, '').replace(/^\((.*)\)$/, '$1'),
      value,
      scheme,
      sub,
      title: null,
      titleBelow: true,
      pages: null,
    };
  }
  const romanMatch = ROMAN_TITLE.exec(text);
  const roman = romanMatch && Number.isFinite(romanValue(romanMatch[1]!)) && romanHeading(text, romanMatch[2]!);
  const withTitle = roman
    ? romanMatch
    : (MEETING_CODE_TITLE.exec(text) ?? NUMBER_TITLE.exec(text) ?? NUMBER_GLUED.exec(text) ?? MINUTE_GLUED.exec(text));
  if (!withTitle) return null;
  // "2 1. OPENING": a page's number printed before the item's own on the page's first line.
  const paged = roman ? null : PAGE_THEN_NUMBER.exec(text);
  const number = paged ? paged[1]! : withTitle[1]!;
  // "4.5vii) With regard to ...", "4.4.4.5.4.5vii)": references to earlier minutes' points run on past the number
  // with no space; an item's number is set apart from its title.
  if (/^\.\d/.test(text.slice(text.indexOf(number) + number.length))) return null;
  // "1)" numbers paragraphs and list entries as often as items: such a title must read as a short heading.
  const bracketOnly = /^\s*\)/.test(text.slice(text.indexOf(number) + number.length));
  if (isYear(number)) return null;
  // "2307.01": a minute number made of the meeting's year and month and a running number, as some parishes write it.
  const running = /^\d{3,4}\.\d{2}$/.test(number);
  if (/^\d+\.\d+$/.test(number) && !/^\d{1,3}\.\d{1,2}$/.test(number) && !/^\d{1,5}\.0$/.test(number) && !running)
    return null;
  // "C048/23   1.   APOLOGIES FOR ABSENCE": a minute reference, then the agenda's own number before the title.
  // "1. | Election of Chairman": a table's cell separator between the number and its title.
  let title = (paged ? paged[2]! : withTitle[2]!)
    .trim()
    // "ADOPTION OF AGENDA . Motion No. 1": a full stop a scanned page set apart from its word.
    .replace(/(?<=\p{Lu})\s+\.(?=\s|$)/gu, '.')
    .replace(/^\|\s*/, '')
    .replace(CONTENTS_LEADER, '')
    .replace(/^\d{1,3}[.)]\s+(?=\S)/, '');
  let inlineText: string | null = null;
  const standard = STANDARD_WITH_TEXT.exec(title) ?? capitalsLabel(title);
  const labelled = standard ? null : splitAtOutcome(title);
  if (standard) {
    title = standard[1]!;
    inlineText = standard[2]!;
  } else if (labelled) {
    title = labelled.title;
    inlineText = labelled.rest;
  } else if (title.split(/\s+/).length > 10 || shortTitleThenSentence(title) || capitalsThenSentence(title)) {
    const split = splitRunOnTitle(title);
    if (split) {
      title = split.title;
      inlineText = split.rest;
    }
  }
  const nothing = inlineText === null ? splitTrailingNothing(title) : null;
  if (nothing) {
    title = nothing.title;
    inlineText = nothing.rest;
  }
  let pages: ItemStart['pages'] = null;
  const range = PAGE_RANGE.exec(title);
  if (range && Number(range[1]) <= Number(range[2])) {
    pages = { from: Number(range[1]), to: Number(range[2]) };
    title = title.slice(0, range.index).trim();
  } else {
    const single = PAGE_SINGLE.exec(line.text);
    if (single) {
      pages = { from: Number(single[1]), to: Number(single[1]) };
      title = title.replace(/\s*\d{1,4}\s*$/, '');
    }
  }
  // "3.4 A proposed work programme..." is a report paragraph: a decimal number followed by a sentence.
  // A running minute number ("2307.03") is no paragraph's, so its long title stays an item's.
  if (/^\d+\.\d+$/.test(number) && !running && title.split(/\s+/).length > 12) return null;
  if (!plausibleTitle(title)) return null;
  // "2) Agenda:", "3) Declaration of Pecuniary Interest:": a short heading may end in a colon, a list entry does not.
  const shortLabel = /:$/.test(title) && title.split(/\s+/).length <= 6 && capitalised(title.slice(0, -1));
  if (bracketOnly && (title.split(/\s+/).length > 10 || (/[.,;:]$/.test(title) && !shortLabel))) return null;
  const { scheme, value, sub } = roman ? { scheme: 'ROMAN', value: romanValue(number), sub: 0 } : splitNumber(number);
  if (!Number.isFinite(value)) return null;
  return {
    line,
    number: number.replace(/^\((.*)\)$/, '$1').replace(/\s+/g, ' '),
    value,
    scheme,
    sub,
    title,
    titleBelow: false,
    pages,
    inlineText,
  };
}

/**
 * The items of a meeting are the longest run of item starts whose numbers go up by small steps
 * in one scheme (38, 39, 40; 25/01, 25/02; CAB.12, CAB.13). Paragraph numbers inside items
 * (resolutions "1.", "2.") break such a run, so they are not taken for items.
 */
export function itemChain(
  starts: readonly ItemStart[],
  titleOf: (start: ItemStart) => string = (s) => s.title ?? '',
): ItemStart[] {
  let best = bestChain(starts, titleOf);
  // "70/17, 71/17": a minute number and the year after it, where "25/01, 25/02" is the year and then the number.
  // "AM119, AM219": a prefix, the item and the year run together, where "PL145, PL146" is a prefix and the minute.
  // The reading that gives the longer run is the document's.
  for (const reading of [SHORT_YEAR_LAST, YEAR_SUFFIXED]) {
    if (!starts.some((s) => reading.test(s.number))) continue;
    const other = otherReading(starts, reading, titleOf);
    if (other.score > best.score) best = other;
  }
  return withMistypedNumbers(best.chain, starts);
}

/** The best run when the numbers `reading` matches are read as the minute (group 1) and its year (group 2). */
function otherReading(
  starts: readonly ItemStart[],
  reading: RegExp,
  titleOf: (start: ItemStart) => string,
): { chain: ItemStart[]; score: number } {
  const read = starts.map((s) => {
    const m = reading.exec(s.number);
    return m ? { ...s, scheme: `${/^[A-Z]*/.exec(s.number)![0]}/${m[2]}`, value: Number(m[1]) } : s;
  });
  const other = bestChain(read, titleOf);
  const original = new Map(read.map((f, n) => [f, starts[n]!]));
  return { chain: other.chain.map((f) => original.get(f)!), score: other.score };
}

const SHORT_YEAR_LAST = /^(\d{1,4})[a-z]?[./](\d{2})$/i;
/** "AM119": letters, then the item (group 1) and a two-digit year (group 2) with nothing between them. */
const YEAR_SUFFIXED = /^[A-Z]{1,4}(\d{1,2})(\d{2})$/;

/** Two sentences, or a long one in running words closed by a full stop or a colon: a paragraph, not a heading. */
function readsAsSentences(title: string): boolean {
  const words = title.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return /\p{Ll}[.!?]\s+\p{Lu}/u.test(title) || (/[.:]$/.test(title) && words.length >= 6 && lower >= 3);
}

const SKIPPED_NUMBER_COST = 0.5;

/** For each start, the nearest start before it with the same number in the same scheme (-1 when none). */
function earlierSameNumber(starts: readonly ItemStart[]): number[] {
  const seen = new Map<string, number>();
  return starts.map((s, i) => {
    const key = `${s.scheme}|${s.value}|${s.sub ?? ''}`;
    const before = seen.get(key) ?? -1;
    seen.set(key, i);
    return before;
  });
}

function bestChain(
  starts: readonly ItemStart[],
  titleOf: (start: ItemStart) => string,
): { chain: ItemStart[]; score: number } {
  const n = starts.length;
  if (n === 0) return { chain: [], score: 0 };
  // Standard opening items (apologies, declarations, minutes) mark a meeting's real agenda, so a
  // run holding them beats a longer run of numbered paragraphs in an appended report.
  // "167.1 Welcome" under "167.0 Record of those Present": a decimal under a minute number of its own is a sub-minute.
  const whole = new Set(starts.filter((s) => s.scheme === '').map((s) => `${s.value}.`));
  // A title that reads as sentences ("This meeting is to be webcast. Members are ...") numbers a paragraph more likely
  // than an item, so it counts for less than a heading.
  const weight = starts.map((s) =>
    whole.has(s.scheme) ? 0.5 : STANDARD_OPENING.test(titleOf(s)) ? 4 : readsAsSentences(titleOf(s)) ? 0.5 : 1,
  );
  const best: number[] = [...weight];
  const prev = new Array<number>(n).fill(-1);
  const same = earlierSameNumber(starts);
  for (let i = 0; i < n; i++) {
    // Looking back a bounded distance keeps this linear on long documents.
    for (let j = Math.max(0, i - 60); j < i; j++) {
      const a = starts[j]!;
      const b = starts[i]!;
      const step = b.value - a.value;
      // "41a/19, 41b/19, 42/19", "3, 4A, 4, 5": lettered parts of one number follow each other.
      const lettered = step === 0 && (a.sub ?? 0) !== (b.sub ?? 0);
      if (a.scheme !== b.scheme || ((step < 1 || step > 3) && !lettered)) continue;
      // "7. Correspondence:" over "1. ... 7. ...": a list numbered inside an item. Linking past a start that already
      // holds this number (from 3 to the list's 4, over the item 4) costs the run, so the items' own 4 to 7 win.
      const score = best[j]! + weight[i]! - (same[i]! > j ? SKIPPED_NUMBER_COST : 0);
      if (score > best[i]! || (score === best[i]! && step === 1)) {
        best[i] = score;
        prev[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < n; i++)
    if (best[i]! > best[end]! || (best[i] === best[end] && starts[i]!.titleBelow === false && starts[end]!.titleBelow))
      end = i;
  const chain: ItemStart[] = [];
  for (let i = end; i >= 0; i = prev[i]!) chain.unshift(starts[i]!);
  return { chain, score: best[end]! };
}
