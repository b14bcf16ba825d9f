import type { Sourced } from '../parsedDocument.js';
import { isVenueLine, PLACE_LINE } from './venueLines.js';
import { findDate, findTime, isDateLine, type FoundDate } from './dates.js';
import { afterWordTime } from './wordDates.js';
import { repeatedDateLines, timeBesideRepeatedDate } from './repeatedDate.js';
import { timeAfterBrokenAt } from './wrappedTime.js';
import { withoutAddress } from './letterheadAddress.js';
import { venueBeforeDate } from './venueBeforeDate.js';
import { readFrontMatter } from './frontMatter.js';
import { TextMemo } from './textMemo.js';
import { spanIn, type Line } from './lines.js';
import { authorityBeforeMinutes, bodyTitleLine, capitalsTitleInside, nameAfterMinutesTitle } from './titleLines.js';

export interface MeetingHeader {
  readonly body: Sourced<string> | null;
  readonly date: Sourced<string> | null;
  readonly time: Sourced<string> | null;
  readonly venue: Sourced<string> | null;
  readonly contact: Sourced<string> | null;
  /** A header line says these are minutes ("Minutes of the meeting..."). */
  readonly saysMinutes: boolean;
}

export const BODY_WORD =
  /\b(Committee|Sub-Committee|Subcommittee|Board|Council|Panel|Cabinet|Forum|Executive|Commission|Assembly|Partnership|Authority|Group|Township|Trustees|Pwyllgor|Cyngor|Bwrdd|Cabinet)\b/i;
const MINUTES_OF =
  /^(?:the\s+)?(?:(?:draft|approved|unconfirmed|confirmed|signed)\s+)?minutes\s+(?:of|for|from)\s+(?:the\s+|a\s+|an\s+)?(?:(?:[\w&-]+\s+|\(\d{1,4}(?:st|nd|rd|th)\)\s+){0,6}?(?:meeting|proceedings)s?\s*(?:of\s+(?:the\s+)?)?)?(?!held\b|at\b|on\b)(.*?)(?=\s+(?:held|which|that took|convened|on\s+\w*day|on\s+\d|at\s+|from\s+\d|via\s|\w+:\s)|[,.]|$)/i;
// Also a header table's row as the HTML reader writes it: "| Place: | Committee Room 2 |".
const LABEL =
  /^(?:\|\s*)?(venue|place|location|where|date|time|start(?:\s+time)?|contact(?: officer)?|governance officer|democratic services(?: officer)?|committee (?:officer|clerk|administrator)|clerk(?: to the council)?|meeting|body)\s*(?:[:\t]\s*(?:\|\s*)?|\|\s*)(.*?)(?:\s*\|)?$/i;
const COUNCIL_PREFIX =
  /^(.+?\b(?:City|County|Borough|District|Town|Parish|Metropolitan|Community|Combined|Unitary|Shire)?\s*(?:Council|Authority))\s+(.+)$/;
const TITLE_LINE =
  /^(agenda(?: and minutes)?|minutes|public document pack|notice of (?:the )?meeting|summons|decisions?|record of decisions)$/i;

function sourced(value: string, line: Line, part: string, inferred = false): Sourced<string> {
  return { value, span: spanIn(line, part), ...(inferred ? { inferred } : {}) };
}

/** "CHILDREN'S SERVICES COMMITTEE" reads better as "Children's Services Committee". */
function titleCase(text: string): string {
  if (text !== text.toUpperCase() || !/[A-Z]{3}/.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s(/-])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase())
    .replace(/\b(And|Of|The|For|In|On|To)\b/g, (w) => w.toLowerCase())
    .replace(/^(\p{Ll})/u, (c) => c.toUpperCase());
}

/** "Cyngor Sir X / X County Council", "Comhairle Contae X / X County Council": the English name, where one is given. */
function englishPart(text: string): string {
  const parts = text.split(/\s+[/|]\s+|\s+[–—]\s+(?=.*\b(?:Committee|Council|Board|Panel)\b)/);
  if (parts.length < 2) return text;
  const english = parts.filter((p) =>
    /\b(Committee|Sub-Committee|Board|Council|Panel|Cabinet|Forum|Executive|Commission|Partnership|Authority|Group)\b/i.test(
      p,
    ),
  );
  return english[english.length - 1] ?? text;
}

/** "Corporate Scrutiny Committee – 27 November 2024": the date after a dash is not part of the name. */
function withoutTrailingDate(text: string): string {
  const dash = /\s+[-–—]\s+(.*)$/.exec(text);
  if (dash && findDate(dash[1]!)?.index === 0) return text.slice(0, dash.index);
  // "Parish Council 22 November 2023": a date ending the name is the meeting's, not the body's.
  const date = findDate(text);
  return date && date.index > 3 && date.index + date.length >= text.trimEnd().length
    ? text.slice(0, date.index).replace(/[\s,–-]+$/, '')
    : text;
}

/**
 * "Special Board of Trustees Meeting", "Ordinary Council Meeting", "CRETE TOWNSHIP ANNUAL TOWN HALL MEETING": the kind
 * of meeting is not the body's name. A type word before the body's own word goes; one after it ends the name.
 */
function withoutMeetingType(text: string): string {
  const bare = text.replace(/\s+(?:(?:virtual|remote|online|hybrid)\s+)?meeting$/i, '');
  const type =
    /\b(?:special|regular|ordinary|extraordinary|annual|statutory|adjourned|reconvened|virtual|remote|monthly|quarterly|weekly|fortnightly|bi-monthly)\b\s*/i.exec(
      bare,
    );
  if (!type) return bare;
  const after = bare.slice(type.index + type[0].length);
  // "Ordinary Meeting of Council": what met is the council; "A REGULAR MEETING OF THE BOARD": the article goes too.
  if (BODY_WORD.test(after)) {
    const before = bare.slice(0, type.index).replace(/^(?:an?|the)\s*$/i, '');
    return `${before}${after.replace(/^meeting\s+of\s+(?:the\s+)?/i, '')}`.trim();
  }
  return type.index > 0 ? bare.slice(0, type.index).trim() : bare;
}

/** "29/07/2009 - Strategic Planning Board (Item 77)", "February 29, 2024 Business Services Committee", "May 13, 2019 at
 * 8:00 PM - Board of Education Regular Meeting": a breadcrumb's date (and time) before the name is the meeting's. */
function withoutLeadingDate(text: string): string {
  const date = findDate(text);
  if (!date || date.index !== 0) return text;
  return text
    .slice(date.length)
    .replace(/^[\s,–—-]+/, '')
    .replace(/^(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?=[\s,–—-]|$)[\s,–—-]*/i, '');
}

/**
 * "Strategic Planning Board (Item 77)", "Business Services Committee (Committee) Unknown View on council website": a
 * name ends at its body word; a bracket after it and what follows are the page's notes. "Kearney Township Board
 * Meeting Minutes": the document's kind is not the name.
 */
function withoutTrailingNotes(text: string): string {
  // "Scrutiny Board (Adults and Health)" keeps its bracket: it ends the name and nothing follows it.
  const bracket =
    /^(.*?\b(?:Committee|Sub-Committee|Board|Council|Panel|Cabinet|Forum|Commission|Assembly|Group|Trustees))\s*\((?:(?:agenda\s+)?item\s+[^)]*\).*|[^)]*\)\s+\S.*)$/i.exec(
      text,
    );
  return (bracket ? bracket[1]! : text).replace(/\s+(?:(?:meeting|session)\s+)?minutes$/i, '');
}

/**
 * "Minute of Inaugural Meeting Joint Community Council of": a Scottish title's "Minute of ... Meeting" before the
 * name, and a dangling "of" where the line broke before the place, are not the body's.
 */
function withoutMinuteOfMeeting(text: string): string {
  return (
    text
      .replace(/^minutes?\s+of\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,3}?meeting\s+(?=\S)(?:of\s+(?:the\s+)?)?/iu, '')
      // "Minutes of Proceedings of a Meeting of District Council": the meeting's words after "Proceedings of".
      .replace(/^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(?=\S)/iu, '')
      // "a meeting of the above Council": a council named in the heading above, not a name of its own.
      .replace(/^(?:above|above-named|above\s+named|said|aforesaid)\s+(?=\S)/i, '')
      .replace(/\s+of$/i, '')
  );
}

function cleanBody(text: string): string {
  let body = withoutMeetingType(
    withoutTrailingNotes(
      withoutTrailingDate(
        withoutLeadingDate(
          withoutMinuteOfMeeting(withoutAddress(englishPart(text).replace(/\*\*/g, '').replace(/\s+/g, ' ').trim())),
        ),
      )
        .replace(/[,.:;]+$/, '')
        // "Town Board Minutes for October 10, 2011": the words introducing the date stay behind once it is cut.
        .replace(/\s+(?:minutes|meeting)(?:\s+(?:for|of|on))?$/i, ''),
    ),
  );
  const prefixed = COUNCIL_PREFIX.exec(body);
  if (prefixed && BODY_WORD.test(prefixed[2]!) && prefixed[2]!.split(' ').length >= 2) body = prefixed[2]!;
  return titleCase(body);
}

