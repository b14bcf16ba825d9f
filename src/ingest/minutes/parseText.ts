import { definedInitialsOnce } from './declarationInitials.js';
import { apologiesNamedInFull } from './absentApologies.js';
import type {
  ParsedDeclaration,
  ParsedDocument,
  ParsedItem,
  ParsedMeeting,
  ParsedResolution,
} from '../parsedDocument.js';
import { readChairLedList, readSubstituteSentences } from './chairLedList.js';
import { readMembersColumn } from './membersColumn.js';
import {
  apologiesOverPresent,
  holdsAttendanceLabel,
  readApologiesItem,
  readAttendanceSections,
  readAttendanceTable,
  readProseApologies,
  readUnlabelledMembers,
  sectionStart,
  type Attendance,
} from './attendance.js';
import { splitLabelColumns } from './labelColumns.js';
import { readProsePresent } from './proseAttendance.js';
import { withoutInitialsOfListed } from './initialsColumn.js';
import { isDeclarationsHeading } from './declarationHeadings.js';
import { settleDeclarationNames } from './declarationNames.js';
import { readDeclarations, readDeclarationsInTitle } from './declarations.js';
import { readMembershipStatements } from './membershipStatements.js';
import {
  BODY_WORD,
  describesMeeting,
  findOpeningTime,
  findOpeningVenue,
  isMinutesHeading,
  readHeader,
  type MeetingHeader,
} from './header.js';
import { tidyBody } from './bodyNameTidy.js';
import { findDate } from './dates.js';
import { bodyTitleLine } from './titleLines.js';
import { letteredTopLevel } from './letteredItems.js';
import { itemChain, itemStartAt, type ItemStart } from './itemStarts.js';
import { buildItem, cleanTitle, itemMinutesLines } from './items.js';
import { spanOf, toLines, withLayout, type Line } from './lines.js';
import type { DocumentBlock } from '../documentBlock.js';
import { headingStarts } from './headingItems.js';
import { readFutureMeetings } from './futureMeetings.js';
import { readResolutions } from './resolutions.js';
import { readRollCallTable } from './rollCallTable.js';
import { singleItemStart } from './singleItemPage.js';
import { continuesUnderRunningHead, runningHeadLength } from './runningHeads.js';
import { withoutContentsPages } from './contentsPages.js';
import { isTableLayout, readTableItems } from './tableLayout.js';
import { newDocument } from './textMemo.js';

export interface ParseOptions {
  readonly pageStarts?: readonly number[];
  /** The layout the reader found; without it the parser reads the text alone. */
  readonly blocks?: readonly DocumentBlock[];
}

const FURNITURE_KINDS: ReadonlySet<string> = new Set(['page_header', 'page_footer']);

/** Running page headers and footers that PDF extraction leaves in the text. */
const PAGE_FURNITURE = [
  /^page\s+\d+(\s+of\s+\d+)?$/i,
  /^.{3,120}?\s[-–]\s\d{1,2}[./]\d{1,2}[./]\d{2,4}$/,
  /^-\s*\d+\s*-$/,
  /^Page \d+$/,
];
/**
 * Every furniture pattern ends in a digit or a dash and lines are trimmed: a line ending otherwise (nearly all of them)
 * is not tried against the patterns.
 */
function isPageFurniture(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 45 && (last < 48 || last > 57)) return false;
  return PAGE_FURNITURE.some((p) => p.test(text));
}

const PART_BOUNDARY =
  /^(terms of reference|appendix\s+[a-z0-9]{1,3}\b.*|report (?:to|of|for)\b.*|meeting:.*|report title:?.*|subject:.*|wards? affected:?.*|briefing note.*|work programme\s+\d{4}.*)$/i;
const MINUTES_SIGNS =
  /^((?:(?:members|councill?ors|council members|councilmembers)\s+)?present\b|absent\b|apologies\b.*(?:received|:)|resolved\b|minutes:\s*\S|in attendance\b|the meeting (?:closed|ended|finished))/i;

/**
 * Signs of minutes written as prose (US and Australian style): the meeting was called to order, motions carried, "the
 * Shire President declared the meeting opened at 5.30 pm", a member "introduced the following resolution and MOVED its
 * adoption" (a resolution adopted, not one proposed), "Councillors who attended the meeting" (a notes page's table).
 */
const PROSE_MINUTES_SIGNS =
  /\b(called (?:the meeting )?to order|were in attendance|meeting (?:was )?adjourned|seconded by|motion (?:carried|passes|passed)|were present|was present|roll call|opened the meeting|declared the meeting open(?:ed)?\b|quorum present|present:|moved\s+(?:its\s+|the\s+)?adoption\b|introduced the following (?:resolution|ordinance)|(?:councill?ors|members)\s+who\s+attended\b)/i;

const ATTENDANCE_ITEM = /\b(?:present|roll|attendance|attending|sederunt)\b/i;

/**
 * Reads the text of a published agenda or minutes (a web page, a PDF, a document pack) into one
 * record per meeting. Never throws: text it cannot make sense of gives no meeting and a warning.
 */
