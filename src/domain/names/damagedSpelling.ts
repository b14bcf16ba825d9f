import { editDistance } from './editDistance.js';
import { compareNames } from './nameMatch.js';
import { nameKey } from './nameKey.js';
import { parsePersonName } from './personName.js';

/** A name in a document that reads as a damaged copy of another name in the same document. */
export interface DamagedSpelling {
  /** The name as written, and the display name it is taken to stand for. */
  readonly written: string;
  readonly intended: string;
  readonly evidence: readonly string[];
}

/** Letters that may differ in a damaged given name: more and it is another name. */
const MAX_GIVEN_EDITS = 2;

/**
 * Names that look like PDF damage of another name in the same document ("Same Garrard" beside
 * "Jane Garrard"): the family names agree, the given names differ by one or two letters (and are
 * not forms of one name, which `compareNames` already matches), the name is written once in the
 * document, and the other name more often. Such a name should not become a person of its own
 * before a clerk has looked: the caller holds it for review. Two people of one family whose given
 * names are a letter apart (Jake and Jane Smith) are held too, and a clerk keeps them apart with
 * one `reject`; a misread name given a page of its own would mislead every reader instead.
 *
 * `timesWritten(display)` says how often the document writes a display name (honorifics off).
 * Pure; never throws.
 */
export function damagedSpellings(
  names: readonly string[],
  timesWritten: (display: string) => number,
): DamagedSpelling[] {
  const people = new Map<string, { written: string; display: string; given: string; family: string }>();
  for (const written of names) {
    const parsed = parsePersonName(written);
    const key = nameKey(written);
    if (!key || !parsed.given || !parsed.family || people.has(key)) continue;
    const words = key.split(' ');
    people.set(key, {
      written,
      display: parsed.display,
      given: words.slice(0, -1).join(' '),
      family: words[words.length - 1]!,
    });
  }
  const counts = new Map<string, number>();
  const count = (display: string): number => {
    if (!counts.has(display)) counts.set(display, timesWritten(display));
    return counts.get(display)!;
  };
  const out: DamagedSpelling[] = [];
  // Only names of one family are compared: grouped by it, in the order given, so a long list costs no more than its
  // largest family.
  const list = [...people.values()];
  const families = new Map<string, typeof list>();
  for (const person of list) {
    const family = families.get(person.family);
    if (family) family.push(person);
    else families.set(person.family, [person]);
  }
  for (const a of list) {
    let best: { other: (typeof list)[number]; edits: number; times: number } | null = null;
    for (const b of families.get(a.family)!) {
      if (a === b || a.given.length < 3 || b.given.length < 3) continue;
      const edits = editDistance(a.given, b.given);
      if (edits === 0 || edits > MAX_GIVEN_EDITS || edits * 2 > Math.max(a.given.length, b.given.length)) continue;
      if (compareNames(a.written, b.written).verdict !== 'different') continue;
      if (count(a.display) !== 1) break;
      const times = count(b.display);
      if (times < 2 || (best && best.times >= times)) continue;
      best = { other: b, edits, times };
    }
    if (!best) continue;
    out.push({
      written: a.written,
      intended: best.other.display,
      evidence: [
        `"${a.display}" is written once in the document, "${best.other.display}" ${best.times} times`,
        `family names match (${best.other.display.split(' ').pop()}); given names differ by ${best.edits} letter(s)`,
        'read as damaged text (a PDF misreading), so held for review rather than given a page of its own',
      ],
    });
  }
  return out;
}