/**
 * What runs on after the place: "... Chambers and Electronic Participation", "... Alexandra and live streamed on
 * microsoft teams" (the online half of a hybrid meeting), "... Hall at 19:30" (the time), "... WRETTON 6TH JANUARY
 * 2020"
 * (the date), "... Groby Cou/285/07-08" (the first minute's number), "... Participation The following Members" (the
 * next sentence, its capital "The" not after a comma).
 */
function venueTail(text: string): string {
  let venue = text
    .replace(
      /,?\s+(?:and|&|\/)\s+(?:(?:via|by)\s+|(?:was\s+)?(?:live\s*-?\s*)?stream(?:ed|ing)\b|electronic(?:ally)?\b|virtual(?:ly)?\b|online\b|remote(?:ly)?\b|zoom\b|(?:ms\s+|microsoft\s+)?teams\b).*$/i,
      '',
    )
    .replace(/(?<!,)\s+The\s+\p{Ll}.*$/u, '')
    // "... 29301 Hawthorne Boulevard. This meeting took place remotely ...": the next sentence after the place's full
    // stop (not an abbreviation's: "St. Mary's Hall", "J. Smith House").
    .replace(/(?<!\b(?:St|Rd|Ave|No|Mt|Dr|Ft|\p{Lu}))\.\s+\p{Lu}\p{Ll}*\s+\p{Ll}.*$/u, '')
    // "... 40 Elm Street, with the following members and officers present: ...": the roll call after the place.
    .replace(/,?\s+with\s+the\s+following\b.*$/i, '')
    .replace(/\s+(?:at|from|commencing(?:\s+at)?)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs|hours)?\.?$/i, '')
    .replace(/\s+\S*\d\S*\/\S*$/, '');
  const date = findDate(venue);
  if (date && date.index > 3 && date.index + date.length >= venue.trimEnd().length - 1)
    venue = venue.slice(0, date.index).replace(/[\s,–-]+(?:on\s*)?$/i, '');
  return venue;
}

function cleanVenue(text: string): string {
  // A run-on line goes on past the place into the attendance ("... Leicester Road, Groby Cou/285/07-08 Present ...").
  const runOn =
    /\s+(?:\S*\d\S*\s+)?(?=(?:Present|PRESENT|Apologies|APOLOGIES|In attendance|IN ATTENDANCE|Members)\b)/.exec(text) ??
    // "... 68 Sussex Street, Linton NEXT ORDINARY COUNCIL MEETING 6.00pm": a heading in capitals after a place written
    // in mixed case starts the next part of the page.
    (/\p{Ll}/u.test(text) ? /\s+(?=\p{Lu}{3,}\s+\p{Lu}{3,}\b)/u.exec(text) : null);
  return titleCase(venueTail(runOn ? text.slice(0, runOn.index) : text))
    .replace(/\.?\s*View directions\.?$/i, '')
    .replace(/\s+/g, ' ')
    .replace(/[,.;\s]+$/, '')
    .trim();
}

const JOB_TITLE_TAIL =
  /\s+(?:(?:Senior|Principal|Lead|Assistant|Deputy|Interim)\s+)?(?:Governance|Democratic|Committee|Constitutional|Member|Members|Scrutiny|Council|Electoral|Legal|Overview)\b.*$/;

function cleanContact(text: string): string {
  return text
    .replace(JOB_TITLE_TAIL, '')
    .split(/\s{2,}|\t|\b(?:direct dial|tel(?:ephone)?|phone|email|e-mail)\b\s*:?/i)[0]!
    .replace(/[\w.+-]+@[\w.-]+/g, '')
    .replace(/[(),;:\s]+$/, '')
    .trim();
}

