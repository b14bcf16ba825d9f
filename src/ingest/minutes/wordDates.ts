/**
 * Dates and times written in words, as formal and older minutes write them: "held on the twelfth day of March, two
 * thousand and twenty-four", "on Thursday February Eighth AD 1883", "at seven o'clock in the evening".
 */
import { MONTH_NAMES } from './monthNames.js';

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEEN_ORDINALS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** "twenty-first", "Twenty First", "thirtieth", "12th", "12": a day of the month. */
const DAY = `(?:(?:twenty|thirty)[\\s-]?(?:${UNIT_ORDINALS.join('|')})|twentieth|thirtieth|${TEEN_ORDINALS.join('|')}|${UNIT_ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th)?)`;
/** 0-99 in words: "twenty-four", "nine", "fourteen". */
const UNDER_HUNDRED = `(?:(?:${TENS.join('|')})(?:[\\s-]?(?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')})`;
/** "two thousand and twenty-four", "nineteen hundred and ninety six", "nineteen ninety-six", "1883". */
const YEAR = `(?:two\\s+thousand(?:\\s+(?:and\\s+)?${UNDER_HUNDRED})?|(?:eighteen|nineteen)\\s+hundred(?:\\s+(?:and\\s+)?${UNDER_HUNDRED})?|(?:eighteen|nineteen|twenty)[\\s-]+${UNDER_HUNDRED}|\\d{4})`;
const MONTH = `(${MONTH_NAMES.join('|')})`;
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
/** "in the year of our Lord", "AD": words some formal datelines put before the year. */
const YEAR_LEAD = '(?:in\\s+the\\s+year\\s+(?:of\\s+our\\s+lord\\s+)?)?(?:A\\.?\\s?D\\.?\\s+)?';

