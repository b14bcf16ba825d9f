import { findDate, findTime } from './dates.js';
import type { Line } from './lines.js';

/**
 * Title lines that name the body without "Minutes of the meeting of": "Llangernyw Community Council Meeting 7:30Pm 28Th
 * November 2018", "Publow with Pensford Parish Council Extra Ordinary meeting.", "Falls Creek Ranch Association, Inc.
 * Board of Directors Meeting", and an authority's name set before a minutes heading that names only the kind of
 * meeting ("CITY OF COLWOOD MINUTES OF REGULAR COUNCIL MEETING").
 */

/** The kind of meeting between a body's name and the word "meeting". */
const KIND_WORD = String.raw`(?:extra[\s-]?ordinary|special|regular|ordinary|annual(?:\s+general)?|monthly|general|full|emergency|public)`;
const MEETING_KIND = new RegExp(String.raw`^(?:${KIND_WORD}\s+)*$`, 'i');

/** A body's name ends with one of these words (a board of directors, trustees, selectmen ... included). */
const NAME_END = String.raw`(?:Council|Committee|Sub-Committee|Board(?:\s+of\s+(?:Directors|Trustees|Supervisors|Selectmen|Commissioners|Education))?|Commission|Authority|Trustees)`;

const TITLE_MEETING = new RegExp(
  String.raw`^(?:(?:(?:draft|approved|unconfirmed)\s+)?minutes\s+of\s+(?:the\s+)?)?(\p{Lu}[\p{L}'’&,. -]{2,90}?\b${NAME_END})\s+((?:[\p{L}-]+\s+){0,3}?)meeting\b[\s.,–-]*(.*)$`,
  'iu',
);

const KIND_AND_GENERIC =
  /^(?:(?:extra[\s-]?ordinary|special|regular|ordinary|annual|monthly|general|full|emergency|public)\s+)*(?:(?:city|town|county|parish|community|district|borough|village)\s+)?(?:council|committee|board|commission)$/i;

/** "NEXT ORDINARY COUNCIL MEETING 6.00pm Tuesday 28 May 2019": a notice of another meeting, never this one's title. */
const ANOTHER_MEETING = /^(?:the\s+)?(?:next|previous|last|following|forthcoming|future)\s/i;

/** "Confirmed at Council meeting 26 October 2011 – Signed by the President": a running note of the approval. */
const APPROVAL_NOTE = /^(?:confirmed|approved|adopted|signed|accepted|ratified)\s+(?:at|by|as)\b/i;