const SMALL_WORDS = /^(and|of|the|for|in|on|to|a|an|&|with|at|y|a'r|ac|yr|o|de|du|des|et|la|le)$/i;

/** A body's name is a heading: mostly capitalised words, no sentence punctuation. */
function looksLikeTitle(text: string): boolean {
  if (/[.!?:;]$/.test(text) && !/\b(Ltd|Inc)\.$/.test(text)) return false;
  const words = text
    .replace(/[()"“”‘’',]/g, '')
    .split(/\s+/)
    .filter((w) => w && !SMALL_WORDS.test(w));
  if (words.length === 0 || words.length > 16) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}

/** "the Parish Council" names no council by itself: parish and town minutes give the full name as a heading. */
const GENERIC_COUNCIL = /^(?:(?:parish|town|community|city|county|borough|district|village)\s+)?council$/i;

function headingEndingWith(lines: readonly Line[], before: number, name: string): Line | undefined {
  const tail = name.toLowerCase();
  const found = lines
    .slice(0, before)
    .reverse()
    .find(
      (l) =>
        l.text.length <= 80 &&
        l.text.length > name.length &&
        // "MM 27.08.2019 & CITY COUNCIL": a running head's code and date are no council's name.
        !/\d/.test(l.text) &&
        l.text.toLowerCase().endsWith(tail) &&
        / /.test(l.text.slice(0, -name.length).trim() + ' ') &&
        looksLikeTitle(l.text),
    );
  // "LLANFAIR ISAF" / "COMMUNITY COUNCIL": a heading broken over lines, the place above the kind of council.
  const at = found ? lines.indexOf(found) : -1;
  const above = at > 0 ? lines[at - 1] : undefined;
  if (
    found &&
    above &&
    GENERIC_COUNCIL.test(found.text) &&
    above.text.length <= 60 &&
    above.text === above.text.toUpperCase() &&
    !BODY_WORD.test(above.text)
  )
    return { ...above, text: `${above.text} ${found.text}`, end: found.end };
  return found;
}

/**
 * "Parish Council Meeting Minutes" (the page's title) over "MEETING OF CHOLMONDELEY & CHORLEY PARISH COUNCIL HELD AT
 * ...": the heading just below names in full the council the title only calls by its kind.
 */
function fullerNameBelow(lines: readonly Line[], at: number, name: string): Sourced<string> | null {
  for (const line of lines.slice(at + 1, at + 4)) {
    const found = line.text.toLowerCase().indexOf(name.toLowerCase());
    if (found <= 0) continue;
    const before = withoutMinuteOfMeeting(
      line.text.slice(0, found).replace(/^(?:(?:[\p{L}-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?)/iu, ''),
    ).trim();
    const full = `${before} ${line.text.slice(found, found + name.length)}`;
    // The name's own words, capitalised, and then the heading's "held" or its end: not "Venue: Council Chamber".
    const after = line.text.slice(found + name.length);
    // "NEXT ORDINARY COUNCIL MEETING": words of a meeting's kind name no council.
    const named =
      /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:&|and|\p{Lu}[\p{L}'’.-]*)){0,4}$/u.test(before) &&
      !/\b(?:next|previous|last|ordinary|special|annual|regular|extra-?ordinary|monthly|full|joint)\b/i.test(before);
    if (named && /^(?:$|[,.]|\s+(?:held|meeting|minutes)\b)/i.test(after) && looksLikeTitle(full))
      return sourced(cleanBody(full), line, full);
  }
  return null;
}

/** "MINUTES OF ..." after a heading on one line (text that lost its line breaks): the minutes heading is the tail. */
/** Only after a heading in capitals ("CYNGOR CYMUNED GORSLAS COMMUNITY COUNCIL Minutes of the meeting of ..."). */
// "STOKE FERRY PARISH COUNCIL Draft Minutes of the Ordinary Meeting": the minutes' status may stand before them, or
// a note in brackets ("... COUNCIL (Draft until approved at the next Council meeting) Minutes of ...").
const MINUTES_MID_LINE =
  /^[^\p{Ll}]{6,}?\s(?=(?:\([^()]{1,80}\)\s+)?(?:[Tt]he\s+)?(?:(?:[Dd]raft|DRAFT|[Uu]nconfirmed|UNCONFIRMED|[Aa]pproved|APPROVED)\s+)?(?:[Mm]inutes|MINUTES)\s+(?:of|for|OF|FOR)\s)/u;

/**
 * "MINUTES OF THE PROCEEDINGS OF THE CITY COUNCIL" over "OF THE CITY OF BROOKLYN CENTER IN THE COUNTY": a heading in
 * capitals that wraps goes on with "of ..." on the next line, up to a place's county, state or province.
 */
function wrappedCapitals(text: string, named: string, next: Line | undefined): string | null {
  if (!next || text !== text.toUpperCase() || !text.trimEnd().endsWith(named)) return null;
  if (next.text !== next.text.toUpperCase() || !/^OF\s+\S/.test(next.text) || findDate(next.text)) return null;
  const more = next.text.replace(/\s+(?:IN|AND)\s+THE\s+(?:COUNTY|STATE|PROVINCE|DISTRICT|COMMONWEALTH)\b.*$/, '');
  return `${named} ${more}`;
}

/** "The special meeting of the X was held ...": the body a sentence among lines [from, to) says met. */
function bodyFromSentence(lines: readonly Line[], from: number, to: number): Sourced<string> | null {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const line = lines[i]!;
    const m = selfDescribed(line.text);
    if (!m || !BODY_WORD.test(m.body) || !looksLikeTitle(m.body)) continue;
    // "RESOLVEN COMMUNITY COUNCIL" over "The Monthly Meeting of the Council was held on ...": the heading names the
    // council the sentence only calls "the Council".
    const name = cleanBody(m.body);
    const heading = GENERIC_COUNCIL.test(name) ? headingEndingWith(lines, i, name) : undefined;
    return heading ? sourced(cleanBody(heading.text), heading, heading.text) : sourced(name, line, m.part);
  }
  return null;
}

/** "MUNICIPAL DISTRICT OF CASTLECOMER": in a minutes heading, a local authority's own name is a body too. */
const LOCAL_AUTHORITY = /\b(?:District|Municipality|Corporation|Borough)\b/i;

/**
 * A minutes heading as a line gives it: a page number before it goes ("1 MINUTES of the Regular Meeting ..."), and
 * a heading in capitals broken after "OF" or "THE" goes on to the next line ("... MEETING OF THE MUNICIPAL DISTRICT OF"
 * / "CASTLECOMER HELD IN COUNCIL CHAMBERS ...").
 */
function headingOn(text: string, next: Line | undefined): string {
  const own = text.replace(/^\d{1,3}\s+(?=minutes\s+(?:of|for)\b)/i, '');
  return /^minutes\s+(?:of|for)\b/i.test(own) &&
    own === own.toUpperCase() &&
    /\s(?:OF|THE|AND|FOR)$/.test(own) &&
    next &&
    next.text === next.text.toUpperCase()
    ? `${own} ${next.text}`
    : own;
}

/**
 * "Kildare County Council KILDARE COUNTY COUNCIL Minutes of meeting of Full Council held at ...": a title before the
 * minutes heading on a line that lost its breaks (the heading's own "Minutes" capitalised).
 */
function titleBeforeMinutes(text: string): RegExpExecArray | null {
  const m = /^(.{6,80}?)\s(?=(?:The\s+)?(?:Minutes|MINUTES)\s+(?:of|for|OF|FOR)\s)/.exec(text);
  return m && looksLikeTitle(m[1]!) && BODY_WORD.test(m[1]!) ? m : null;
}

/**
 * The texts that may hold the minutes' heading, in the order they are tried: each line as a heading ("Minutes of"
 * first), then the heading found inside a line that lost its breaks. Made as they are asked for: the first that names
 * a body ends the search, and the lines after it are never read.
 */
function* minutesCandidates(lines: readonly Line[]): Generator<{ line: Line; i: number; text: string }> {
  for (const [i, line] of lines.entries()) yield { line, i, text: headingOn(line.text, lines[i + 1]) };
  for (const [i, line] of lines.entries()) {
    const mid = MINUTES_MID_LINE.exec(line.text) ?? titleBeforeMinutes(line.text);
    if (mid && !MINUTES_OF.test(line.text)) yield { line, i, text: line.text.slice(mid[0].length) };
  }
}

function findBody(lines: readonly Line[], dateLine: number | null): Sourced<string> | null {
  return findNamedBody(lines) ?? titleOverDate(lines, dateLine);
}

/**
 * "Amenities, Leisure and Community Services" over "Tuesday 13th March 2018" over the place: a committee's name set as
 * the title just above the meeting's date, without a word such as "Committee".
 */
function titleOverDate(lines: readonly Line[], dateLine: number | null): Sourced<string> | null {
  const at = lines.findIndex((l) => l.index === dateLine);
  const title = at > 0 ? lines[at - 1]! : undefined;
  if (!title || !isDateLine(lines[at]!.text) || title.text.length > 80 || TITLE_LINE.test(title.text)) return null;
  if (LABEL.test(title.text) || /:/.test(title.text) || findDate(title.text) || !looksLikeTitle(title.text))
    return null;
  if (/^(?:source|https?|www\.|page\b)/i.test(title.text) || title.text.split(/\s+/).length < 2) return null;
  return sourced(cleanBody(title.text), title, title.text);
}

function findNamedBody(lines: readonly Line[]): Sourced<string> | null {
  // "The special meeting of the Millbrook Township Board of Trustees was called to order ...": prose minutes name the
  // body in their first sentence.
  const opening = bodyFromSentence(lines, 0, 12);
  if (opening) return opening;
  // "Llangernyw Community Council Meeting 7:30Pm 28Th November 2018", "CITY OF COLWOOD MINUTES OF REGULAR COUNCIL
  // MEETING": title lines that name the body without "Minutes of the meeting of".
  const title = bodyTitleLine(lines) ?? authorityBeforeMinutes(lines) ?? nameAfterMinutesTitle(lines);
  if (title) return sourced(cleanBody(title.name), title.line, title.name);
  // Headings that open with "Minutes of" first; then one found inside a line that lost its breaks.
  for (const { line, i, text } of minutesCandidates(lines)) {
    // Most lines are no "Minutes of ...": they are passed over before their heading words are read.
    const m = MINUTES_OF.exec(text);
    if (!m) continue;
    // "The minutes of the meeting of X held on ... were considered": a sentence about earlier minutes.
    if (
      MINUTES_SENTENCE.test(headingWords(text.slice(minutesStatus(text).length).replace(HELD_CLAUSE, ' held'))) ||
      /\b(previous|last)\s+meeting\b/i.test(text)
    )
      continue;
    // "Minutes of the Community Council virtual Meeting held ...": the body named before the word "meeting".
    const named =
      m?.[1] ||
      (m
        ? /^(?:the\s+)?(?:(?:draft|approved|unconfirmed|confirmed|signed)\s+)?minutes\s+(?:of|for|from)\s+(?:the\s+|a\s+|an\s+)?(.+?)\s+meeting\b/i.exec(
            text,
          )?.[1]
        : null);
    if (!m || !named || !(BODY_WORD.test(named) || LOCAL_AUTHORITY.test(named))) continue;
    const wrapped = wrappedCapitals(text, named, lines[i + 1]);
    if (wrapped) return sourced(cleanBody(wrapped), line, named);
    // "Minutes of the Committee of the Whole Meeting of the Corporation of the Municipality of Port Hope": what met is
    // the committee named before "Meeting", of that corporation.
    const kind = /^(?:the\s+)?(?:corporation|municipality)\s+of\b/i.test(named)
      ? /\bminutes\s+of\s+(?:the\s+|a\s+|an\s+)?(.+?)\s+meeting\s+of\s/i.exec(text)?.[1]
      : undefined;
    // "Regular Council Meeting of the Municipality of McCreary": a kind that names only "Council" leaves the body to
    // the municipality named after it.
    if (kind && BODY_WORD.test(kind) && !GENERIC_COUNCIL.test(cleanBody(kind)))
      return sourced(cleanBody(kind), line, kind);
    // "Council for The Corporation of the Township of North Frontenac": the council of that corporation.
    const name = cleanBody(named.replace(/\s+for\s+(?:the\s+)?corporation\s+of\b.*$/i, ''));
    // "COUNTY COUNCIL" set as a heading over "Minutes of a meeting of the County Council": the heading, as written.
    const exact = lines.slice(0, i).find((l) => l.text.toLowerCase() === name.toLowerCase());
    if (exact) return sourced(cleanBody(exact.text), exact, exact.text);
    const heading = GENERIC_COUNCIL.test(name) ? headingEndingWith(lines, i, name) : undefined;
    return heading ? sourced(cleanBody(heading.text), heading, heading.text) : sourced(name, line, named);
  }
  // A page without line breaks: its title in capitals after a file name glued to it.
  const inside = capitalsTitleInside(lines);
  if (inside) return sourced(cleanBody(inside.name), inside.line, inside.name);
  // "STOKE FERRY PARISH COUNCIL Draft Minutes of the Ordinary Meeting": when the minutes name only the kind of
  // meeting, the body is the title in capitals before them.
  for (const line of lines.slice(0, 12)) {
    const title = MINUTES_MID_LINE.exec(line.text)?.[0].trim();
    if (title && BODY_WORD.test(title) && !MINUTES_OF.test(line.text)) return sourced(cleanBody(title), line, title);
  }
  // Under a page's notes and title ("SUMMARIZED MINUTES" / "COUNCIL MEETING"), the sentence naming the meeting.
  const later = bodyFromSentence(lines, 12, 30);
  if (later) return later;
  for (const [i, line] of lines.entries()) {
    const label = LABEL.exec(line.text);
    if (label && /^(meeting|body)$/i.test(label[1]!) && BODY_WORD.test(label[2]!))
      return sourced(cleanBody(label[2]!), line, label[2]!);
    if (TITLE_LINE.test(line.text)) continue;
    if (
      line.text.length > 120 ||
      !BODY_WORD.test(line.text) ||
      /^(minutes|venue|place|location|where|address|date|time|contact|to:|from:|source:|https?:|www\.|clerk|chief|director|head of|officer|secretary|by\s)/i.test(
        line.text,
      )
    )
      continue;
    if (!looksLikeTitle(withoutTrailingDate(line.text).replace(/\s+[-–—]\s+.*\d{4}.*$/, ''))) continue;
    // "3rd June 2024, Council Chamber": a place named after the date, not a body.
    if (findDate(line.text)?.index === 0 && PLACE_END.test(cleanBody(line.text))) continue;
    // "The Parish Council met on Tuesday, 6th September in the Evangelical Hall": a sentence, however capitalised.
    if (/\b(?:met|convened|assembled|(?:was|were)\s+held)\b/.test(line.text)) continue;
    // "Nottingham City Council" over "Children and Young People Scrutiny Committee": the council alone names no body
    // when a body follows.
    const next = lines[i + 1];
    if (
      /^[\p{L}\s'’.-]{0,60}\bCouncil$/iu.test(line.text) &&
      line.text.split(/\s+/).length <= 5 &&
      next &&
      BODY_WORD.test(next.text) &&
      next.text.length <= 120 &&
      !LABEL.test(next.text) &&
      !/^minutes\b/i.test(next.text)
    )
      continue;
    // A council's name alone over "Agenda and minutes" is the web site's header; over the meeting's date it heads
    // the meeting of the council itself.
    if (
      /^[\p{L}\s'’.-]{0,60}\bCouncil$/iu.test(line.text) &&
      line.text.split(/\s+/).length <= 5 &&
      !lines.slice(i + 1, i + 3).some((l) => findDate(l.text))
    )
      continue;
    // "Also Present: ...", "(a) Planning Committee 4 October 2021": labels and list entries name no meeting.
    if (/^[\p{L} /]{2,40}:\s/u.test(line.text) || /^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s/i.test(line.text)) continue;
    const body = cleanBody(line.text);
    return (GENERIC_COUNCIL.test(body) ? fullerNameBelow(lines, i, body) : null) ?? sourced(body, line, line.text);
  }
  // "The Brooklyn Center City Council met in Regular Session ...": prose minutes name the body as the subject of
  // their opening sentence.
  for (const line of lines.slice(0, 12)) {
    const met = BODY_MET.exec(line.text);
    if (met && BODY_WORD.test(met[1]!) && looksLikeTitle(met[1]!)) return sourced(cleanBody(met[1]!), line, met[1]!);
  }
  return null;
}

/**
 * "The Brooklyn Center City Council met in Regular Session ...", "Manordeilo and Salem Community Council held their
 * meeting via Zoom at 7.30pm ...": the body as the subject of the opening sentence.
 */
const BODY_MET =
  /^(?:The\s+)?(\p{Lu}.{2,80}?)\s+(?:(?:met|convened|assembled)\s+(?:in|on|at|for)\b|held\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}meeting\b)/u;

/** A name ending in a room or a building names a place. */
const PLACE_END = /\b(?:chambers?|hall|room|centre|center|offices|building)$/i;

/** A line naming a place and nothing else: a building or a room, no sentence. */

/** "MINUTES OF X COMMUNITY COUNCIL MEETING 7:30PM 28TH NOVEMBER 2018": a heading's time set just before its date. */
function timeBeforeDate(text: string, dateAt: number): string | null {
  const m = /(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s*m\.?),?\s+(?:on\s+)?(?:\p{L}+day,?\s+)?(?:the\s+)?$/iu.exec(
    text.slice(0, dateAt),
  );
  return m ? m[1]! : null;
}

/** "7:00 p.m." alone on its line. */
function isTimeOnly(text: string): boolean {
  const t = findTime(text);
  return !!t && text.trim().length <= t.length + 12;
}

/** "SUMMARY ACTION", "ACTION MINUTES": a short capitals label under a heading's date, no sentence and no number. */
const SHORT_CAPITALS_LABEL = /^[A-Z][A-Z'’&-]*(?:\s+[A-Z][A-Z'’&-]*){0,3}$/;

/**
 * "TUESDAY, NOVEMBER 6, 2012" over "SUMMARY ACTION" over "9:00 a.m.": the time alone on its line, a short label between
 * it and the date.
 */
function timeBelowLabel(lines: readonly Line[], dateAt: number): Sourced<string> | null {
  const label = lines[dateAt + 1];
  const own = lines[dateAt + 2];
  if (!label || !own || !SHORT_CAPITALS_LABEL.test(label.text.trim()) || !isTimeOnly(own.text)) return null;
  const t = findTime(own.text)!;
  return { value: t.hhmm, span: spanIn(own, own.text.slice(t.index, t.index + t.length)) };
}

/** An online meeting's "via Zoom" or "remotely" is not a venue. */
const ONLINE = /^(?:via\s+)?(?:zoom|ms teams|microsoft teams|teams|skype|remote(?:ly)?|virtual(?:ly)?|online)\b/i;

/** Words of an online meeting's link or stream, set on a line of their own under the place. */
const STREAM_LINE =
  /\b(?:live\s*-?\s*stream(?:ed|ing)?|webcast|via\s+(?:zoom|(?:ms\s+|microsoft\s+)?teams)|youtube|facebook)\b/i;

/**
 * "Venue |" over "Large Exhibition Hall War" / "Memorial Centre" / "Livestreamed via Zoom ... |": a table's cell
 * flattened one line a row runs to its closing bar; a line about the stream is not the place.
 */
function cellBelow(lines: readonly Line[], labelAt: number): { line: Line; text: string } {
  const first = lines[labelAt + 1]!;
  if (!/\|\s*$/.test(lines[labelAt]!.text) || /\|\s*$/.test(first.text)) return { line: first, text: first.text };
  const parts: string[] = [];
  for (let j = labelAt + 1; j < Math.min(lines.length, labelAt + 5); j++) {
    const text = lines[j]!.text.replace(/\s*\|\s*$/, '');
    if (!STREAM_LINE.test(text) && !ONLINE.test(text)) parts.push(text);
    if (/\|\s*$/.test(lines[j]!.text)) break;
  }
  return { line: first, text: parts.join(' ') || first.text };
}

/**
 * The place beside a repetition of the meeting's date: a page's title and running heads ("Ordinary Council Meeting
 * Minutes  9 February 2021") may repeat it before the heading that says "HELD AT THE COUNCIL CHAMBERS, FAIRLIE" over
 * "ON TUESDAY, 9 FEBRUARY 2021", so each repetition is tried in turn.
 */
function venueByRepeat(lines: readonly Line[], again: readonly Line[]): Sourced<string> | null {
  for (const line of again.slice(0, 4)) {
    const venue = findVenue(lines, line.index);
    if (venue) return venue;
  }
  return null;
}

/** "To be held at Hoar Cross Hall Hotel and Spa", "Held in the Village Hall": a line that says only where. */
const HELD_AT_LINE =
  /^(?:(?:[Tt]o\s+be|[Ww]as)\s+)?(?:[Hh]eld|HELD)\s+(?:at|in|AT|IN)\s+((?:[Tt]he\s+|THE\s+)?\p{Lu}[^,;:]{2,80}?)\.?$/u;

function findVenue(lines: readonly Line[], dateLine: number | null): Sourced<string> | null {
  for (const [i, line] of lines.entries()) {
    const label = LABEL.exec(line.text);
    // "Place:" over the place on the next line.
    const below = lines[i + 1];
    if (
      label &&
      /^(venue|place|location|where)$/i.test(label[1]!) &&
      !label[2]!.trim() &&
      below &&
      !LABEL.test(below.text)
    ) {
      const cell = cellBelow(lines, i);
      return sourced(cleanVenue(cell.text), cell.line, cell.line.text === cell.text ? cell.text : cell.line.text);
    }
    // "MINUTES OF A Council Meeting OF THE X" / "HELD AT" / the place / "ON" / the date: one phrase a line.
    if (
      /^(?:held\s+)?(?:at|in)$/i.test(line.text) &&
      i < 15 &&
      below &&
      !findDate(below.text) &&
      !LABEL.test(below.text)
    )
      return sourced(cleanVenue(below.text), below, below.text);
    // "14th May 2024 Venue, Church House": a venue label after the date on one line.
    const afterDate = /\bvenue\s*[,:]\s*(\S.*)$/i.exec(line.text);
    if (!label && afterDate && findDate(line.text)) return sourced(cleanVenue(afterDate[1]!), line, afterDate[1]!);
    if (label && /^(venue|place|location|where)$/i.test(label[1]!) && label[2]!.trim()) {
      let venue = label[2]!.trim();
      const next = lines[i + 1];
      // An address broken before its postcode or town.
      if (/,$/.test(venue) && next && next.text.length <= 40 && !LABEL.test(next.text)) venue = `${venue} ${next.text}`;
      // "Venue: via MS Teams" names no place; a label's own words ("Remote - To be held ...") are kept as written.
      return /^via\s/i.test(venue) && ONLINE.test(venue) ? null : sourced(cleanVenue(venue), line, label[2]!.trim());
    }
    // "Date: ... Time: ... Venue: ..." on one line: a venue label after another label.
    const inline = label
      ? /\s(?:venue|place|location)\s*:\s*(\S.*?)(?=\s+(?:date|time|contact|clerk)\s*:|$)/i.exec(label[2]!)
      : null;
    if (inline) return sourced(cleanVenue(inline[1]!), line, inline[1]!);
    // "Parish Council Meeting" / "To be held at Hoar Cross Hall": a line under the heading that is only the place.
    const placeOnly = i < 6 ? HELD_AT_LINE.exec(line.text) : null;
    if (placeOnly && !ONLINE.test(placeOnly[1]!) && !/^(?:the|a|an)$/i.test(placeOnly[1]!.trim()))
      return sourced(cleanVenue(placeOnly[1]!), line, placeOnly[1]!);
    // Without a label, a venue is only read next to the meeting's date: elsewhere "at" and "in" mean anything.
    if (dateLine === null || Math.abs(line.index - dateLine) > 3) continue;
    // "held in the Council Chamber," / "Sessions House, County Hall, Maidstone on Thursday, 9 January 2025.": a
    // venue that the page wrapped goes on to the next line, up to the date or the sentence's end.
    const next = lines[i + 1];
    const joined =
      next &&
      next.text.length <= 80 &&
      !LABEL.test(next.text) &&
      !/:$/.test(next.text) &&
      !/^[\p{L} /]{2,40}:/u.test(next.text) &&
      !/[.;]$/.test(line.text) &&
      /^\p{Lu}/u.test(next.text) &&
      // "... at Marchwiel Village Hall" over "Cllr John Hurst Chair": the list of those present, not the place.
      !/^(?:Cllrs?|Councill?ors?|Cr|Mr|Mrs|Ms|Miss|Dr|Mayor|Present|Apologies)\b/.test(next.text) &&
      // "... at Menmuir Hall" over "Careston - Mr J. Adamson": a member listed under the place they stand for.
      !/\s[-–]\s+(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr)\b/.test(next.text)
        ? `${line.text} ${next.text}`
        : line.text;
    // The place as written, its "the" kept ("held at the Reading Room", "HELD AT THE CHURCH").
    const heldAt =
      /\bheld,? (?:at|in)\s+(.+?)(?:\s+on\s+(?:\w+day,?\s+)?\d|\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m|p\.m)|,?\s+commencing|(?<!\b\p{Lu})\.\s|\.?$)/iu.exec(
        joined,
      );
    // "The Parish Council met on Tuesday, 6th September in the Evangelical Hall, at 7.30pm": the place after the day.
    const metIn =
      heldAt ??
      /\b(?:met|(?:was|were)\s+held)\s+on\s+[^.;]{3,40}?\s+in\s+((?:the\s+)?\p{Lu}.+?)(?:,?\s+(?:at|from|commencing)\s+\d|,?\s+on\s|\.\s|\.?$)/u.exec(
        joined,
      );
    const own = (m: RegExpExecArray | null): boolean => !!m && m.index < line.text.length;
    if (own(metIn) && metIn![1]!.length > 3 && !/^\d/.test(metIn![1]!) && !ONLINE.test(metIn![1]!))
      return sourced(cleanVenue(metIn![1]!), line, metIn![1]!);
    const after =
      /\b(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}),?\s+(?:at|in)\s+((?:the\s+)?[A-Z\d].+?)\.?$/i.exec(
        joined,
      );
    if (own(after) && !ONLINE.test(after![1]!)) return sourced(cleanVenue(after![1]!), line, after![1]!);
    // "held on Wednesday 5th December 2018 at the Reading Room, Hendy": the place after the date.
    // "... held their meeting at 7.30pm on the 14th October 2015 at the Reading Room," over "Cwmifor.": the opening
    // sentence under the heading dates the meeting again, and names the place after the date.
    const date =
      line.index === dateLine || (/\b(?:held|met|convened)\b/i.test(line.text) && !/\bminutes\b/i.test(line.text))
        ? findDate(line.text)
        : null;
    const afterDateAt = date
      ? /^,?\s+(?:at|in)\s+(?!\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m|p\.m|$))((?:the\s+)?\p{Lu}.+?)\.?$/iu.exec(
          afterWordTime(joined.slice(date.index + date.length)),
        )
      : null;
    if (afterDateAt && !ONLINE.test(afterDateAt[1]!))
      return sourced(cleanVenue(afterDateAt[1]!), line, afterDateAt[1]!);
    // "2nd July 2007, Council Chamber", "18th May 2017, The Old School, Kings Caple": the place after the date and a
    // comma, the line's last words.
    const placeAfter =
      date && line.index === dateLine
        ? /^,\s*(\p{Lu}[^.;:,]{2,60}?(?:,\s*\p{Lu}[^.;:,]{2,30})?)\.?$/u.exec(line.text.slice(date.index + date.length))
        : null;
    if (placeAfter && PLACE_WORD.test(placeAfter[1]!) && !findTime(placeAfter[1]!))
      return sourced(cleanVenue(placeAfter[1]!), line, placeAfter[1]!);
    // "Held: Wednesday 9 April 2025, 6.30pm, Council Chamber": the place after the time, on the date's own line.
    const listed =
      line.index === dateLine
        ? /\b(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}),\s+([A-Z][^.;]{3,})$/.exec(line.text)
        : null;
    if (listed) return sourced(cleanVenue(listed[1]!), line, listed[1]!);
    // "... Tuesday 2nd October 2018, 7.30pm Northwold Village Hall": a heading's last words after its time, without a
    // comma, when they end in a building's word.
    const trailing =
      line.index === dateLine
        ? /\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(\p{Lu}[\p{L}'’ -]{2,50}?)\.?$/u.exec(line.text)
        : null;
    if (
      trailing &&
      /\b(?:hall|chambers?|room|centre|center|pavilion|institute|house|church|school)$/i.test(trailing[1]!)
    )
      return sourced(cleanVenue(trailing[1]!), line, trailing[1]!);
    // "NOVEMBER 13, 2018" over "CITY HALL – COUNCIL CHAMBERS": a place set on its own line under the date.
    const timeBetween = lines[i - 1]?.index === dateLine + 1 && isTimeOnly(lines[i - 1]!.text);
    if (
      (line.index === dateLine + 1 || (line.index === dateLine + 2 && timeBetween)) &&
      PLACE_LINE.test(line.text) &&
      !findDate(line.text) &&
      line.text.length <= 70
    ) {
      // "ALAMEDA CITY HALL" / "2263 SANTA CLARA AVENUE, ALAMEDA" / "CONFERENCE ROOM 391": the place goes on a phrase a
      // line.
      const wrapped: Line[] = [];
      for (const l of lines.slice(i + 1, i + 4)) {
        if (!isVenueLine(l.text)) break;
        wrapped.push(l);
      }
      const text = [line, ...wrapped].map((l) => l.text.trim()).join(', ');
      return sourced(cleanVenue(text), line, line.text);
    }
    if (
      /^(?:at|in)\s+(?:the\s+)?[A-Z]/i.test(line.text) &&
      // "In Attendance: Carole Oliphant (Clerk)" is a label, not a place.
      !/^[^:]{2,30}:/.test(line.text) &&
      /^(?:at|in)\s+(?:the\s+)?[A-Z]/.test(
        line.text.replace(/^(at|in)\b/i, (w) => w.toLowerCase()).replace(/^(at|in) the\b/i, '$1 the'),
      ) &&
      !findDate(line.text) &&
      line.text.length < 120
    ) {
      const v = line.text.replace(/^(?:at|in)\s+(?:the\s+)?/i, '');
      return sourced(cleanVenue(v), line, v);
    }
  }
  return null;
}

function findContact(lines: readonly Line[]): Sourced<string> | null {
  for (const line of lines) {
    const label = LABEL.exec(line.text);
    if (label && /^(contact|governance|democratic|committee|clerk)/i.test(label[1]!)) {
      const value = cleanContact(label[2]!);
      if (value) return sourced(value, line, value);
    }
  }
  return null;
}

/** Words that put a date on another occasion than this meeting. */
// "following the triennial general election held ... on 3 November": "following" before an article is a preposition
// dating this meeting after an event; "the following meeting" is another occasion.
/** "Glenbrae Village Institute at 19.30": a short place name, then "at" and what should be the time. */
const PLACE_THEN_TIME = /^\p{Lu}[^,.;:]{2,60}?\s(?:at|from)\s+(\d.{0,40})$/u;

const OTHER_OCCASION =
  /\b(?:previous(?:ly)?|earlier|last|next|future|following(?!\s+(?:the|an?)\s)|prior|adjourned|deferred|(?:moved|rescheduled|postponed|changed)\s+from)\b/i;

/** "Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm": a meeting moved from one date is held
 * on the next date of the line. */
function movedTo(text: string, from: FoundDate): FoundDate | null {
  if (!/\b(?:moved|rescheduled|postponed|changed)\s+from\s*$/i.test(sentenceBefore(text, from.index))) return null;
  const offset = from.index + from.length;
  const next = findDate(text.slice(offset));
  return next ? { ...next, index: next.index + offset } : null;
}

/** The words of a date's own sentence before it. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
  return withoutUndatedAsides(before.slice(stop + 1));
}

/**
 * "Draft (until approved at the next meeting) Minutes of the Ordinary Meeting held on ...": an aside in brackets with
 * no date in it speaks of another meeting or of approval, not of the date the line gives.
 */
function withoutUndatedAsides(text: string): string {
  return text.replace(/\((?![^()]*\d)[^()]*\)/g, ' ');
}

/**
 * "Minutes of an Extraordinary meeting of the Parish Council" over "On Tuesday 23rd April 2019", "Minutes of the
 * Parish Council Meeting held on" over "Monday 6th December 2021 at 7.15 p.m. ...": a heading wrapped before its date
 * is dated by the line below it, not by a page title above it.
 */
function wrappedHeadingDate(lines: readonly Line[]): Line | undefined {
  for (const [n, line] of lines.slice(0, 20).entries()) {
    if (!isMinutesHeading(line) || findDate(line.text)) continue;
    const below = lines[n + 1];
    const at = below ? findDate(below.text)?.index : undefined;
    if (
      below &&
      at !== undefined &&
      at <= 12 &&
      /^(?:(?:held\s+)?on\s+)?[\p{L}\d,\s]*$/iu.test(below.text.slice(0, at))
    )
      return below;
  }
  return undefined;
}

/**
 * A pack that opens with a covering letter ("Date: 7 April 2015", "Dear Councillor", "... for consideration at the next
 * meeting on 8th April") dates the letter and the next meeting first; the minutes' own header is the date set just
 * above their list of those present ("PLANNING COMMITTEE" / "Wednesday, 25 March 2015" / "Present: ...").
 */
function afterCoveringLetter(lines: readonly Line[]): Line | undefined {
  const letter = lines.findIndex((l) => /^Dear\s+\p{Lu}/u.test(l.text));
  if (letter < 0) return undefined;
  const present = lines.findIndex((l, n) => n > letter && /^(?:members\s+)?present\b/i.test(l.text));
  if (present < 0) return undefined;
  return lines
    .slice(Math.max(letter + 1, present - 2), present)
    .reverse()
    .find((l) => isDateLine(l.text));
}

/**
 * "MINUTES OF THE MEETING OF THE MUNICIPAL DISTRICT OF" / "CASTLECOMER HELD IN COUNCIL CHAMBERS, COUNTY HALL ON FRIDAY"
 * / "13TH OF JUNE AT 2.00PM": the time at the end of a minutes heading wrapped over lines.
 */
function headingTime(lines: readonly Line[]): Sourced<string> | null {
  const at = lines.slice(0, 20).findIndex((l) => isMinutesHeading(l));
  if (at < 0) return null;
  for (const line of lines.slice(at, at + 3)) {
    if (line !== lines[at] && (LABEL.test(line.text) || /^[\p{L} /]{2,40}:/u.test(line.text))) break;
    const m = /\b(?:at|commencing(?:\s+at)?)\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))/i.exec(line.text);
    const t = m ? findTime(m[1]!) : null;
    if (t) return { value: t.hhmm, span: spanIn(line, m![1]!) };
    if (/[.;]$/.test(line.text)) break;
  }
  return null;
}

/**
 * "11-0118_CC_Minutes_Regular MeetingMINUTES January 18, 2011 SAN JUAN CAPISTRANO CITY COUNCIL ... the minutes of the
 * meeting held on ... were approved ...": a line of several hundred characters is a page without line breaks; its
 * first date, when it comes early, is read with the words before it only.
 */
function runOnHead(text: string): string {
  if (text.length < 300) return text;
  const date = findDate(text.slice(0, 200));
  return date ? text.slice(0, date.index + date.length) : text;
}

/**
 * "The following document is the minutes of the Council meeting held on 28 November 2013.  These minutes are subject
 * to confirmation at the next meeting to be held on 11 December 2013": of a line of several sentences, the one holding
 * its first date says what that date is; the sentences after it are about other dates.
 */
function firstDateSentence(text: string): string {
  const date = findDate(text);
  if (!date) return text;
  const before = text.slice(0, date.index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1;
  const after = text.slice(date.index + date.length).search(/\.\s+\p{Lu}/u);
  return text.slice(start, after < 0 ? text.length : date.index + date.length + after + 1);
}

/** A page saying what it is: "The following document is the minutes of the Council meeting held on ...". */
const DOCUMENT_IS_MINUTES =
  /\b(?:this|the\s+following)\s+(?:document|page|record)\s+(?:is|are|contains)\s+(?:the\s+)?minutes\s+of\b/i;

/** "No. Item", "Note No. Item": the head of a committee system's list of items. */
const ITEMS_TABLE_HEAD = /^(?:note\s+)?no\.?\s+item$/i;

/**
 * Where a committee system's page starts its list of items: "Minutes of Meeting of X held on Monday 13th January 2020"
 * below it is an item confirming another meeting's minutes, not this meeting's heading.
 */
function itemsTableHead(lines: readonly Line[]): number {
  return lines.find((l) => ITEMS_TABLE_HEAD.test(l.text.trim()))?.index ?? Infinity;
}

/** Reads the header of one meeting: what body met, when, where, and who to contact. */
export function readHeader(all: readonly Line[]): MeetingHeader {
  const matter = readFrontMatter(all);
  const header = readHeaderLines(matter.lines);
  if (header.date || !matter.date) return header;
  // A post's own date stands in for the meeting's only when nothing in the minutes dates it.
  const posted = findDate(matter.date.text);
  return posted ? { ...header, date: { value: posted.iso, span: spanIn(matter.date, matter.date.text) } } : header;
}

function readHeaderLines(lines: readonly Line[]): MeetingHeader {
  let date: Sourced<string> | null = null;
  let dateLine: number | null = null;
  let time: Sourced<string> | null = null;
  // The minutes' own heading ("Minutes of the meeting ... held on ...") dates the meeting, before any post or letter
  // date above it; otherwise the meeting's date comes first in its header.
  const itemsAt = itemsTableHead(lines);
  const headings = lines.filter(
    (l) =>
      l.index < itemsAt &&
      (isMinutesHeading(l) ||
        (/^minutes\s+(?:of|for)\b.*\bheld\b/i.test(minutesPhrase(l.text)) &&
          !MINUTES_SENTENCE.test(minutesPhrase(l.text)) &&
          !inMotion(l.text))) &&
      // "to receive the minutes of the following meetings held between ...": other meetings' minutes.
      !/\b(?:between|since|receive|following)\b/i.test(headingWords(l.text)) &&
      findDate(l.text),
  );
  // Of several, the heading whose date follows "held on" is the meeting's ("HELD ON WEDNESDAY 20th SEPTEMBER 2017").
  const headingLine =
    headings.find((l) => /\bheld\s+on\s+(?:[a-z]+day,?\s*)?(?:the\s+)?\d/i.test(l.text)) ??
    headings[0] ??
    wrappedHeadingDate(lines) ??
    afterCoveringLetter(lines);
  const ordered = headingLine ? [headingLine, ...lines.filter((l) => l !== headingLine)] : lines;
  for (const line of ordered) {
    // Dates of other meetings: minutes to approve, meetings held between two dates, list entries.
    // A page that lost its line breaks is judged up to its first date: later sentences are about other things.
    const judged = withoutUndatedAsides(firstDateSentence(runOnHead(line.text)));
    if (/\b(previous|last|next|future)\s+meeting\b/i.test(judged)) continue;
    if (
      line !== headingLine &&
      !selfDescribed(judged) &&
      !DOCUMENT_IS_MINUTES.test(judged) &&
      /\b(minutes|meetings?)\b.*\bheld\b/i.test(judged) &&
      (MINUTES_SENTENCE.test(judged) || /\b(approve|confirm|sign|between|previous|receive)\b/i.test(judged))
    )
      continue;
    if (line !== headingLine && /^\(?(?:[a-z]|[ivx]{1,4})[.)]\s/i.test(line.text)) continue;
    // "Archive 2004-03-09 ... A Meeting of the X was held on Tuesday, March 9, 2004, at 7:30 p.m.": the date of the
    // sentence describing the meeting, not a file's date before it on the same line.
    const from = describedFrom(line.text);
    const inSentence = from > 0 ? findDate(line.text.slice(from)) : null;
    const found: ReturnType<typeof findDate> = date
      ? null
      : inSentence
        ? { ...inSentence, index: inSentence.index + from }
        : findDate(line.text);
    // "... when the matter was previously discussed at the meeting on 4th November, 2008": another meeting's date.
    const d: ReturnType<typeof findDate> =
      found &&
      line !== headingLine &&
      !DOCUMENT_IS_MINUTES.test(judged) &&
      OTHER_OCCASION.test(sentenceBefore(line.text, found.index))
        ? movedTo(line.text, found)
        : found;
    if (d) {
      date = { value: d.iso, span: spanIn(line, line.text.slice(d.index, d.index + d.length)) };
      dateLine = line.index;
      const rest = line.text.slice(d.index + d.length);
      // "held at 7.00pm on Monday 4 February 2008": in the minutes' heading the time may come before the date.
      // "HELD 4:30 P.M., MONDAY, JANUARY 31, 2005": or straight after "held".
      const before =
        line === headingLine || /^held\s/i.test(line.text)
          ? /\bheld\s+(?:at\s+(.{0,40})|(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s*m\b.{0,30}))$/i.exec(
              line.text.slice(0, d.index),
            )
          : null;
      const heldAt = before
        ? (before[1] ?? before[2]!)
        : line === headingLine
          ? timeBeforeDate(line.text, d.index)
          : null;
      const early = heldAt ? findTime(heldAt) : null;
      const t = early ?? findTime(rest.slice(0, 120));
      const from = early ? heldAt! : rest;
      if (t && !time) time = { value: t.hhmm, span: spanIn(line, from.slice(t.index, t.index + t.length)) };
      // "held on Wednesday 3rd March 2021" over "at 7.30pm via Zoom": a heading wrapped before its time.
      const below = lines[lines.indexOf(line) + 1];
      // "On Tuesday 23rd April 2019" over "At Upton Bishop Millennium Hall at 19:30": the place, then the time.
      // "Minutes of Meeting held on Wednesday 14th February 2024" over "Glenbrae Village Institute at 19.30": the
      // place, then "at" and the time.
      const placeThenTime = !t && below ? PLACE_THEN_TIME.exec(below.text) : null;
      const wrapped =
        !t && below
          ? (/^(?:at|commencing(?:\s+at)?|starting\s+at|from)\s+(.{0,80})/i.exec(below.text) ??
            (timeAfterBrokenAt(rest, below.text) !== null ? /^(.{0,80})/.exec(below.text) : null) ??
            (isTimeOnly(below.text) ? /^(.*)$/.exec(below.text) : null) ??
            placeThenTime)
          : null;
      const timed = wrapped ? findTime(wrapped[1]!) : null;
      const late = timed && (wrapped !== placeThenTime || timed.index === 0) ? timed : null;
      if (late && !time) {
        const part = wrapped![1]!.slice(late.index, late.index + late.length);
        time = { value: late.hhmm, span: spanIn(below!, part) };
      }
      if (!t && !late && !time) time = timeBelowLabel(lines, lines.indexOf(line));
    }
    const label = LABEL.exec(line.text);
    if (!time && label && /^(time|start(\s+time)?)$/i.test(label[1]!)) {
      // "Time: |" over "10.00am-11.59am |": a table's value on the line below its label.
      const below = lines[lines.indexOf(line) + 1];
      const own = label[2]!.trim() ? line : below && !LABEL.test(below.text) ? below : line;
      const value = own === line ? label[2]! : own.text;
      const t = findTime(value);
      if (t) time = { value: t.hhmm, span: spanIn(own, value.slice(t.index, t.index + t.length)) };
    }
    if (date && time) break;
  }
  // A page title's date repeated by the minutes' opening, with the time and place beside it.
  const again = date && dateLine !== null ? repeatedDateLines(lines, dateLine, date.value) : [];
  if (!time) time = timeBesideRepeatedDate(lines, again);
  if (!time) time = headingTime(lines) ?? findOpeningTime(lines);
  return {
    body: findBody(lines, dateLine),
    date,
    time,
    // Without the meeting's date, the place is read next to the minutes' own heading.
    venue:
      findVenue(lines, dateLine ?? lines.find((l) => isMinutesHeading(l))?.index ?? null) ??
      venueByRepeat(lines, again) ??
      venueBeforeDate(lines, dateLine),
    contact: findContact(lines),
    saysMinutes: lines.some(
      (l) =>
        /^(the\s+)?minutes\s+of\b/i.test(l.text) || /^minutes$/i.test(l.text) || /^agenda and minutes$/i.test(l.text),
    ),
  };
}

/**
 * The meeting's opening time told in a sentence: "commencing at 10.30 am", "called to order by Mayor X at 6:45 p.m.",
 * "met in session on this date at 9:30 a.m.", "held their meeting remotely via Zoom at 7.30pm", "The Meeting was
 * declared open at 7.30pm". A sentence may wrap onto the next line, so each line is read together with the one after
 * it; the time's own line gives the span. Sentences about other meetings (next, previous, adjourned to) are passed
 * over.
 */
const OPENING_AT =
  /\b(?:commenc(?:ed|ing)|started|began|opened|starting|declared\s+(?:the\s+(?:[\w-]+\s+){0,3})?open|called\s+(?:the\s+(?:[\w-]+\s+){0,4}|the\s+[^.;]{0,120}?\s+)?to\s+order|met|convened|held\s+(?:their|its|the|a)\s+(?:\w+\s+){0,2}meeting|(?:was|were)\s+(?:held|holden))\b(?:[^.;]|\.(?=\s*[a-z\d])|\.\s*(?=\p{Lu}\.)){0,80}?\bat\s+(?:approximately\s+|about\s+)?(.*)$/iu;

/** The "at" every opening sentence holds (same flags): text without one is not tried against the whole sentence. */
const AT_WORD = /\bat\s/iu;

/** The opening sentence in a line and the next, joined; null when they hold none. */
function openingAt(joined: string): RegExpExecArray | null {
  return AT_WORD.test(joined) ? OPENING_AT.exec(joined) : null;
}

/** "At 6:06 p.m., the meeting was called to order by the Chair": the time first, then the opening. */
const TIME_FIRST =
  /^at\s+(\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[:.]\d{2}),?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:meeting|session)\s+was\s+(?:called\s+to\s+order|opened|convened|commenced)\b/i;

/** "1. CONVENE: 7:02 PM", "Call to Order: 6.30pm": the opening's label with the time beside it. */
const OPENING_LABEL =
  /^(?:\d{1,2}[.)]?\s+)?(?:convene|call(?:ed)?\s+to\s+order|meeting\s+opened)\s*[:–-]\s*(?:at\s+)?(.{0,20})$/i;