export function parseText(text: string, options: ParseOptions = {}): ParsedDocument {
  const pageStarts = options.pageStarts ?? [];
  newDocument();
  try {
    // Page headers and footers the reader recognised, and those the text shows, are set aside.
    const lines = withLayout(toLines(text), options.blocks ?? []).filter(
      (l) => !FURNITURE_KINDS.has(l.layout?.kind ?? '') && !isPageFurniture(l.text),
    );
    const initials = definedInitialsOnce(text);
    const meetings = withoutAgendaOfMinutes(
      splitMeetings(lines)
        .map((part) => withFutureMeetings(readMeeting(part, text, initials), part))
        .filter((m): m is ParsedMeeting => m !== null),
    );
    const warnings =
      meetings.length === 0
        ? [{ message: 'no meeting found: no body, date, agenda items or resolutions were recognised', span: null }]
        : [];
    return { text, pageStarts, meetings, parts: [], warnings };
  } catch (error) {
    return {
      text,
      pageStarts,
      meetings: [],
      parts: [],
      warnings: [{ message: `the text could not be read: ${(error as Error).message}`, span: null }],
    };
  }
}

/**
 * A page that prints a meeting's agenda and then its minutes ("Agenda ... 1. OPENING ... DownloadMinutes / MINUTES OF
 * THE REGULAR COUNCIL MEETING ...") records one meeting: the minutes' own record, not the agenda's list of items.
 */
function withoutAgendaOfMinutes(meetings: readonly ParsedMeeting[]): ParsedMeeting[] {
  return meetings.filter((m, n) => {
    const next = meetings[n + 1];
    return !(m.kind === 'agenda' && next?.kind === 'minutes' && !!m.date && next.date?.value === m.date.value);
  });
}

function withFutureMeetings(meeting: ParsedMeeting | null, lines: readonly Line[]): ParsedMeeting | null {
  if (!meeting) return null;
  const futureMeetings = readFutureMeetings(lines, meeting);
  return futureMeetings.length > 0 ? { ...meeting, futureMeetings } : meeting;
}

/**
 * A document pack holds the agenda of one meeting and the minutes of earlier ones: each minutes heading opens a
 * meeting.
 */
function splitMeetings(lines: readonly Line[]): Line[][] {
  const starts: number[] = [0];
  for (let i = 8; i < lines.length; i++) {
    if (!isMinutesHeading(lines[i]!)) continue;
    // "2307.03 Minutes of the Meeting of the Parish Council on 12th June 2023": a running minute number before it makes
    // the line an item confirming earlier minutes (a page's number is never written "2307.03" or "23/145").
    if (MINUTE_NUMBERED.test(lines[i]!.text)) continue;
    // "73/17" over "Minutes of the Parish Council meeting held on 3 May 2017": an item's title, not a new meeting.
    if (itemStartAt(lines[i - 1]!)?.titleBelow) continue;
    // "4.2" / "4.2.1" / "MINUTES OF THE JUNE 2011 COUNCIL MEETING": paragraph numbers set apart above it (never a
    // page's number) make the heading an item's title.
    if (/^\d{1,3}(?:\.\d{1,3})+\.?$/.test(lines[i - 1]!.text)) continue;
    // "31." / "Minutes" / "Minutes of the ordinary meeting of Council on 11 July 2011.", "(B)" / "Minutes of County
    // Council Meeting held on ...": the text of an item or a lettered point about earlier minutes.
    if (insideItem(lines, i)) continue;
    // "Minutes of the meeting held on 29 October 2024" is also the title of an item: a new meeting's heading names
    // its body or is followed by who attended.
    const namesBody =
      BODY_WORD.test(lines[i]!.text) ||
      lines
        .slice(Math.max(0, i - 2), i)
        .some((l) => l.text.length < 80 && isHeadingCase(l.text) && BODY_WORD.test(l.text));
    const attendanceFollows = lines
      .slice(i + 1, i + 9)
      .some((l) => /^(present|members present|apologies|in attendance)\b/i.test(l.text));
    if (!namesBody && !attendanceFollows) continue;
    let start = i;
    // The council and body name usually sit just above the heading.
    while (
      start > starts[starts.length - 1]! + 1 &&
      i - start < 3 &&
      lines[start - 1]!.text.length < 100 &&
      BODY_WORD.test(lines[start - 1]!.text)
    )
      start--;
    if (start - starts[starts.length - 1]! >= 8) starts.push(start);
  }
  return mergePreambles(
    lines,
    starts.map((s, n) => lines.slice(s, starts[n + 1] ?? lines.length)),
  );
}

const MINUTE_NUMBERED = /^\d{1,4}[./]\d{2,3}\s+\S/;

/**
 * "A brief summary of the PC Meeting on 25th October 2023 ..." over "Minutes of the Parish Council Meeting / Held on
 * Wed 25th October 2023": a part that holds no items and no attendance, and names no other date than the heading below
 * it, is the minutes' own preamble, not a meeting of its own.
 */
function mergePreambles(lines: readonly Line[], parts: Line[][]): Line[][] {
  const out: Line[][] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (previous && isPreambleOf(previous, part)) out[out.length - 1] = [...previous, ...part];
    // The running head itself is set aside as a page's furniture: the heading above dates and places the meeting.
    else if (previous && continuesUnderRunningHead(previous, part))
      out[out.length - 1] = [...previous, ...part.slice(runningHeadLength(part))];
    else out.push(part);
  }
  return out.length === parts.length ? parts : out;
}

