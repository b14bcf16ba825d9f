/**
 * An item's minutes laid out for reading, in the order the minutes give them: runs of paragraphs, and the paragraphs
 * that carry resolutions with those resolutions beside them (so each can link to where it was read). Nothing of the
 * text is left out; a point or resolution the text does not hold (a record typed in rather than read) comes after.
 */
export interface MinuteLayout<P, R> {
  readonly blocks: readonly MinuteBlock<R>[];
  /** Stored points whose words the minutes' text does not hold. */
  readonly otherPoints: readonly P[];
  /** Resolutions whose words the minutes' text does not hold. */
  readonly otherResolutions: readonly R[];
}

export interface MinuteParagraph<R> {
  readonly text: string;
  /** Opens with a list marker as written ("a)", "(iv)", "- ", "•", or a damaged "I)"). */
  readonly listed: boolean;
  /** Resolutions whose words begin in this paragraph. */
  readonly resolutionsStartingHere: readonly R[];
  /** Resolutions whose words end in this paragraph. */
  readonly resolutionsEndingHere: readonly R[];
}

export interface MinuteBlock<R> {
  /** `resolved`: paragraphs carrying resolutions, with the keyword's lead-in ("Resolved to:") if it stands alone. */
  readonly kind: 'text' | 'resolved';
  readonly paragraphs: readonly MinuteParagraph<R>[];
}

const MARKER = /^(?:[-–•▪●*]\s+|\(?(?:[a-z]{1,2}|[ivxIVX]{1,5}|\d{1,2})\)\s*|(?:[a-z]|\d{1,2})\.\s+)/;
/** A lead-in that only introduces what follows: "Resolved to:", "RESOLVED that:", "It was agreed:". */
const LEAD_IN =
  /^(?:it was |the [a-z-]+ )?(?:resolved|ordered|agreed|recommended|decision|resolution|penderfynwyd)\b[^.]{0,40}[:,–-]?$/i;

/** Characters of a point's opening words that find it in the text (its wrapped lines may join differently). */
const POINT_PREFIX = 80;

function squash(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The minutes' lines as paragraphs. A line continues the one above when a PDF wrapped a sentence: it opens in lower
 * case, has no list marker, and the line above did not end a sentence or clause.
 */
export function minuteParagraphs(text: string): { text: string; listed: boolean }[] {
  const out: { text: string; listed: boolean }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const listed = MARKER.test(line);
    const last = out[out.length - 1];
    if (last && !listed && /^\p{Ll}/u.test(line) && !/[.!?:;]$/.test(last.text)) {
      out[out.length - 1] = { ...last, text: `${last.text} ${line}` };
      continue;
    }
    out.push({ text: line, listed });
  }
  return out;
}

/**
 * Lays out an item's minutes: `text` is the item's whole minutes as read (points and resolutions among them), `points`
 * and `resolutions` what was stored of them. A resolution is placed at the paragraphs whose words it is (found in
 * order, letters and digits compared), so it is shown once, where the minutes have it.
 */
export function layOutMinutes<P extends { readonly text: string }, R extends { readonly text: string }>(
  text: string | null,
  points: readonly P[],
  resolutions: readonly R[],
): MinuteLayout<P, R> {
  const paragraphs = text ? minuteParagraphs(text) : [];
  // The squashed text of every paragraph, one after another, and where each paragraph starts in it.
  const starts: number[] = [];
  let joined = '';
  for (const p of paragraphs) {
    if (joined) joined += ' ';
    starts.push(joined.length);
    joined += squash(p.text);
  }
  const paragraphAt = (offset: number): number => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
    return k;
  };
  const claimed = paragraphs.map(() => false);
  const startingAt = paragraphs.map((): R[] => []);
  const endingAt = paragraphs.map((): R[] => []);
  const otherResolutions: R[] = [];
  let cursor = 0;
  for (const r of resolutions) {
    const words = squash(r.text);
    let at = words ? joined.indexOf(words, cursor) : -1;
    if (at < 0 && words) at = joined.indexOf(words);
    if (at < 0) {
      otherResolutions.push(r);
      continue;
    }
    const first = paragraphAt(at);
    const last = paragraphAt(at + words.length - 1);
    for (let k = first; k <= last; k++) claimed[k] = true;
    startingAt[first]!.push(r);
    endingAt[last]!.push(r);
    cursor = Math.max(cursor, at + words.length);
  }
  // A lead-in standing alone above a resolution belongs with it.
  for (let k = 0; k + 1 < paragraphs.length; k++)
    if (!claimed[k] && claimed[k + 1] && LEAD_IN.test(paragraphs[k]!.text)) claimed[k] = true;
  const blocks: { kind: 'text' | 'resolved'; paragraphs: MinuteParagraph<R>[] }[] = [];
  for (const [k, p] of paragraphs.entries()) {
    const kind = claimed[k] ? 'resolved' : 'text';
    const paragraph = {
      text: p.text,
      listed: p.listed,
      resolutionsStartingHere: startingAt[k]!,
      resolutionsEndingHere: endingAt[k]!,
    };
    const last = blocks[blocks.length - 1];
    if (last?.kind === kind) last.paragraphs.push(paragraph);
    else blocks.push({ kind, paragraphs: [paragraph] });
  }
  return {
    blocks,
    // A point read from these minutes is in their text; one typed in beside them may not be.
    otherPoints: points.filter((p) => !joined.includes(squash(p.text).slice(0, POINT_PREFIX))),
    otherResolutions,
  };
}