export function findOpeningTime(lines: readonly Line[]): Sourced<string> | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const labelled = OPENING_LABEL.exec(line.text);
    const beside = labelled ? findTime(labelled[1]!) : null;
    if (beside) {
      const part = labelled![1]!.slice(beside.index, beside.index + beside.length);
      return { value: beside.hhmm, span: spanIn(line, part) };
    }
    const next = lines[i + 1];
    const joined = next ? `${line.text} ${next.text}` : line.text;
    const first = line.text.length < 200 ? TIME_FIRST.exec(joined) : null;
    const early = first ? findTime(first[1]!) : null;
    if (early)
      return { value: early.hhmm, span: spanIn(line, first![1]!.slice(early.index, early.index + early.length)) };
    const opening = openingAt(joined);
    if (!opening || opening.index >= line.text.length) continue;
    if (
      /\b(next|previous|last|future|adjourned\s+to|reconvene)\b/i.test(
        joined.slice(0, opening.index + opening[0].length - opening[1]!.length),
      )
    )
      continue;
    const t = findTime(opening[1]!.slice(0, 40));
    if (!t) continue;
    const at = joined.length - opening[1]!.length + t.index;
    const own = at < line.text.length ? line : next!;
    const part = joined.slice(at, at + t.length);
    return { value: t.hhmm, span: spanIn(own, part) };
  }
  return null;
}

