import type { Line } from './lines.js';
import { builtPattern } from './builtPatterns.js';

/** One person of a run of declarations and what their interest is. */
export interface RunEntry {
  readonly name: string;
  readonly text: string;
}

/** "Non-pecuniary interests were declared by:", "Declared by -": the people who declared follow. */
const DECLARED_BY = /^.*?\b(?:declared|disclosed|made)\s+by\s*[:–-]+\s*/i;
/** An office standing for the person who holds it, opening an entry: "The Chairman in relation to ...". */
const ROLE_START =
  /^the\s+(?:(?:vice|deputy)[\s-]+)?(?:chair(?:man|woman|person)?|convenor|convener|mayor|provost|clerk)\b/i;

/**
 * Declarations listed one after another on a line that lost its breaks: "The Chairman in relation to anything on the
 * playing fieldCllr. Cockram in relation to anything on the playing fieldCllr. Flavin whose husband was ...", each
 * person (or office) opening an entry, a title glued to the word before it where the line breaks were. Read after a
 * "declared by:" lead, or where at least one title is glued on (a list whose breaks were lost).
 *
 * @param person - the pattern of a titled person (declarations.ts's PERSON), its name in group 1.
 */
export function readDeclarationRun(line: Line, person: string): RunEntry[] {
  const lead = DECLARED_BY.exec(line.text);
  const text = (lead ? line.text.slice(lead[0].length) : line.text).replace(/\s*\|\s*$/, '').trim();
  const starts = [...text.matchAll(builtPattern(`(?<=^|[\\s\\p{Ll};,])${person}`, 'gu'))].map((m) => m.index);
  const glued = starts.some((at) => at > 0 && /\p{Ll}/u.test(text[at - 1]!));
  if (!lead && !glued) return [];
  const role = ROLE_START.exec(text);
  if (starts[0] !== 0 && !role) return [];
  const cuts = role && starts[0] !== 0 ? [0, ...starts] : starts;
  const out: RunEntry[] = [];
  for (const [k, at] of cuts.entries()) {
    const entry = text.slice(at, cuts[k + 1] ?? text.length).trim();
    const name = k === 0 && role && starts[0] !== 0 ? role[0] : builtPattern(`^${person}`, 'u').exec(entry)?.[1];
    const rest = name
      ? entry
          .slice(name.length)
          .replace(/^[\s,:–-]+/, '')
          .replace(/[\s;,.]+$/, '')
      : '';
    // What follows a name says what the interest is ("in relation to ...", "whose husband ..."); a bare list of names
    // or a new sentence is something else.
    if (!name || !/^\p{Ll}/u.test(rest)) return [];
    out.push({ name, text: rest });
  }
  return out;
}