function isPreambleOf(part: readonly Line[], next: readonly Line[]): boolean {
  const heading = next
    .slice(0, 4)
    .map((l) => findDate(l.text)?.iso)
    .find((d) => d !== undefined);
  if (!heading) return false;
  if (part.some((l) => holdsAttendanceLabel(l))) return false;
  if (part.filter((l) => itemStartAt(l) !== null).length >= 2) return false;
  const dates = part.map((l) => findDate(l.text)?.iso).filter((d): d is string => d !== undefined);
  return dates.length > 0 && dates.every((d) => d === heading);
}

/**
 * "31." / "Minutes" / "Minutes of the ordinary meeting of Council on 11 July 2011.", "(B)" / "Minutes of County Council
 * Meeting held on ...": a minutes heading under an item's number and title, or a lettered point, is the item's text
 * about earlier minutes, not this meeting's heading.
 */
/**
 * "1 MINUTES OWEN SOUND CITY COUNCIL ... NOVEMBER 14, 2016 ...", "1 COMHAIRLE CHONTAE UÍBH FHAILÍ MINUTES OF OCTOBER
 * MONTHLY MEETING ... 17TH OCTOBER 2011": a converted document's first page number before its title in capitals,
 * which dates the meeting. Not an item: the items follow it.
 */
function isPageOneTitle(line: Line): boolean {
  // "1 X TOWNSHIP BOARD OF SUPERVISORS Meeting Minutes January 3, 2017 ...": the name in capitals, the rest not.
  return (
    /^1\s+(?:[^\p{Ll}]{0,80}\s)?(?:MINUTES|(?:Meeting\s+)?Minutes)\b/u.test(line.text) &&
    findDate(line.text.slice(0, 300)) !== null
  );
}

function insideItem(lines: readonly Line[], i: number): boolean {
  const above = lines[i - 1];
  if (!above) return false;
  if (/^\((?:[a-z]{1,2}|[ivx]{1,4}|\d{1,2})\)$/i.test(above.text)) return true;
  return i >= 2 && !!itemStartAt(lines[i - 2]!)?.titleBelow && /^minutes\b/i.test(above.text);
}

/** A heading: short, not a sentence, not a label with its value. */
function headingLike(line: Line | undefined): boolean {
  if (!line) return false;
  const t = line.text;
  // "No. Item" over "15." / "To answer any public questions ...": a meetings page's column heads, no item's title.
  if (/^(?:no\.?|number)\s+(?:item|subject|title)s?$/i.test(t)) return false;
  return (
    t.length <= 120 && t.split(/\s+/).length <= 14 && !/[.,;:]$/.test(t) && /^\p{Lu}/u.test(t) && !/:\s*\S/.test(t)
  );
}

/**
 * "X Council Meeting Minutes January 27, 2020" over a page number "940": the document's dated title is no item's
 * heading.
 */
function isDatedTitle(line: Line | undefined): boolean {
  return !!line && /\b(?:minutes|meeting)\b/i.test(line.text) && findDate(line.text) !== null;
}

/** A line in capitals (a heading that may wrap over lines). */
function capitalsLine(line: Line | undefined): boolean {
  if (!line) return false;
  const letters = line.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && !/[.;]$/.test(line.text);
}

/** The minutes under a heading: a sentence, not another title. */
function proseLike(line: Line | undefined, next: Line | undefined): boolean {
  if (!line) return false;
  const words = line.text.split(/\s+/).length;
  // A sentence wrapped by the page goes on in lower case on the next line.
  return words >= 16 || /[.;:]$/.test(line.text) || (words >= 8 && !!next && /^\p{Ll}/u.test(next.text));
}

/** "COUNCIL PRESENT: Mayor X, Councillor Y": an attendance label with its list on the same line. */
function labelledList(line: Line | undefined): boolean {
  return !!line && /:\s*\S/.test(line.text) && holdsAttendanceLabel(line);
}

/**
 * The line under a number alone can be its title: there is one, and it is not another number alone, an item named by
 * its label ("ITEM-4 ...", "Minute 12 ...") or the next item of the same numbering.
 */
function titleUnder(number: ItemStart, line: Line | undefined): boolean {
  if (!line) return false;
  const below = itemStartAt(line);
  if (!below || below.scheme === '(item)') return true;
  // "2." over "2.1" over "URGENT ITEMS": a bare paragraph number stands between an item's number and its title.
  if (below.titleBelow) return /^\d{1,3}(?:\.\d{1,3}){1,3}\.?$/.test(line.text);
  if (/^(?:agenda\s+)?(?:item|minute)\b/i.test(line.text)) return false;
  return !(below.scheme === number.scheme && below.value === number.value + 1);
}

/** A resolution's keyword alone on its line: what follows it is the resolution, it is no item's title. */
const KEYWORD_ALONE = /^(?:RESOLVED|Resolved|ORDERED)\s*[:.–-]*$/;

/** "1." and "01/22": an agenda number and a minute number with its year that count the same item. */
function sameMinute(value: number, minute: string): boolean {
  const m = /^(\d{1,3})\/(\d{2,4})$/.exec(minute);
  return !!m && Number(m[1]) === value;
}