/** "... to order at approximately 6:42 p.m. in Room 360, City Hall, 2263 Santa Clara Ave": a place after the time. */
const PLACE_AFTER_TIME = /^\s*(?:in|at)\s+(?:the\s+)?(\p{Lu}[^;]*?)(?:\.\s|[.;]?$)/u;
const PLACE_WORD =
  /\b(?:hall|chambers?|room|centre|center|library|building|offices?|pavilion|institute|house|church|school)\b/i;

/** The meeting's place told in its opening sentence, after the opening time; null when the sentence names none. */
export function findOpeningVenue(lines: readonly Line[]): Sourced<string> | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const joined = lines[i + 1] ? `${line.text} ${lines[i + 1]!.text}` : line.text;
    const opening = openingAt(joined);
    if (!opening || opening.index >= line.text.length) continue;
    const t = findTime(opening[1]!.slice(0, 40));
    if (!t) continue;
    const place = PLACE_AFTER_TIME.exec(opening[1]!.slice(t.index + t.length));
    if (!place || !PLACE_WORD.test(place[1]!) || place[1]!.length > 120) return null;
    return sourced(cleanVenue(place[1]!), line, place[1]!);
  }
  return null;
}

/**
 * "A REGULAR MEETING OF THE COUNCIL OF THE CITY OF PORTLAND, OREGON WAS HELD THIS 12TH DAY OF JANUARY, 2011", "Regular
 * Meeting of the Board of Trustees of the Village of X was held on ...": prose minutes open by naming the meeting they
 * record; group 1 is the body.
 */
