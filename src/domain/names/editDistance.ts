/**
 * The optimal string alignment distance (restricted Damerau-Levenshtein): the fewest single-
 * character insertions, deletions, substitutions and transpositions of adjacent characters
 * that turn `a` into `b`, where no substring is edited twice. `Matsiko`/`Matisko` is 1.
 * Counts code points, so a letter outside the Basic Multilingual Plane is one character.
 * Symmetric, 0 exactly when the strings are equal, at most the longer length. Unlike the
 * unrestricted distance it does not obey the triangle inequality (`ca`→`ac`→`abc` is 1 + 1,
 * but `ca`→`abc` is 3), so do not use it as a metric.
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const n = s.length;
  const m = t.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: the transposition step looks two rows back.
  let twoBack = new Array<number>(m + 1).fill(0);
  let previous = Array.from({ length: m + 1 }, (_, j) => j);
  let current = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, (twoBack[j - 2] ?? 0) + 1);
      current[j] = best;
    }
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[m] ?? 0;
}

/** Whether `b` is `a` with exactly one pair of adjacent, different characters swapped (`Matsiko`/`Matisko`). */
export function isAdjacentTransposition(a: string, b: string): boolean {
  const s = [...a];
  const t = [...b];
  if (s.length !== t.length) return false;
  const differ = s.flatMap((c, i) => (c === t[i] ? [] : [i]));
  const [i, j] = differ;
  return differ.length === 2 && i !== undefined && j === i + 1 && s[i] === t[j] && s[j] === t[i];
}
