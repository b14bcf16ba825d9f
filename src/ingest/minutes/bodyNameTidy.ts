import { builtPattern } from './builtPatterns.js';
import type { Sourced } from '../parsedDocument.js';
import { MONTH_OR_ABBREVIATION_PATTERN } from './monthNames.js';

/**
 * A body's name read from a flattened page often carries what stood beside it: the page's title and date
 * ("Community Council Minutes, November 2024"), a running header's number ("2 Minutes of Council"), a
 * notice ("Moved from 9th October 2018, Cabinet"), a breadcrumb ("Council Meeting Minutes |"). The name
 * is kept, the rest set aside; a value that holds no name at all (a venue line, a post, a dangling "Synopsis
 * of") is dropped rather than filed as a body a visitor would see in the list of committees.
 */
const BODY_NOUN =
  /\b(?:Committee|Sub-Committee|Subcommittee|Board|Council|Panel|Cabinet|Forum|Executive|Commission|Assembly|Partnership|Authority|Township|Trustees|Selectmen)\b/i;

const MONTH = `(?:${MONTH_OR_ABBREVIATION_PATTERN})`;
/** "9th October 2018", "September 7, 2010", "November 2024", "07 15 2020", "12/01/2022". */
const DATE = new RegExp(
  `(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b,?(?:\\s+\\d{4})?|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\b${MONTH}\\s+\\d{4}|(?<!\\d)\\d{1,2}[ ./-]\\d{1,2}[ ./-]\\d{2,4})`,
  'i',
);
/** The word "minutes" and what follows it, even glued to the next word ("minutesSeptember", "Minutes1"). */
const MINUTES_AND_AFTER = /\s*[-–—,:|]?\s*\b(?:[Mm]inutes|MINUTES)(?![a-z]).*$/;
/** A leading number, date or notice before the name: "2 ", "07 15 2020 ", "Moved from 9th October 2018, ". */
const LEADING_CLUTTER = new RegExp(
  `^(?:(?:moved|rescheduled|postponed)\\s+from\\s+.*?,\\s*|(?:${DATE.source}\\s*)|\\d+\\s+)+`,
  'i',
);
const LEADING_MINUTES_OF = /^(?:the\s+)?minutes\s+of\s+(?:the\s+)?/i;
/** "MINUTES" / "OF THE BOARD OF COMMISSIONERS OF WEBER COUNTY": the heading's second line keeps its "of the". */
const LEADING_OF_THE = /^of\s+the\s+(?=\S)/i;
/**
 * The menu of Laserfiche WebLink, the document portal of many North American councils, flattened into the page's
 * first line ("HomeMy WebLinkAbout09-02-2009 City Council"): its words are glued to the title that follows.
 */