function startsFor(lines: readonly Line[], consumed: ReadonlySet<number>): ItemStart[] {
  const out: ItemStart[] = [];
  let previousStart: number | null = null;
  for (const [n, line] of lines.entries()) {
    if (consumed.has(line.index)) continue;
    // A heading's second line ("2023/2024" under "...Annual Report") goes on with its title; it starts nothing.
    const layout = line.layout;
    if (layout?.kind === 'heading' && n > 0 && lines[n - 1]!.layout?.blockStart === layout.blockStart) continue;
    const start = itemStartAt(line);
    if (!start) continue;
    // "940" over "MEMBERS PRESENT: Mayor X, ...": the meeting's or the page's number above the roll call, no item.
    if (start.titleBelow && labelledList(lines[n + 1])) continue;
    // "3" over "ITEM-4 DEED OF AGREEMENT ...", "6" at the end of a page cut short: a page number in a contents table,
    // or a number with no title under it, opens no item.
    if (start.titleBelow && !titleUnder(start, lines[n + 1])) continue;
    // "... carried by unanimous voice vote –" / "5.": a count the page wrapped onto a line of its own, under a sentence
    // left unfinished in the same paragraph, goes on with that sentence. A minute number ("125/20") under a short
    // heading ("7:05pm Full Council Meeting") is no count, even where a plain text's paragraph runs over both.
    const previous = lines[n - 1]?.text ?? '';
    const unfinished =
      /^\d{1,3}\.?$/.test(line.text.trim()) && previous.length >= 40 && /(?:[–—,-]|\p{Ll})$/u.test(previous);
    if (start.titleBelow && layout?.kind === 'paragraph' && layout.blockStart < line.start && unfinished) continue;
    const above = lines[n - 1];
    const titled = out.at(-1);
    if (
      start.titleBelow &&
      previousStart === n - 1 &&
      titled &&
      titled.line === above &&
      titled.title !== null &&
      !titled.titleBelow &&
      titled.scheme === '' &&
      sameMinute(titled.value, start.number)
    ) {
      // "1. Election of the Chairman" over "01/22": the agenda's number and title, then the minute number alone on its
      // line; the minute number is the item's, the title is above it (the line below is its minutes, "RESOLVED").
      out[out.length - 1] = { ...start, title: titled.title, titleBelow: false, titleAbove: above };
      previousStart = n;
      continue;
    }
    const numberedAbove = /^\d{1,3}[.)]\s+(\p{Lu}.{2,150}?)[;,]?$/u.exec(above?.text ?? '');
    if (
      start.titleBelow &&
      numberedAbove &&
      KEYWORD_ALONE.test(lines[n + 1]?.text ?? '') &&
      !consumed.has(above!.index)
    ) {
      // The same with a title a list entry's mark ends ("1. Election of the Chairman of the Council;"): the line below
      // the number is only "RESOLVED", no title.
      out.push({ ...start, title: numberedAbove[1]!, titleBelow: false, titleAbove: above! });
      previousStart = n;
      continue;
    }
    if (start.scheme === '(item)') {
      // "283. Apologies for Absence" / "(Item 1)": the minute number is the item's number; the reference adds nothing.
      if (previousStart === n - 1) continue;
      if (start.title === null) {
        // The title above may be a heading the layout shows wrapped over lines ("...Annual Report" / "2023/2024").
        let top = n - 1;
        const block = above?.layout?.kind === 'heading' ? above.layout.blockStart : null;
        while (block !== null && top > (previousStart ?? -1) + 1 && lines[top - 1]?.layout?.blockStart === block) top--;
        if (!headingLike(lines[top]) || consumed.has(lines[top]!.index)) continue;
        const title = lines
          .slice(top, n)
          .map((l) => l.text)
          .join(' ');
        out.push({ ...start, title, titleAbove: lines[top]! });
        previousStart = n;
        continue;
      }
    } else if (
      start.titleBelow &&
      proseLike(lines[n + 1], lines[n + 2]) &&
      headingLike(above) &&
      !isDatedTitle(above) &&
      previousStart !== n - 1
    ) {
      // "APOLOGIES" / "PLA146/14" / "Apologies for absence were recorded ...": the heading is above its number. A
      // heading in capitals may wrap over up to three lines above.
      let top = n - 1;
      while (top > n - 3 && top - 1 > (previousStart ?? -1) && capitalsLine(lines[top - 1]) && capitalsLine(lines[top]))
        top--;
      const title = lines
        .slice(top, n)
        .map((l) => l.text)
        .join(' ');
      out.push({ ...start, title, titleBelow: false, titleAbove: lines[top]! });
      previousStart = n;
      continue;
    }
    out.push(start);
    previousStart = n;
  }
  return out;
}

/** "ITEM SUBJECT PAGE", "TABLE OF CONTENTS": the head of a contents table, whose entries end in page numbers. */
const CONTENTS_HEADER =
  /^(?:(?:item|no\.?|minute)\s+(?:subject|item|title|description|business)\s+page(?:\s+no\.?)?|table of contents|index of\s*minutes)$/i;

/** "CONFIRMATION OF MINUTES 3": a contents entry's page number after its title, without a dot leader. */
function withoutPageNumber(item: ParsedItem): ParsedItem {
  const m = /^(.*[\p{Lu})])\s+\d{1,3}$/u.exec(item.title);
  return m ? { ...item, title: m[1]! } : item;
}

