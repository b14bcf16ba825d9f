import type { ParsedItem } from '../parsedDocument.js';

/** "Opening and welcoming 3": a title ending in a page's number, set after it with a space. */
const TRAILING_PAGE = /^(.*\S)\s+(\d{1,3})$/;

/** At least this many titles end in a number before those numbers are read as a contents list's pages. */
const MIN_PAGED = 3;

/**
 * Items read from a contents list whose page numbers follow the titles with no dot leader ("1. Opening and welcoming
 * 3", "6. Closure 16"): when most titles end in a number and those numbers never go down, they are the pages the items
 * start on, not words of the titles. A title that ends in a number of its own ("Phase 2") stands alone in a list, and
 * numbers that count up one by one ("Planning application 1", "... 2", "... 3") are a series of the titles' own.
 */
export function withoutContentsPages(items: readonly ParsedItem[]): ParsedItem[] {
  const pages = items.map((item) => TRAILING_PAGE.exec(item.title ?? ''));
  const numbers = pages.filter((m): m is RegExpExecArray => m !== null).map((m) => Number(m[2]));
  if (numbers.length < MIN_PAGED || numbers.length * 2 < items.length) return [...items];
  if (numbers.some((n, k) => k > 0 && n < numbers[k - 1]!)) return [...items];
  if (numbers.every((n, k) => k === 0 || n === numbers[k - 1]! + 1)) return [...items];
  return items.map((item, k) => (pages[k] ? { ...item, title: pages[k]![1]! } : item));
}
