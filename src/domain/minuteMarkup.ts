import { resolutionKindOf, type ResolutionKind } from './minutes.js';

/**
 * The plain syntax clerks write an item's minutes in (it works in a textarea without JavaScript and
 * survives a paste from Word):
 *
 *     The Director presented the report.          <- a paragraph: a minute point
 *
 *     a) Repairs are on schedule.                 <- a lettered point: "a)", "(a)" or "a."
 *     • Funding was confirmed.                    <- a bullet from Word: a point without a label
 *
 *     RESOLVED: to note the report.               <- one resolution
 *
 *     RESOLVED that                               <- several, each numbered or lettered
 *     1. the plan be approved;
 *     2. the Executive be recommended to publish the map.
 *
 * "AGREED", "Agreed:" and "Decision:" start resolutions that are recorded but not formal.
 */
export interface WrittenPoint {
  readonly label: string | null;
  readonly text: string;
}

export interface WrittenResolution {
  readonly label: string | null;
  readonly text: string;
  readonly kind: ResolutionKind;
  readonly isFormal: boolean;
}

export interface WrittenMinutes {
  readonly points: readonly WrittenPoint[];
  readonly resolutions: readonly WrittenResolution[];
  /** What could not be read as meant, by line number (1-based), for the clerk to fix before saving. */
  readonly problems: readonly { readonly line: number; readonly message: string }[];
}

const RESOLVED = /^(RESOLVED|Resolved|ORDERED|AGREED|Agreed|Decision)\b\s*(?:that\b|:|-|–)?\s*/;
const FORMAL = /^(RESOLVED|Resolved|ORDERED)/;
const LABELLED = /^(?:\(([a-z]{1,2}|\d{1,2}|[ivx]{1,5})\)|([a-z]{1,2}|\d{1,2}|[ivx]{1,5})[.)])\s+/;
/**
 * Word's list bullets as pasted: "•", "·", "▪", its Symbol and Wingdings glyphs (private-use
 * characters), and "o" before a tab (its second level).
 */
const BULLET = /^(?:[•·▪◦‣●■\-*–—\uf0b7\uf0a7\uf0d8\uf076\uf0fc§]\s+|o\t\s*)/;

/**
 * Word's pasted characters made plain: line breaks of every kind (its soft line break is a vertical
 * tab), typographic quotes and primes, non-breaking and zero-width spaces, soft hyphens, the
 * ellipsis character, and runs of tabs or spaces inside a line.
 */
export function plainMinutesText(text: string): string {
  return text
    .replace(/\r\n?|[\v\f\u2028\u2029\u0085]/g, '\n')
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\u2026/g, '...')
    .split('\n')
    .map((line) => {
      // "o<tab>" is a Word bullet at the second level: keep its tab long enough to be seen as one.
      const bullet = /^\s*o\t/.test(line);
      const flat = line.replace(/[ \t]+/g, ' ').trimEnd();
      return bullet ? flat.replace(/^\s*o /, 'o\t') : flat;
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface Block {
  readonly line: number;
  readonly text: string;
}

/** Paragraphs (blank-line separated), with each labelled or bulleted line starting a block of its own. */
function blocksOf(text: string): Block[] {
  const blocks: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | null = null;
  plainMinutesText(text)
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.trim();
      if (!line) {
        current = null;
        return;
      }
      if (!current || LABELLED.test(line) || BULLET.test(line) || RESOLVED.test(line)) {
        current = { line: index + 1, lines: [] };
        blocks.push(current);
      }
      current.lines.push(line);
    });
  return blocks.map((b) => ({ line: b.line, text: b.lines.join(' ') }));
}

function split(text: string): { label: string | null; text: string } {
  const labelled = LABELLED.exec(text);
  if (labelled) return { label: labelled[1] ?? labelled[2] ?? null, text: text.slice(labelled[0].length).trim() };
  const bullet = BULLET.exec(text);
  return { label: null, text: bullet ? text.slice(bullet[0].length).trim() : text };
}

function resolution(label: string | null, text: string, isFormal: boolean): WrittenResolution {
  const clean = text.replace(/[;,]\s*(and)?$/i, '').trim();
  return { label, text: clean, kind: resolutionKindOf(clean), isFormal };
}

/** Reads an item's minutes as written: points in order, then resolutions, with any problems by line. */
export function readWrittenMinutes(text: string): WrittenMinutes {
  const points: WrittenPoint[] = [];
  const resolutions: WrittenResolution[] = [];
  const problems: { line: number; message: string }[] = [];
  let resolving: { formal: boolean; line: number; count: number } | null = null;
  for (const block of blocksOf(text)) {
    const opener = RESOLVED.exec(block.text);
    if (opener) {
      if (resolving && resolving.count === 0)
        problems.push({ line: resolving.line, message: 'RESOLVED is not followed by what was resolved' });
      resolving = { formal: FORMAL.test(block.text), line: block.line, count: 0 };
      const rest = block.text.slice(opener[0].length).trim();
      if (rest) {
        const { label, text: body } = split(rest);
        resolutions.push(resolution(label, body, resolving.formal));
        resolving.count++;
      }
      continue;
    }
    const { label, text: body } = split(block.text);
    // Labelled lines after a RESOLVED are its resolutions; an unlabelled paragraph ends them.
    if (resolving && (label !== null || resolving.count === 0)) {
      resolutions.push(resolution(label, body, resolving.formal));
      resolving.count++;
      continue;
    }
    resolving = null;
    points.push({ label, text: body });
  }
  if (resolving && resolving.count === 0)
    problems.push({ line: resolving.line, message: 'RESOLVED is not followed by what was resolved' });
  return { points, resolutions, problems };
}