const SELF_DESCRIBING =
  /^(?:(?:the|an?)\s+(?:[\w-]+\s+){0,2}|(?:regular|special|annual|adjourned|organi[sz]ational|monthly|ordinary|extraordinary|emergency)\s+)meeting\s+of\s+(?:the\s+)?(.+?)\s+(?:was|were|is|held|convened|occurred|took\s+place)\b/i;

/**
 * "HomeMy WebLinkAbout1996-07-02 Minutes281 MINUTES OF A MEETING OF THE CITY COUNCIL A Meeting of the Fayetteville City
 * Council was held on ...": a page that lost its line breaks opens the same sentence inside a line. Written in
 * sentence case ("A Meeting of", "The special meeting of"), so that a heading in capitals before it is not taken in.
 */
const SELF_DESCRIBING_INSIDE =
  /(?:^|[\s.;:])(?:The|An?)\s+(?:[\w-]+\s+){0,2}[Mm]eeting\s+of\s+(?:the\s+)?(\p{Lu}.{2,80}?)\s+(?:was|were)\s+(?:held|convened)\b/u;

/** Where a sentence describing this meeting starts inside a line, or -1. */
function describedFrom(text: string): number {
  const m = SELF_DESCRIBING_INSIDE.exec(text);
  return m ? m.index : -1;
}