const SMALL = /^(?:and|of|the|for|in|on|to|with|at|&|inc\.?|ltd\.?|y|a'r|ac|yr)$/i;

/** Every word of a name capitalised but its small words: a title, not a sentence fragment. */
function titled(name: string): boolean {
  const words = name
    .replace(/[,()]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !SMALL.test(w));
  return words.length >= 2 && words.length <= 12 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/** What may follow "meeting" on a title line: nothing, "Minutes", the date, the time. */
function titleTail(rest: string): boolean {
  const tail = rest.replace(/^minutes\b[\s,.–-]*/i, '').trim();
  if (tail === '') return true;
  const date = findDate(tail);
  if (date && date.index <= 12) return true;
  const time = findTime(tail);
  return !!time && time.index <= 2 && !!findDate(tail);
}

/** "Annual General Meeting of the West Shire Community Council Forum": a title naming the kind, then the body. */
const KIND_MEETING_OF = new RegExp(
  String.raw`^(?:${KIND_WORD}\s+)+meeting\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’&,. -]{2,90}?\b(?:${NAME_END}|Forum|Panel|Partnership|Assembly))\s*$`,
  'iu',
);

/** The body a title line of the first lines names, as written, with the line it is on. */
export function bodyTitleLine(lines: readonly Line[]): { name: string; line: Line } | null {
  for (const line of lines.slice(0, 6)) {
    if (/^(?:present|members|apologies|attendance)\b/i.test(line.text)) return null;
    if (line.text.length > 140) continue;
    const kindFirst = KIND_MEETING_OF.exec(line.text.trim());
    if (kindFirst && titled(kindFirst[1]!) && !KIND_AND_GENERIC.test(kindFirst[1]!))
      return { name: kindFirst[1]!, line };
    const m = TITLE_MEETING.exec(line.text.trim());
    if (!m || !MEETING_KIND.test(m[2]!) || !titleTail(m[3]!)) continue;
    const name = m[1]!.replace(/[\s,]+$/, '');
    if (!titled(name) || /^(?:the|this|a|an)\s/i.test(name) || /\b(?:minutes|agenda)\b/i.test(name)) continue;
    if (ANOTHER_MEETING.test(name) || APPROVAL_NOTE.test(name)) continue;
    // "Ordinary Council Meeting", "Special City Council Meeting": only the kind of meeting, no council's name.
    if (KIND_AND_GENERIC.test(name)) continue;
    return { name, line };
  }
  return null;
}

/** "CITY OF COLWOOD", "MUNICIPAL DISTRICT OF KILKENNY CITY": a local authority's name in capitals. */
const AUTHORITY_BEFORE_MINUTES =
  /(?:^|\s)((?:CITY|TOWN|VILLAGE|COUNTY|MUNICIPAL\s+DISTRICT|DISTRICT|BOROUGH|TOWNSHIP|MUNICIPALITY|SHIRE)\s+OF\s+[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,3}?)\s+MINUTES\s+(?:OF\s+)?(.*)$/;

/** What the minutes heading after the authority's name says met: only a kind of meeting, or the council itself. */
const KIND_ONLY =
  /^(?:(?:THE\s+)?PROCEEDINGS\s+OF\s+)?(?:(?:A|AN|THE)\s+)?(?:(?:REGULAR|SPECIAL|ORDINARY|ANNUAL|MONTHLY|STATUTORY|EXTRAORDINARY)\s+)*(?:COUNCIL\s+)?MEETING\b/;

/**
 * "CITY OF COLWOOD MINUTES OF REGULAR COUNCIL MEETING", "MUNICIPAL DISTRICT OF KILKENNY CITY MINUTES OF PROCEEDINGS OF
 * ANNUAL MEETING HELD ON ...": the authority set in capitals before a heading that names no other body is the body.
 */
export function authorityBeforeMinutes(lines: readonly Line[]): { name: string; line: Line } | null {
  for (const line of lines.slice(0, 8)) {
    const m = AUTHORITY_BEFORE_MINUTES.exec(line.text.slice(0, 240));
    if (m && KIND_ONLY.test(m[2]!)) return { name: m[1]!, line };
  }
  return null;
}

/**
 * "HomeMy WebLinkAboutCC_1985-01-28 Regular Meeting MinutesMORRO BAY CITY COUNCIL REGULAR MEETING -JANUARY 28, 1985
 * ...": a page that lost its line breaks (a file name glued to its title) still sets the title in capitals, the body's
 * name then the kind of meeting.
 */
const CAPITALS_TITLE =
  /(?<![A-Z’'])((?:[A-Z][A-Z’'.-]*\s+){1,8}?(?:COUNCIL|COMMISSION|BOARD\s+OF\s+(?:DIRECTORS|TRUSTEES|SUPERVISORS|SELECTMEN|COMMISSIONERS|EDUCATION)))\s+(?:(?:REGULAR|SPECIAL|ADJOURNED|ORDINARY|ANNUAL|JOINT|CITY\s+COUNCIL)\s+)*MEETING\b/;

export function capitalsTitleInside(lines: readonly Line[]): { name: string; line: Line } | null {
  for (const line of lines.slice(0, 4)) {
    if (line.text.length < 100) continue;
    const m = CAPITALS_TITLE.exec(line.text.slice(0, 300));
    if (!m) continue;
    const name = m[1]!.replace(/^THE\s+CORPORATION\s+OF\s+(?:THE\s+)?/, '');
    if (/\b(?:MINUTES|AGENDA)\b/.test(name) || KIND_AND_GENERIC.test(name.trim()) || ANOTHER_MEETING.test(name))
      continue;
    return { name, line };
  }
  return null;
}

/**
 * "1 MINUTES OWEN SOUND CITY COUNCIL BAYSHORE COMMUNITY CENTRE ... NOVEMBER 14, 2016": a title in capitals that opens
 * with "MINUTES" (a converted page's number before it) names the body right after it, up to the body's own word.
 */
const MINUTES_THEN_NAME =
  /^(?:\d{1,3}\s+)?MINUTES\s+(?!OF\b|FOR\b|THE\b)((?:[A-Z][A-Z'’.&-]*\s+){1,6}?(?:COUNCIL|COMMITTEE|BOARD|COMMISSION))(?=\s|$)/;

export function nameAfterMinutesTitle(lines: readonly Line[]): { name: string; line: Line } | null {
  for (const line of lines.slice(0, 12)) {
    const m = MINUTES_THEN_NAME.exec(line.text);
    if (!m || !findDate(line.text.slice(0, 300))) continue;
    if (KIND_AND_GENERIC.test(m[1]!) || ANOTHER_MEETING.test(m[1]!)) continue;
    return { name: m[1]!, line };
  }
  return null;
}
