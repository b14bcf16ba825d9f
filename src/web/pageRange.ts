/** "page 4" or "pages 4–9", as a clerk writes a range in an agenda pack. */
export function pageRange(start: number, end: number | null): string {
  return end && end !== start ? `pages ${start}–${end}` : `page ${start}`;
}
