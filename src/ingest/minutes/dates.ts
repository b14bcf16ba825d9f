/** Dates and times as councils write them, including PDF damage ("28 Se ptember 2023"). */

import { MONTH_NAMES } from './monthNames.js';
import { TextMemo } from './textMemo.js';
import { findWordDate, findWordTime } from './wordDates.js';

/** A month name, full or short, tolerating one stray space or tab inside it (PDF extraction splits words). */
const MONTH_PATTERN = MONTH_NAMES.map((m) => {
  const full = m.split('').join('\\s?');
  // "12th Sept 2016": September is also cut after four letters.
  const short = m === 'september' ? 'sept?' : m.slice(0, 3);
  return m.length > 4 ? `${full}|${short}\\.?(?![a-z])` : full;
}).join('|');

const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+';
const ORDINAL = '(?:st|nd|rd|th)?';

export interface FoundDate {
  readonly iso: string;
  readonly index: number;
  readonly length: number;
  /** The year was not written and was taken from context. */
  readonly inferredYear: boolean;
}

function monthNumber(word: string): number {
  const clean = word.toLowerCase().replace(/[\s.]/g, '');
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(clean.slice(0, 3)));
  return i + 1;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1800 || y > 2100) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "Mai", "Mehefin": a month's Welsh name (or its English one repeated) before the English name in a bilingual date. */
const WELSH_MONTH = `(?:ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|${MONTH_NAMES.join('|')})`;

const DAY_MONTH_YEAR = new RegExp(
  // "15thMay 2024": an ordinal may run into the month's name.
  // "Monday18 October 2021", "4.00pm1 July 2021": text that lost a space glues the day to the word before it.
  // "13 Mai / May 2021", "14 Mehefin / June 2022": a bilingual date names the month in Welsh, then in English.
  `(?:${WEEKDAY})?(?:\\b|(?<=[a-z]day|\\d[ap]\\.?m\\.?))(\\d{1,2})(?:\\s?(?:st|nd|rd|th)(?:\\s+day)?(?:\\s+of)?[\\s,]*|(?:\\s+of)?[\\s,]+)(?:${WELSH_MONTH}\\s?\\/\\s?)?(${MONTH_PATTERN})[\\s,]+(\\d{4})(?!\\d)`,
  'i',
);
// "APRIL 15 , 2009": a superscript ordinal lost or set apart leaves a space before the comma.
const MONTH_DAY_YEAR = new RegExp(
  // "September 3, 2008LODI CITY COUNCIL", "April 17, 2019_unbound": a year glued to the next word still ends the date.
  // "October 4,2010": a comma without its space still parts the day from a year of this or the last century.
  `(?:${WEEKDAY})?\\b(${MONTH_PATTERN})\\s+(\\d{1,2})${ORDINAL}(?:(?:\\s?,)?\\s+|\\s?,(?=(?:19|20)\\d\\d))(\\d{4})(?!\\d)`,
  'i',
);
/** "SEPTMBER 11, 2019": a long month's name with one letter dropped, doubled or mistyped. */
const MISSPELT_MONTH_DAY_YEAR = new RegExp(
  `(?:${WEEKDAY})?\\b(\\p{L}{5,10})\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`,
  'iu',
);
/** "2018 December 03": the year first, as some Canadian minutes write it. */
const YEAR_MONTH_DAY = new RegExp(`(?:${WEEKDAY})?\\b(\\d{4})\\s+(${MONTH_PATTERN})\\s+(\\d{1,2})${ORDINAL}\\b`, 'i');
const NUMERIC = /\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

const datesFound = new TextMemo<FoundDate | null>();

/** The first date written in a piece of text, as YYYY-MM-DD; day/month order is British for numeric dates. */
export function findDate(text: string): FoundDate | null {
  return datesFound.get(text, firstDate);
}

