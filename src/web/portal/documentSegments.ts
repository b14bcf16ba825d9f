/** A run of a document's text, optionally marked as the highlighted passage, optionally opening with an anchor. */
export interface TextSegment {
  readonly text: string;
  readonly marked: boolean;
  readonly anchor: string | null;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts a document's text at each part's start (so `#part-N` links land there) and around the
 * highlighted span. Offsets out of range are ignored rather than trusted: they come from imports.
 */
export function documentSegments(
  text: string,
  partStarts: readonly { anchor: string; offset: number }[],
  highlight: Span | null,
): TextSegment[] {
  const hl =
    highlight && highlight.start >= 0 && highlight.start < highlight.end && highlight.end <= text.length
      ? highlight
      : null;
  const anchors = new Map<number, string>();
  for (const p of partStarts)
    if (p.offset >= 0 && p.offset < text.length && !anchors.has(p.offset)) anchors.set(p.offset, p.anchor);
  const cuts = new Set<number>([0, text.length, ...anchors.keys()]);
  if (hl) {
    cuts.add(hl.start);
    cuts.add(hl.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let n = 0; n + 1 < sorted.length; n++) {
    const start = sorted[n]!;
    const end = sorted[n + 1]!;
    segments.push({
      text: text.slice(start, end),
      marked: hl !== null && start >= hl.start && end <= hl.end,
      anchor: anchors.get(start) ?? null,
    });
  }
  return segments;
}