/** A sentence saying that this meeting met: "The Monthly Meeting of the Council was held on ...". */
export function describesMeeting(text: string): boolean {
  return selfDescribed(text) !== null;
}

/** The body a sentence describing this meeting names, at the start of the line or inside it. */
function selfDescribed(text: string): { body: string; part: string } | null {
  const m = SELF_DESCRIBING.exec(text) ?? SELF_DESCRIBING_INSIDE.exec(text);
  return m ? { body: m[1]!, part: m[1]! } : null;
}

/**
 * "Confirmed Minutes of the ordinary meeting of ...", "APPROVED MINUTES OF ...", "Draft minutes of ...": the minutes'
 * status before them is no sentence's verb. "Approved minutes of October 9, 2014, regular ... meeting." records the
 * approval in a sentence: a participle before "minutes" in lower case is the verb, not a status.
 */
const MINUTES_STATUS =
  /^(?:(?:draft|unconfirmed)\s+(?=minutes\s+(?:of|for)\b)|(?:approved|confirmed|signed)\s+(?=(?<capital>M)inutes\s+(?:of|for)\b))/i;

/** The status before "minutes" when it is one (see MINUTES_STATUS), else nothing. */
function minutesStatus(text: string): string {
  const m = MINUTES_STATUS.exec(text);
  return m && (!m.groups?.capital || m.groups.capital === 'M') ? m[0] : '';
}