function firstDate(text: string): FoundDate | null {
  const candidates: FoundDate[] = [];
  // "the twelfth day of March, two thousand and twenty-four": a date in words.
  const words = /(?:uary|march|april|may|june|july|ust|ber)\b/i.test(text) ? findWordDate(text) : null;
  if (words) candidates.push({ ...words, inferredYear: false });
  // Every other date has a digit; most lines of minutes have none.
  if (!/\d/.test(text)) return words ? candidates[0]! : null;
  // The patterns with a month's name all need a year of four digits: lines with numbers but no year (a minute's
  // number, a time, a sum) are not tried against them.
  const year = /\d{4}/.test(text);
  const dmy = year ? DAY_MONTH_YEAR.exec(text) : null;
  if (dmy) {
    const v = iso(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
    if (v) candidates.push({ iso: v, index: dmy.index, length: dmy[0].length, inferredYear: false });
  }
  const mdy = year ? MONTH_DAY_YEAR.exec(text) : null;
  if (mdy) {
    const v = iso(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
    if (v) candidates.push({ iso: v, index: mdy.index, length: mdy[0].length, inferredYear: false });
  }
  const ymd = year ? YEAR_MONTH_DAY.exec(text) : null;
  if (ymd) {
    const v = iso(Number(ymd[1]), monthNumber(ymd[2]!), Number(ymd[3]));
    if (v) candidates.push({ iso: v, index: ymd.index, length: ymd[0].length, inferredYear: false });
  }
  const num = NUMERIC.exec(text);
  if (num) {
    const year = num[3]!.length === 2 ? 2000 + Number(num[3]) : Number(num[3]);
    const v = iso(year, Number(num[2]), Number(num[1]));
    if (v) candidates.push({ iso: v, index: num.index, length: num[0].length, inferredYear: false });
  }
  const isoMatch = ISO.exec(text);
  if (isoMatch) {
    const v = iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    if (v) candidates.push({ iso: v, index: isoMatch.index, length: isoMatch[0].length, inferredYear: false });
  }
  if (candidates.length === 0 && year) {
    const typo = MISSPELT_MONTH_DAY_YEAR.exec(text);
    const month = typo ? misspeltMonth(typo[1]!) : 0;
    const v = month ? iso(Number(typo![3]), month, Number(typo![2])) : null;
    if (v) candidates.push({ iso: v, index: typo!.index, length: typo![0].length, inferredYear: false });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** The month (1-12) a word one edit away from a long month's name stands for; 0 when none. */
function misspeltMonth(word: string): number {
  const w = word.toLowerCase();
  const i = MONTH_NAMES.findIndex((m) => m.length >= 6 && m !== w && m.startsWith(w.slice(0, 2)) && oneEditApart(m, w));
  return i + 1;
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

export interface FoundTime {
  readonly hhmm: string;
  readonly index: number;
  readonly length: number;
}

const CLOCK_12 = /\b(\d{1,2})(?:[.:](\d{2}))?\.?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/i;
const CLOCK_24 = /(?<![\d.:/])\b([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:/]|\.\d)(?:\s*(?:hrs|hours|h)\b)?/i;
const NOON = /\b(12\s*)?noon\b/i;

/** The first time of day in a piece of text, as HH:MM on the 24-hour clock. */
export function findTime(text: string): FoundTime | null {
  const found: FoundTime[] = [];
  const t12 = CLOCK_12.exec(text);
  if (t12) {
    let h = Number(t12[1]);
    const m = Number(t12[2] ?? 0);
    const pm = /^p/i.test(t12[3]!);
    if (h >= 1 && h <= 12 && m < 60) {
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
      found.push({
        hhmm: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
        index: t12.index,
        length: t12[0].length,
      });
    }
  }
  const t24 = CLOCK_24.exec(text);
  if (t24) {
    found.push({ hhmm: `${t24[1]!.padStart(2, '0')}:${t24[2]}`, index: t24.index, length: t24[0].length });
  }
  const noon = NOON.exec(text);
  if (noon) found.push({ hhmm: '12:00', index: noon.index, length: noon[0].length });
  const words = findWordTime(text);
  if (words) found.push(words);
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

/** Whether a short line is only a date (so it is not a title or a name). */
export function isDateLine(text: string): boolean {
  const d = findDate(text);
  return d !== null && text.replace(/[-–•·*]\s*/, '').trim().length <= d.length + 12;
}
