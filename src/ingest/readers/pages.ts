/** Pages joined by form feeds, with the offset of each page's first character (page n starts at pageStarts[n-1]). */
export function joinPages(pages: readonly string[]): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  let offset = 0;
  for (const page of pages) {
    pageStarts.push(offset);
    offset += page.length + 1;
  }
  return { text: pages.join('\f'), pageStarts };
}

/**
 * Text that already carries form feeds (pdftotext output) is paginated; its trailing form feed
 * closes the last page rather than opening an empty one.
 */
export function splitFormFeeds(text: string): { text: string; pageStarts: number[] } {
  if (!text.includes('\f')) return { text, pageStarts: [] };
  const pages = text.replace(/\f\s*$/, '').split('\f');
  return joinPages(pages);
}
