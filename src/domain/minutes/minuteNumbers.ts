/**
 * Minute numbers continue the body's own scheme, learned from the last number it used: a count
 * running through the municipal year (`35`, `36`), with a year after it (`77/21`, `78/21`) or a
 * prefix before it (`CAB.12`, `CAB.13`). With nothing to follow, minutes are numbered from 1.
 */
const SCHEME = /^(\D*?)(\d+)(.*)$/;

/** The `count` minute numbers after `last` (the body's latest this municipal year, or null). */
export function nextMinuteNumbers(last: string | null, count: number): string[] {
  const match = last ? SCHEME.exec(last.trim()) : null;
  const [prefix, start, suffix] = match ? [match[1]!, Number(match[2]!), match[3]!] : ['', 0, ''];
  return Array.from({ length: count }, (_, k) => `${prefix}${start + k + 1}${suffix}`);
}

/** Compares two minute numbers of one scheme by their running count (`9` before `10`, `CAB.9` before `CAB.10`). */
export function minuteNumberOrder(a: string, b: string): number {
  const x = SCHEME.exec(a);
  const y = SCHEME.exec(b);
  if (x && y && x[1] === y[1] && x[3] === y[3]) return Number(x[2]) - Number(y[2]);
  return a.localeCompare(b);
}