/** The verbs of a sentence that records what someone did or said, which an item's title does not hold. */
const REPORTED_SPEECH =
  /\b(?:was|were|is|are|will|would|has|have|had|stated|said|reported|informed|asked|recommended|explained|noted|passed)\b/;

function acceptChain(chain: readonly ItemStart[], minutesDocument: boolean): boolean {
  // "1. Commissioner X stated that ...", "2. Chair Y would like ...": numbered sentences are paragraphs of an item.
  const sentences = chain.filter((s) => {
    const text = s.title ?? '';
    return text.split(/\s+/).length >= 10 && REPORTED_SPEECH.test(text);
  }).length;
  if (chain.length >= 3 && sentences >= chain.length * 0.6) return false;
  if (chain.length >= 2) return true;
  if (chain.length !== 1) return false;
  const only = chain[0]!;
  const title = only.title ?? '';
  // One numbered heading in capitals opens the minutes of a page cut short after its first item.
  const capitals = title === title.toUpperCase() && /\p{Lu}{3}.*\s/u.test(title);
  // "1.0 Election of Cathaoirleach": an annual meeting's first business, cut off after it, is as sure a heading.
  const standard = /apologies|declarations|minutes|^election of (?:the )?[\p{L}-]+(?: (?:and|&) [\p{L}-]+)?$/iu.test(
    title,
  );
  return only.titleBelow || standard || (minutesDocument && capitals);
}

/**
 * "The Mayor has three options:" over "1. Make the decisions ...", "2. Rearrange the meeting.": numbers that follow a
 * sentence announcing them are the points of that sentence's minute, not the meeting's items.
 */
function withoutIntroducedPoints(starts: readonly ItemStart[], lines: readonly Line[]): ItemStart[] {
  const position = new Map(lines.map((l, n) => [l.index, n]));
  const points = new Set<ItemStart>();
  starts.forEach((start, k) => {
    if (start.value !== 1 || start.titleBelow || points.has(start)) return;
    const above = lines[position.get(start.line.index)! - 1]?.text ?? '';
    const words = above.split(/\s+/);
    if (!/\p{Ll}:$/u.test(above) || words.length < 5 || words.filter((w) => /^\p{Ll}/u.test(w)).length < 3) return;
    let value = 1;
    for (const next of starts.slice(k)) {
      if (next.scheme !== start.scheme || next.value !== value) break;
      points.add(next);
      value++;
    }
  });
  return starts.filter((s) => !points.has(s));
}

/** After a pack's minutes come its other parts (terms of reference, reports): the last item stops there. */
function cutAtPartBoundary(body: readonly Line[], headerLines: readonly Line[]): Line[] {
  const names = new Set(headerLines.filter((l) => BODY_WORD.test(l.text) && l.text.length < 100).map((l) => l.text));
  const at = body.findIndex((l, n) => n > 0 && (names.has(l.text) || PART_BOUNDARY.test(l.text)));
  return at > 0 ? body.slice(0, at) : [...body];
}

/** "Children and Young People Scrutiny Committee": a name set as a heading, its words capitalised, not a sentence. */
function isHeadingCase(text: string): boolean {
  if (/[.,;]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => !/^(?:and|of|the|for|in|on|to|a|an|&|–|-)$/i.test(w));
  return words.length > 0 && words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length / words.length >= 0.75;
}

/**
 * "I. INVOCATION, PLEDGE & ROLL CALL" then "The City Council of the City of X met in Regular Session on Tuesday,
 * September 9, 2008 at 8:39 a.m. in the City Council Chamber": the sentence that opens the minutes may sit in the first
 * item. Where it gives the header's own date, it fills what the header lacks (body, time, place).
 */
function withOpeningSentence(header: MeetingHeader, firstItemLines: readonly Line[]): MeetingHeader {
  if (!header.date || (header.body && header.time && header.venue) || firstItemLines.length === 0) return header;
  const opening = readHeader(firstItemLines);
  if (opening.date?.value !== header.date.value) return header;
  return {
    ...header,
    body: header.body ?? opening.body,
    time: header.time ?? opening.time,
    venue: header.venue ?? opening.venue,
  };
}