const DAY_OF_MONTH = new RegExp(
  `\\b${WEEKDAY}(?:the\\s+)?(${DAY})\\s+(?:day\\s+)?(?:of\\s+)?${MONTH}[\\s,]+${YEAR_LEAD}(${YEAR})\\b`,
  'i',
);
const MONTH_DAY = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(?:the\\s+)?(${DAY}),?\\s+${YEAR_LEAD}(${YEAR})\\b`, 'i');

export interface WordDate {
  readonly iso: string;
  readonly index: number;
  readonly length: number;
}

function wordValue(word: string): number {
  const w = word.toLowerCase();
  const at = (list: readonly string[]): number => list.indexOf(w);
  if (at(UNITS) >= 0) return at(UNITS) + 1;
  if (at(TEENS) >= 0) return at(TEENS) + 10;
  if (at(TENS) >= 0) return (at(TENS) + 2) * 10;
  if (at(UNIT_ORDINALS) >= 0) return at(UNIT_ORDINALS) + 1;
  if (at(TEEN_ORDINALS) >= 0) return at(TEEN_ORDINALS) + 10;
  if (w === 'twentieth') return 20;
  if (w === 'thirtieth') return 30;
  return Number.NaN;
}

/** The sum of the number words (or the number) in a phrase: "twenty-first" 21, "12th" 12. */
function numberOf(phrase: string): number {
  const digits = /^\d+/.exec(phrase);
  if (digits) return Number(digits[0]);
  return phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and')
    .reduce((sum, w) => sum + wordValue(w), 0);
}

/** A year in words or digits: "two thousand and twenty-four" 2024, "nineteen ninety-six" 1996. */
export function yearOf(phrase: string): number {
  const p = phrase.toLowerCase().trim();
  if (/^\d{4}$/.test(p)) return Number(p);
  const thousand = /^two\s+thousand(?:\s+(?:and\s+)?(.+))?$/.exec(p);
  if (thousand) return 2000 + (thousand[1] ? numberOf(thousand[1]) : 0);
  const hundred = /^(eighteen|nineteen)\s+hundred(?:\s+(?:and\s+)?(.+))?$/.exec(p);
  if (hundred) return wordValue(hundred[1]!) * 100 + (hundred[2] ? numberOf(hundred[2]) : 0);
  const pair = /^(eighteen|nineteen|twenty)[\s-]+(.+)$/.exec(p);
  if (pair) return wordValue(pair[1]!) * 100 + numberOf(pair[2]!);
  return Number.NaN;
}

function isoOf(year: number, month: number, day: number): string | null {
  if (!(year >= 1800 && year <= 2100) || !(day >= 1)) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first date in a text with its day or year in words. A date all in digits is left to the digit patterns: only a
 * match with at least one word for a number is taken.
 */
export function findWordDate(text: string): WordDate | null {
  const found: WordDate[] = [];
  const dayFirst = DAY_OF_MONTH.exec(text);
  if (dayFirst && /[a-z]/i.test(`${dayFirst[1]!.replace(/\d+(?:st|nd|rd|th)/i, '')}${dayFirst[3]}`)) {
    const v = isoOf(yearOf(dayFirst[3]!), MONTH_NAMES.indexOf(dayFirst[2]!.toLowerCase()) + 1, numberOf(dayFirst[1]!));
    if (v) found.push({ iso: v, index: dayFirst.index, length: dayFirst[0].length });
  }
  const monthFirst = MONTH_DAY.exec(text);
  if (monthFirst && /[a-z]/i.test(`${monthFirst[2]!.replace(/\d+(?:st|nd|rd|th)/i, '')}${monthFirst[3]}`)) {
    const v = isoOf(
      yearOf(monthFirst[3]!),
      MONTH_NAMES.indexOf(monthFirst[1]!.toLowerCase()) + 1,
      numberOf(monthFirst[2]!),
    );
    if (v) found.push({ iso: v, index: monthFirst.index, length: monthFirst[0].length });
  }
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

const HOUR = `(\\d{1,2}|${UNITS.join('|')}|ten|eleven|twelve)`;
/** "seven o'clock in the evening", "Seven oclock pm", "7 o'clock p.m.", "half past seven in the evening". */
const O_CLOCK = new RegExp(
  `\\b(?:(half|quarter)\\s+past\\s+)?${HOUR}\\s*(?:o['’]?\\s?clock)?\\s*(?:in\\s+the\\s+)?(a\\.?m\\.?|p\\.?m\\.?|morning|forenoon|afternoon|evening|noon)(?![a-z])`,
  'i',
);

export interface WordTime {
  readonly hhmm: string;
  readonly index: number;
  readonly length: number;
}

/**
 * A time told by the clock's words; only with the part of the day said ("in the evening", "pm"), since "at seven
 * o'clock" alone does not say which seven. Digits with "pm" are left to the digit patterns.
 */
export function findWordTime(text: string): WordTime | null {
  const m = O_CLOCK.exec(text);
  if (!m) return null;
  const hourWord = m[2]!;
  // "seven o'clock in the evening", "seven pm": a word for the hour or "o'clock"; "One morning ..." is not a time.
  const clock = /o['’]?\s?clock/i.test(m[0]);
  if (!clock && (/^\d/.test(hourWord) || !/^[ap]/i.test(m[3]!))) return null;
  let h = /^\d/.test(hourWord) ? Number(hourWord) : numberOf(hourWord);
  if (!(h >= 1 && h <= 12)) return null;
  const part = m[3]!.toLowerCase();
  const afterMidday = /^p|afternoon|evening/.test(part);
  if (part === 'noon' && h !== 12) return null;
  if (afterMidday && h < 12) h += 12;
  if (!afterMidday && part !== 'noon' && h === 12) h = 0;
  const minutes = m[1] ? (m[1].toLowerCase() === 'half' ? 30 : 15) : 0;
  return {
    hhmm: `${String(h).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`,
    index: m.index,
    length: m[0].length,
  };
}

/** What follows a time in words: ", at seven o'clock in the evening in the Hall" gives " in the Hall". */
export function afterWordTime(text: string): string {
  const t = findWordTime(text);
  return t && /^[\s,]*(?:at\s+)?$/i.test(text.slice(0, t.index)) ? text.slice(t.index + t.length) : text;
}
