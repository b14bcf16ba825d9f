import type { DocumentBlock } from '../../../src/ingest/documentBlock.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';

/** Letters and digits only, lower case, single spaces: how a sentence is compared with a page. */
export function squash(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text a visitor can read on a page: tags become spaces, entities are decoded. What sits inside a closed
 * `<details>` counts, since one click (no script) shows it.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/**
 * Lines of a document that are not the minutes' words: page furniture (a running header "Body - 14.01.25", "Page
 * 4"), a web page's item number alone, its "Minutes:" label, file links and the pointer of a page cut short.
 */
const FURNITURE =
  /^(?:page \d+(?: of \d+)?|-\s*\d+\s*-|\d{1,4}[a-z]?\.?|minutes:?|additional documents:?|supporting documents:?|.{3,120}?\s[-–]\s\d{1,2}[./]\d{1,2}[./]\d{2,4})$/i;
const CLUTTER = /(?:pdf icon\s*)?PDF\s+[\d.]+\s*[KMG]B|\s*\.{2,}\s*view the full (?:minutes )?text for item\s*\S*\.?/gi;
/** A list marker as written or as PDF damage left it: "a)", "(iv)", "1.", "- ", "• ", "I)". */
const MARKER = /^(?:[-–•▪●*]\s*)?(?:\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})[.)]\s*)?/i;

/**
 * The sentences of one item's minutes in the source text (from its heading to the next item's), in order: lines split
 * at sentence ends, list markers dropped (a page may show a damaged "I)" as it is or not at all), page headers and
 * footers the reader found set aside (and, in text without layout, a running header "Body - 14.01.25" or "Page 4").
 */
export function sourceSentences(
  text: string,
  span: { readonly start: number; readonly end: number },
  blocks: readonly DocumentBlock[] = [],
  bodyName = '',
): string[] {
  const furniture = blocks.filter((b) => b.kind === 'page_header' || b.kind === 'page_footer');
  return (
    toLines(text.slice(0, span.end))
      .filter((l) => l.start >= span.start)
      .filter((l) => !furniture.some((b) => l.start >= b.span.start && l.end <= b.span.end))
      .map((l) => l.text.replace(CLUTTER, ' ').trim())
      // The body's name alone on a line is a running header, or the heading of a pack's next part.
      .filter((t) => t && !FURNITURE.test(t) && squash(t) !== squash(bodyName))
      .flatMap((t) => t.replace(MARKER, '').split(/(?<=[.!?;:])\s+(?=\S)/))
      .map(squash)
      .filter((s) => /\p{L}{2,}/u.test(s))
  );
}

/**
 * The sentences a page's text lacks, in order: each must come after the one before it (a sentence found only earlier
 * on the page is reported as out of order).
 */
export function missingSentences(sentences: readonly string[], pageText: string): string[] {
  const page = squash(pageText);
  const missing: string[] = [];
  let at = 0;
  for (const sentence of sentences) {
    const found = page.indexOf(sentence, at);
    if (found >= 0) {
      at = found;
      continue;
    }
    missing.push(page.includes(sentence) ? `(out of order) ${sentence}` : sentence);
  }
  return missing;
}