function readMeeting(lines: Line[], source: string, initials: () => ReadonlySet<string>): ParsedMeeting | null {
  if (lines.length === 0) return null;
  const resolved = readResolutions(lines);
  const { consumed } = resolved;
  // "... was received and it was RESOLVED to approve ...", "BE IT RESOLVED that ...": a record of what was resolved
  // under headings that say nothing else of minutes (an agenda proposes; it resolves nothing). Looked at first: it
  // costs nothing, and when it holds no line is searched for the other signs.
  const minutesDocument =
    resolved.resolutions.length > 0 ||
    lines.some((l) => MINUTES_SIGNS.test(l.text) || PROSE_MINUTES_SIGNS.test(l.text)) ||
    /^(agenda and minutes|minutes)\b/i.test(lines[0]!.text) ||
    // "A Meeting of the X was held on ...": minutes tell of a meeting that has met (an agenda's "will be held").
    lines.slice(0, 12).some((l) => isMinutesHeading(l) || describesMeeting(l.text));
  // Each line's place in the part and the text below it, in one pass without a pair built per line.
  const nextText = new Map<number, string>();
  const position = new Map<number, number>();
  for (let n = 0; n < lines.length; n++) {
    nextText.set(lines[n]!.index, lines[n + 1]?.text ?? '');
    position.set(lines[n]!.index, n);
  }
  // Items follow the minutes' own heading ("Minutes of a meeting of ... held on ..."): a number before it is a
  // page's or a note's, not an item's.
  const heading = lines
    .slice(0, 15)
    .findIndex((l, n) => (isMinutesHeading(l) || isPageOneTitle(l)) && !insideItem(lines, n));
  const afterHeading = lines.filter((l) => heading < 0 || l.index > lines[heading]!.index);
  const numberedRun = itemChain(
    withoutIntroducedPoints(startsFor(lines, consumed), lines).filter(
      (s) => heading < 0 || s.line.index > lines[heading]!.index,
    ),
    (s) => s.title ?? nextText.get(s.line.index) ?? '',
  );
  const numbered = letteredTopLevel(afterHeading, numberedRun) ?? numberedRun;
  const accepted = acceptChain(numbered, minutesDocument) ? numbered : [];
  // Headings with no number (a layout's headings, or capitals set apart) are items too, in their place among the rest.
  // "Falls Creek Ranch Association, Inc. Board of Directors Meeting" set as the first heading is the meeting's title.
  const title = bodyTitleLine(lines)?.line;
  const contents = lines.some((l) => CONTENTS_HEADER.test(l.text));
  const single = singleItemStart(lines);
  const chain = (
    single
      ? [single]
      : [
          ...accepted,
          ...headingStarts(lines, accepted, consumed).filter(
            (s) => s.line !== title && !CONTENTS_HEADER.test(s.line.text),
          ),
        ]
  ).sort((a, b) => position.get((a.titleAbove ?? a.line).index)! - position.get((b.titleAbove ?? b.line).index)!);
  let items: ParsedItem[] = [];
  let firstItemLine = lines.length;
  const bodies: { start: ItemStart; body: Line[] }[] = [];
  if (chain.length > 0) {
    firstItemLine = position.get((chain[0]!.titleAbove ?? chain[0]!.line).index)!;
    const headerLines = lines.slice(0, firstItemLine);
    chain.forEach((start, k) => {
      const from = position.get(start.line.index)! + 1;
      // The next item's heading may sit above its number: this item's text stops before it.
      const next = chain[k + 1];
      const to = next ? position.get((next.titleAbove ?? next.line).index)! : lines.length;
      const body = k + 1 < chain.length ? lines.slice(from, to) : cutAtPartBoundary(lines.slice(from, to), headerLines);
      bodies.push({ start, body });
    });
    items = withoutContentsPages(
      bodies.map(({ start, body }) => {
        const item = buildItem(start, body, minutesDocument);
        const paged = contents ? withoutPageNumber(item) : item;
        return start.number === '' ? { ...paged, number: null } : paged;
      }),
    );
  } else if (isTableLayout(lines)) {
    // A table's rows are its items; their minutes are read for attendance and declarations like any item's.
    const table = readTableItems(lines);
    bodies.push(...table.rows);
    items = table.rows.map(({ start, body }) => {
      const item = buildItem(start, body, minutesDocument);
      return start.number === '' ? { ...item, number: null } : item;
    });
    firstItemLine = Math.max(
      0,
      lines.findIndex((l) => l.index === table.firstLine),
    );
  }
  const headerLines = lines.slice(0, Math.min(firstItemLine, 80));
  // The opening time is often told inside the first items ("1. Call to order: ... called to order at 7:00 p.m."),
  // so it is looked for a little past the header when the header has none.
  const openingWindow = Math.min(lines.length, Math.max(firstItemLine, 0) + 30, 120);
  const header = withOpeningSentence(readHeader(headerLines), lines.slice(firstItemLine, openingWindow));
  const time = header.time ?? findOpeningTime(lines.slice(0, openingWindow));
  const attendance: Attendance = { present: [], apologies: [], absent: [], inAttendance: [] };
  // Lists set side by side under their labels are read column by column.
  const attendanceLines = splitLabelColumns(headerLines, source, (t) => sectionStart(t) !== null);
  readAttendanceSections(attendanceLines, attendance, { minutes: minutesDocument });
  readAttendanceTable(attendanceLines, attendance);
  const unlabelled = minutesDocument && readUnlabelledMembers(attendanceLines, attendance);
  // "... were present." / "with the following members present: ...": a sentence may be the only roll call.
  if (minutesDocument) readProsePresent(lines.slice(0, openingWindow), attendance);
  // A committee page that lost its "Present:" label may print the list last, with its substitutes under it.
  if (minutesDocument && readChairLedList(lines, attendance)) readSubstituteSentences(lines, attendance);
  const declarations: ParsedMeeting['declarations'][number][] = [];
  const labelled = itemLabelsUnderDeclarations(headerLines, bodies);
  if (labelled > 0)
    declarations.push(
      ...readDeclarations(
        bodies.slice(0, labelled).flatMap(({ start, body }) => [start.line, ...body]),
        null,
        true,
        source,
        initials,
      ),
    );
  // Items were built from the bodies one for one, so the k-th item is the k-th body's.
  for (const [k, { start, body }] of bodies.entries()) {
    if (k < labelled) continue;
    const kind = items[k]?.standardKind;
    const minutesLines = itemMinutesLines(start, body);
    const title = start.title ?? body[0]?.text ?? '';
    // "1 Present", "Calling of the Roll and Apologies", "Record of those Present/Apologies": the item holds the lists,
    // and a list under it with no label of its own names those present.
    if (minutesDocument && ATTENDANCE_ITEM.test(title)) readAttendanceItem(start, body, minutesLines, attendance);
    else if (kind === 'apologies') {
      readApologiesItem(minutesLines, attendance);
      // "1. There were apologies from Cllrs A and B": an item with no heading, its sentence read as its title.
      if (attendance.apologies.length === 0) readProseApologies(start.line, attendance, body.slice(0, 3));
    }
    // "APOLOGY" over a motion that accepts one member's apology: only the apology's own sentence names anyone.
    else if (/^apology$/i.test(cleanTitle(title).title))
      minutesLines.forEach((line, n) => readProseApologies(line, attendance, minutesLines.slice(n + 1, n + 5)));
    // "1. Apologises were received from Dr X": a sentence of apologies as an item's title, its word misspelt so the
    // item is not known for the apologies.
    else if (attendance.apologies.length === 0 && /^apolog/i.test(title))
      readProseApologies(start.line, attendance, body.slice(0, 3));

    if (kind === 'declarations' || isDeclarationsHeading(cleanTitle(title).title)) {
      const heading = cleanTitle(title).title;
      const inTitle = readDeclarationsInTitle(
        start.line,
        start.inlineText ? `${heading} – ${start.inlineText}` : heading,
      );
      // A heading's run-in text ("Declarations of interest: Cllr A re 12 & Cllr B re 14") is read again as the item's
      // first line: each declaration once.
      const key = (d: ParsedDeclaration): string => `${d.name.toLowerCase().replace(/[^a-z]/g, '')}|${d.item ?? ''}`;
      const titled = new Set(inTitle.map(key));
      declarations.push(
        ...inTitle,
        ...readDeclarations(minutesLines, start.number, true, source, initials).filter((d) => !titled.has(key(d))),
      );
    } else declarations.push(...readDeclarations(minutesLines, start.number, false, source, initials));
  }
  // A page number read as a first item's number ("1 MINUTES OF ... COUNCIL ... PRESENT: A, B") leaves the header
  // empty (but for the member who called the meeting to order): the lists are in that item's own line or just below;
  // so are a roll call's under "1 CALL TO ORDER".
  const firstItem = bodies[0];
  if (
    minutesDocument &&
    firstItem &&
    new Set(attendance.present.map((p) => p.name)).size + attendance.apologies.length <= 1 &&
    [firstItem.start.line, ...firstItem.body.slice(0, 6)].some(holdsAttendanceLabel)
  )
    readAttendanceSections([firstItem.start.line, ...firstItem.body], attendance);
  // Still no list: a roll call laid out as a table ("Name | Title | Present") at the head of the minutes.
  if (minutesDocument && attendance.present.length + attendance.apologies.length <= 1) {
    const opening = [...headerLines, ...bodies.slice(0, 2).flatMap(({ start, body }) => [start.line, ...body])];
    const table: Attendance = { present: [], apologies: [], absent: [], inAttendance: [] };
    if (readRollCallTable(opening, source, table)) {
      attendance.present.splice(0, attendance.present.length, ...table.present);
      attendance.apologies.splice(0, attendance.apologies.length, ...table.apologies);
      attendance.absent.push(...table.absent);
    }
  }
  // Still none: an attendance table whose columns the PDF's text set apart from its item, under a bare "Members".
  if (minutesDocument && bodies.length > 0) readMembersColumn(lines, attendance);
  // Without items (a fragment, a page whose numbering was lost) declarations are read from the whole text.
  if (bodies.length === 0) declarations.push(...readDeclarations(lines, null, false, source, initials));
  else declarations.push(...readDeclarations(headerLines, null, false, source, initials));
  let looseResolutions: ParsedResolution[] = [];
  if (items.length === 0) {
    const loose = readResolutions(lines);
    // A fragment of minutes (one item without its heading) still carries resolutions worth keeping; dated minutes
    // without items keep theirs on the meeting.
    if (loose.resolutions.length + loose.decisions.length > 0 && !header.date) {
      items = [fragmentItem(lines, loose)];
    } else looseResolutions = loose.resolutions;
  } else if (firstItemLine > 0) {
    // "Minutes ... it was RESOLVED that they be approved" under headings not read as items, before the first that is:
    // the meeting's resolutions all the same.
    looseResolutions = readResolutions(lines.slice(0, firstItemLine)).resolutions;
  }
  const found = attendance.present.length + attendance.apologies.length + declarations.length;
  if (!header.body && !header.date && items.length === 0 && found === 0) return null;
  if (unlabelled) apologiesOverPresent(attendance);
  attendance.present.splice(0, attendance.present.length, ...withoutInitialsOfListed(attendance.present));
  dedupeAttendance(attendance);
  apologiesNamedInFull(attendance);
  return {
    body: tidyBody(header.body),
    date: header.date,
    time,
    venue: header.venue ?? findOpeningVenue(lines.slice(0, openingWindow)),
    contact: header.contact,
    kind: minutesDocument ? 'minutes' : 'agenda',
    items,
    present: attendance.present,
    apologies: attendance.apologies,
    absent: attendance.absent,
    inAttendance: attendance.inAttendance,
    declarations: settleDeclarationNames(declarations, attendance.present),
    ...(looseResolutions.length > 0 ? { resolutions: looseResolutions } : {}),
    memberships: readMembershipStatements(bodies.length > 0 ? bodies.flatMap((b) => [b.start.line, ...b.body]) : lines),
    span: spanOf(lines),
  };
}