const PORTAL_MENU = /^(?:Loading\.*\s*)?Home\s*My\s*WebLink\s*About/i;
/** Bilingual Welsh titles: "Cyngor Cymuned Cefn Community Council" is the Cefn Community Council. */
const WELSH_BEFORE_ENGLISH =
  /^Cyngor\s+(?:Cymuned|Tref|Dinas)\s+(?=(?:[\w'’-]+\s+){0,3}?(?:(?:Community|Town|City)\s+)?Council\b)/i;
const TRAILING_CLUTTER = /(?:\s*[|:,;–—-]\s*|\s+(?:page|held|of|of\s+the|on|at))+$/i;
/**
 * "Council Meeting", "CITY COUNCIL MEETING CARNEGIE FORUM", "Cabinet Committee Item 3", "PARISH COUNCIL EXTRA
 * ORDINARY MEETING", a breadcrumb's "Executive (Item 117)": the meeting, not the body.
 */
const AFTER_THE_NAME =
  /\s+\(?(?:(?:extra[\s-]*ordinary|ordinary|special|annual|regular|monthly)\s+)?(?:meeting|item|agenda|report)\b.*$/i;
/** "Harlow Vale Community Board following the triennial general election": what the meeting came after. */
const FOLLOWING_AND_AFTER = /\s+following\s+(?:the|an?)\s.*$/i;
/** "Meeting of Ashwell Parish Council Held At the Old School": the heading's place after the name. */
const HELD_AND_AFTER = /\s+held\s+(?:at|in|on)\b.*$/i;
/** "Meeting of the Parish Council at 8:45PM on Monday ...": the time the heading gives after the name. */
const AT_TIME_AND_AFTER = /\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|hrs?\b|hours\b|o'?clock\b).*$/i;
/** "Meeting of Ashwell Parish Council": the heading's opening words before the name. */
const LEADING_MEETING_OF = /^(?:(?:a|the)\s+)?meeting\s+of\s+(?:the\s+)?(?=\S)/i;
/** "approval KILBARRA COMMUNITY COUNCIL": words of the page's title in ordinary case before a name in capitals. */
// Each word is matched one way only (up to its first lower-case letter, then the rest): "\S*\p{Ll}\S*" could split a
// word at any of its lower-case letters, and a long line of such words then backtracked for minutes.
const CASED_BEFORE_CAPITALS = /^(?:[^\s\p{Ll}]*\p{Ll}\S*\s+)+(?=(?:[\p{Lu}\d'’&-]+\s+)+[\p{Lu}'’&-]+$)/u;
/** "X met in regular session", "X convened at" (OCR often reads "met" as "rnet"): the sentence after the name. */
const MET_AND_AFTER = /\s+(?:met|rnet|convened|assembled)\s+(?:in|at|on)\b.*$/i;
/** A title said twice (a page title, then the heading): "LODI CITY COUNCIL CITY COUNCIL". */
const REPEATED_TAIL = /^(.*?\b((?:\S+\s+){0,2}\S+))\s+\2$/i;
/**
 * Lines that are never a body's name, though they hold "Council": a venue ("At Council Chambers", "Council Chamber,
 * Town Hall"), a post, a blog's category ("Posted in Parish Council"), an item heading with its outcome ("Public
 * Forum – None"), a notice in quotes or with exclamation marks.
 */
const NOT_A_NAME =
  /^(?:held\s+at|venue|location|in\s+the|at|posted\s+(?:in|on|by))\b|\bclerk\s+to\s+the\b|\b(?:deputy|town|parish)\s+clerk\b|[–—:-]\s*(?:none|nil)\.?$|^["“'‘]|!/i;
/** A place, not a body, once tidied: "Council Chamber, Town Hall" (not "Centre": "the City of Brooklyn Center"). */
const PLACE_END = /\b(?:chambers?|hall|room|offices)$/i;
/**
 * A sentence's words, not a name's, come first: "and Town Council Monthly Meeting", "any Minutes Posted Before". (A
 * name flattened to lower case, "council", is still a name.)
 */
const LOWER_CASE_START =
  /^(?:and|or|but|any|all|if|with|for|to|of|in|on|at|by|from|as|that|which|who|this|these|please)\b/;
/** A person with a post in brackets: "Ms Jo Bloggs (President, Hall Committee of Management)". */
const PERSON_FIRST = /^(?:Mr|Mrs|Ms|Miss|Dr|Cr|Cllr|Councillor)\.?\s+\p{Lu}\p{Ll}/u;
/** Only the kind of meeting ("Regular", "Special Meeting"): no body is named. */
const MEETING_KIND_ONLY =
  /^(?:(?:regular|special|annual|ordinary|extra[\s-]*ordinary|monthly|adjourned|emergency|organi[sz]ational)\s*)+(?:meeting|session)?$/i;
const WEEKDAY = /\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** A post's title naming its month after the body: "Stoke Ferry Parish Council - February Meeting Minutes". */
const MONTH_TAIL = new RegExp(`\\s*[-–—,:|]\\s*${MONTH}(?:\\s+\\d{4})?(?:\\s+meeting)?$`, 'i');

export function tidyBodyName(raw: string): string | null {
  const line = raw.trim();
  if ([NOT_A_NAME, LOWER_CASE_START, MEETING_KIND_ONLY, PERSON_FIRST].some((never) => never.test(line))) return null;
  let name = raw
    .replace(/[^\p{L}\p{N}\p{P}\p{Zs}&]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PORTAL_MENU, '')
    // A word broken at a line's end ("Board of Super- visors"); "Oro- Medonte", capital after, is a name as written.
    .replace(/(\p{Ll})-\s+(\p{Ll})/gu, '$1$2');
  // A breadcrumb or page title before the name: keep what follows the last date, if a body's name is there.
  const parts = name.split(builtPattern(DATE.source, 'gi'));
  if (parts.length > 1) {
    const named = parts.filter((p) => BODY_NOUN.test(p));
    if (named.length > 0) name = named[named.length - 1]!.trim();
  }
  name = name
    .replace(/^[\s,;:|–—-]+/, '')
    .replace(LEADING_CLUTTER, '')
    .replace(LEADING_MINUTES_OF, '')
    .replace(LEADING_OF_THE, '');
  for (const after of [
    MINUTES_AND_AFTER,
    AFTER_THE_NAME,
    MET_AND_AFTER,
    FOLLOWING_AND_AFTER,
    HELD_AND_AFTER,
    AT_TIME_AND_AFTER,
    WEEKDAY,
    MONTH_TAIL,
  ]) {
    const before = name.replace(after, '');
    if (BODY_NOUN.test(before)) name = before;
  }
  const named = name.replace(LEADING_MEETING_OF, '');
  if (named !== name && BODY_NOUN.test(named)) name = named;
  const capitals = name.replace(CASED_BEFORE_CAPITALS, '');
  if (capitals !== name && capitals.split(/\s+/).length >= 2 && BODY_NOUN.test(capitals)) name = capitals;
  name = name.replace(WELSH_BEFORE_ENGLISH, '').replace(REPEATED_TAIL, '$1');
  let previous = '';
  while (previous !== name) {
    previous = name;
    name = name.replace(TRAILING_CLUTTER, '').trim();
  }
  if (PLACE_END.test(name)) return null;
  return BODY_NOUN.test(name) || name === raw.trim() ? name : null;
}

/** The body as read, tidied; its span narrowed to the name kept where the source holds it as read. */
export function tidyBody(body: Sourced<string> | null): Sourced<string> | null {
  if (!body) return null;
  const name = tidyBodyName(body.value);
  if (name === null) return null;
  if (name === body.value) return body;
  const at = body.value.indexOf(name);
  const exact = body.span !== null && body.span.end - body.span.start === body.value.length && at >= 0;
  return {
    ...body,
    value: name,
    span: exact ? { ...body.span!, start: body.span!.start + at, end: body.span!.start + at + name.length } : body.span,
  };
}