/** "... MEETING OF X WHICH WAS HELD ON ...": a clause naming when the meeting sat, not a sentence about the minutes. */
const HELD_CLAUSE = /\s(?:which|that)\s+(?:was|were)\s+held\b/i;

/** Sentences about minutes ("The minutes of the meeting held on ... were confirmed") are not headings. */
const MINUTES_SENTENCE =
  /\b(were|was|be|been|is|are|confirmed|approved|agreed|signed|accepted|noted|received|considered|presented|submitted|subject to|circulated|attached)\b/i;

/**
 * A heading's own words come first; a line that ran on past it (text without line breaks) is judged by them: up to the
 * first full stop, and where a date is written, up to the date, its time and four words more. "Minutes of ... held on
 * 6 April 2021 at 4:30 p.m. in the Chambers ... were present" is a heading; "Minutes of the meeting held on 1 March
 * 2021 were confirmed" and "... held March 1st, 2021 as circulated" are sentences.
 */
function headingWords(text: string): string {
  const end = text.search(/(?<!\b\p{Lu})\.\s+\p{Lu}/u);
  const head = end > 0 ? text.slice(0, end) : text;
  const date = findDate(head);
  if (!date) return head;
  const after = furtherDates(head.slice(date.index + date.length)).replace(
    /^[\s,]*(?:(?:at|from|commencing(?:\s+at)?)\s+)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)?/i,
    '',
  );
  return `${head.slice(0, date.index + date.length)} ${after.trim().split(/\s+/).slice(0, 4).join(' ')}`;
}

/**
 * "Minutes from the Full Council meeting held on the 20th April 2021, 4th May 2021 and the 22nd June 2021 were
 * received": the further dates of a list are passed over, so the words after the list ("were received") are the ones
 * that tell a sentence about earlier minutes from a heading.
 */
function furtherDates(text: string): string {
  let rest = text;
  for (let k = 0; k < 12; k++) {
    const joiner = /^\s*(?:,|&|\band\b)\s*(?:(?:and|&)\s+)?(?:the\s+)?/i.exec(rest);
    const date = joiner ? findDate(rest.slice(joiner[0].length)) : null;
    if (!joiner || !date || date.index !== 0) return rest;
    rest = rest.slice(joiner[0].length + date.length);
  }
  return rest;
}

/**
 * "Proposed by Cllr. J. Carroll, seconded by ... and resolved Minutes of “That the minutes of the Council Meeting held
 * on ...": minutes named inside a motion are another meeting's.
 */
function inMotion(text: string): boolean {
  const at = text.search(/\bminutes\s+(?:of|for)\b/i);
  return (
    at > 0 &&
    /\b(?:resolved|proposed|seconded|moved|agreed?|adopt(?:ed)?|confirm(?:ed)?|approved?)\b/i.test(text.slice(0, at))
  );
}

/** "Full Council 20 September 2017 Page 1 88/17 MINUTES OF A MEETING ... HELD ON ...": a heading inside a line. */
function minutesPhrase(text: string): string {
  const at = text.search(/\bminutes\s+(?:of|for)\b/i);
  return at < 0 ? '' : headingWords(text.slice(at));
}

/**
 * "1 Minutes of the Committee of the Whole Meeting ... held on Tuesday at 7:03 p.m., in the Council Chambers": a page's
 * number before a heading that gives the meeting's own time (an agenda's "1 Minutes of the last meeting" gives none).
 */
const PAGE_ONE_HEADING = /^1\s+(?=Minutes\s+of\s.{0,200}?\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b)/;

const minutesHeadings = new TextMemo<boolean>();

export function isMinutesHeading(line: Line): boolean {
  return minutesHeadings.get(line.text, minutesHeadingText);
}

function minutesHeadingText(lineText: string): boolean {
  // "1 MINUTES of the Regular Meeting ...": a page's number before the heading (in capitals: "3 Minutes of the meeting
  // held on 6 March" is an agenda's item confirming the last minutes).
  const text = lineText.replace(/^\d{1,3}\s+(?=MINUTES\s+(?:of|for|OF|FOR)\b)/, '').replace(PAGE_ONE_HEADING, '');
  // Most lines are no "Minutes of ..." at all: their heading words (a date looked for) are not read.
  return (
    MINUTES_OF.test(text) &&
    !MINUTES_SENTENCE.test(headingWords(text.slice(minutesStatus(text).length).replace(HELD_CLAUSE, ' held'))) &&
    !/\b(previous|last)\s+meeting\b/i.test(text) &&
    !/^minutes\s+of\s+the\s+(previous|last)\b/i.test(text) &&
    (findDate(text) !== null || /\bof\s+(?:the\s+)?\S/i.test(text))
  );
}