/**
 * An item about attendance. Its lists may have no label of their own ("1 Present" over names), or its title may be a
 * labelled list itself ("940" over "MEMBERS PRESENT: Mayor X, ..." then "STAFF PRESENT: ..."), read as written so
 * that the lists below keep their own labels.
 */
function readAttendanceItem(
  start: ItemStart,
  body: readonly Line[],
  minutesLines: Line[],
  attendance: Attendance,
): void {
  const titleLine = start.titleBelow && !start.titleAbove ? body[0] : start.line;
  if (titleLine && labelledList(titleLine)) {
    const rest = minutesLines.filter((l) => l.index !== titleLine.index);
    readAttendanceSections([titleLine, ...rest], attendance);
  } else readAttendanceSections([{ ...start.line, text: 'Present:' }, ...minutesLines], attendance);
}

/** "Item 7" alone on its line: a label, which may open an item or only say which item what follows is about. */
const ITEM_LABEL_LINE = /^item\s+[\w./-]{1,10}[.:]?$/i;

/**
 * How many of the first items are only "Item 7", "Item 8" labels inside the declarations item that heads the page: a
 * page whose last heading before them is "Members Declarations of Interest" (only sentences between) lists under such
 * labels who declared what in each item, rather than the items themselves.
 */
function itemLabelsUnderDeclarations(header: readonly Line[], bodies: readonly { start: ItemStart }[]): number {
  const at = header.findLastIndex((l) => l.text.length < 160 && !/[.:]$/.test(l.text) && isDeclarationsHeading(l.text));
  if (at < 0 || header.slice(at + 1).some((l) => !/[.:]$/.test(l.text))) return 0;
  const count = bodies.findIndex(({ start }) => !ITEM_LABEL_LINE.test(start.line.text));
  return count < 0 ? bodies.length : count;
}

