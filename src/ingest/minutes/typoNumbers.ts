/** What the run is read from: an item start's number as its scheme and the value of its last part. */
interface NumberedStart {
  readonly value: number;
  readonly scheme: string;
}

/**
 * "19.03.3 Minutes", "19.01.4 Matters Arising", "19.03.5 Finance": a number typed with another meeting's prefix in a
 * run of the meeting's own. It starts the item the run is missing: the number in its place, written in the same shape,
 * with the value the gap wants.
 */
export function withMistypedNumbers<T extends NumberedStart>(chain: readonly T[], starts: readonly T[]): T[] {
  if (chain.length < 3) return [...chain];
  const position = new Map(starts.map((s, n) => [s, n]));
  const out: T[] = [chain[0]!];
  for (let k = 1; k < chain.length; k++) {
    const a = chain[k - 1]!;
    const b = chain[k]!;
    const from = position.get(a);
    const to = position.get(b);
    if (b.value - a.value === 2 && a.scheme === b.scheme && from !== undefined && to !== undefined) {
      const between = starts
        .slice(from + 1, to)
        .filter((s) => s.value === a.value + 1 && s.scheme !== a.scheme && sameShape(s.scheme, a.scheme));
      if (between.length === 1) out.push(between[0]!);
    }
    out.push(b);
  }
  return out;
}

/** "19.01." and "19.03.": the same digits-and-marks pattern, a prefix that differs only in its figures. */
function sameShape(one: string, other: string): boolean {
  return one !== '' && /\d/.test(one) && one.replace(/\d/g, '0') === other.replace(/\d/g, '0');
}