const OFFICE_TITLE =
  /^(?:(?:Deputy|Lord)\s+)?Mayor\s+|^(?:County\s+)?(?:Councill?or|Cllr\.?|Cr\.?|Council\s+Member|Councilmember|Council\s+President)\s+/i;

/** The same person read twice (the roll and "Mr X in the Chair") is one entry. */
function dedupeAttendance(attendance: Attendance): void {
  // "Mayor Roe" (who called the meeting to order) and "Roe" (in the roll) are one member: an office is not in the key.
  // So is "Supervisor Winn" (by whom the meeting was called to order) and "Winn" in "Members present: ...".
  const key = (name: string): string =>
    name
      .replace(OFFICE_TITLE, '')
      .replace(LEADING_OFFICE, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  // Of the two, the roll's name is kept: the office before the presider's name is no part of it.
  const bare = new Set(attendance.present.filter((p) => !LEADING_OFFICE.test(p.name)).map((p) => key(p.name)));
  const unled = attendance.present.filter((p) => !LEADING_OFFICE.test(p.name) || !bare.has(key(p.name)));
  attendance.present.splice(0, attendance.present.length, ...unled);
  for (const kind of ['present', 'apologies', 'absent', 'inAttendance'] as const) {
    const seen = new Set<string>();
    const kept = attendance[kind].filter((p) => !seen.has(key(p.name)) && seen.add(key(p.name)));
    attendance[kind].splice(0, attendance[kind].length, ...(kept as never[]));
  }
  // "Chairman Johnson called the meeting to order" and "Chairman Bob L. Johnson" in the roll: a bare surname that ends
  // a fuller name of the same list is that member.
  const words = (name: string): string[] =>
    name.replace(OFFICE_TITLE, '').replace(LEADING_OFFICE, '').trim().split(/\s+/);
  const fuller = attendance.present.filter((p) => words(p.name).length > 1).map((p) => key(words(p.name).at(-1)!));
  const kept = attendance.present.filter((p) => words(p.name).length > 1 || !fuller.includes(key(words(p.name)[0]!)));
  attendance.present.splice(0, attendance.present.length, ...kept);
}

/** Offices that precede a presiding member's name ("Chairman Johnson", "Warden Jones"). */
const LEADING_OFFICE = /^(?:(?:Vice|Deputy)\s+)?(?:Chair(?:man|woman|person)?|President|Reeve|Warden|Supervisor)\s+/i;

function fragmentItem(lines: readonly Line[], found: ReturnType<typeof readResolutions>): ParsedItem {
  return {
    number: null,
    title: '',
    span: null,
    description: null,
    resolutions: found.resolutions,
    decisions: found.decisions,
    points: [],
    minutes: lines.map((l) => l.text).join('\n'),
    truncated: false,
    exempt: false,
    exemptParagraph: null,
    pages: null,
    standardKind: null,
  };
}
