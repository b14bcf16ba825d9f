import { editDistance, isAdjacentTransposition } from './editDistance.js';
import type { NameAnalysis, NameToken } from './personName.js';
import { analysePersonName, parsePersonName } from './personName.js';
import { givenNameRelation } from './nicknames.js';

/**
 * How sure a match is. `same` and `likely` are safe to merge (reversibly); `possible` waits for
 * a clerk; `different` is not proposed at all.
 */
export type NameVerdict = 'same' | 'likely' | 'possible' | 'different';

export interface NameComparison {
  readonly verdict: NameVerdict;
  /** 0..1; `same` >= 0.95, `likely` 0.7-0.94, `possible` 0.4-0.69, `different` < 0.4. */
  readonly score: number;
  /** Sentences a clerk can check, e.g. "given names Sam/Samuel are short and long forms". */
  readonly evidence: readonly string[];
}

export interface NameMatchContext {
  /** Both names were met in the same body (committee, board), where a surname alone is telling. */
  readonly sameBody?: boolean;
}

type FamilyLink = 'equal' | 'transposition' | 'one-edit' | 'part' | 'different';
type GivenLink = 'equal' | 'spelling' | 'short-form' | 'initial' | 'one-edit' | 'missing' | 'different';

/** A name analysed once for comparing with many others (`nameSide`, `compareNameSides`). */
export interface NameSide {
  readonly raw: string;
  readonly analysis: NameAnalysis;
  readonly display: string;
  readonly family: string;
  readonly familyKey: string;
}

/**
 * Whether two written names are one person, with the evidence. Reads titles, initials, short
 * forms (Sam/Samuel), spelling variants and one-letter slips:
 * - same surname and given name → `same`; initials (`J Smith`/`John Smith`) or short forms → `likely`;
 * - surname differing by one transposition (`Matsiko`/`Matisko`) with the same given name → `likely`;
 *   by another one-letter change (`Smith`/`Smyth`, often a different family) → `possible`,
 *   `likely` within one body;
 * - a surname-only mention (`Councillor Barnard`) → `likely` within one body, else `possible`;
 * - different given names (`John`/`Jane Smith`), clashing middle initials or clashing titles
 *   (`Mr`/`Mrs`) → `different`.
 * Symmetric in verdict and score. Never throws.
 */
export function compareNames(a: string, b: string, context: NameMatchContext = {}): NameComparison {
  return compareNameSides(nameSide(a), nameSide(b), context);
}

/** {@link compareNames} over names analysed beforehand: comparing one name with thousands analyses it once. */
export function compareNameSides(left: NameSide, right: NameSide, context: NameMatchContext = {}): NameComparison {
  const sameBody = context.sameBody === true;
  const a = left.raw;
  const b = right.raw;
  if (!left.familyKey || !right.familyKey) {
    return { verdict: 'different', score: 0, evidence: [`no name to compare in ${quote(!left.familyKey ? a : b)}`] };
  }
  const evidence: string[] = [];

  const family = familyLink(left, right);
  evidence.push(familyEvidence(family, left.family, right.family));
  if (family === 'different') return { verdict: 'different', score: 0, evidence };

  const given = givenLink(left, right, sameBody, evidence);
  if (given === 'different') return { verdict: 'different', score: family === 'equal' ? 0.1 : 0, evidence };

  const clash = titleClash(left.analysis, right.analysis) ?? middleClash(left.analysis, right.analysis);
  if (clash) {
    evidence.push(clash);
    return { verdict: 'different', score: 0.2, evidence };
  }

  const [verdict, score] = decide(family, given, sameBody, middlesAgree(left.analysis, right.analysis));
  return { verdict, score, evidence };
}

export function nameSide(raw: string): NameSide {
  const analysis = analysePersonName(raw);
  const parsed = parsePersonName(raw);
  return { raw, analysis, display: parsed.display, family: parsed.family ?? '', familyKey: compact(analysis.family) };
}

/**
 * Keys under which a name is filed so that any two names `compareNameSides` finds alike share one:
 * the family key, each one-letter deletion of it (one deletion from each side meets for a
 * substitution, an insertion or a transposition), and the parts of a double-barrelled name. Names
 * sharing no key are always `different`, so a newcomer is compared with a few people, not everyone.
 */
export function nameBlockingKeys(side: NameSide): string[] {
  const key = side.familyKey;
  if (!key) return [];
  const letters = [...key];
  const keys = new Set([key]);
  for (let i = 0; i < letters.length; i++) keys.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
  const parts = familyParts(side);
  if (parts.length > 1) for (const p of parts) keys.add(p);
  return [...keys];
}

/** The verdict table; see {@link compareNames}. `fullMiddles` is false when a middle name is on one side only. */
function decide(family: FamilyLink, given: GivenLink, sameBody: boolean, fullMiddles: boolean): [NameVerdict, number] {
  const strongGiven = given === 'equal' || given === 'spelling';
  const looseGiven = given === 'short-form' || given === 'initial';
  switch (family) {
    case 'equal':
      if (given === 'equal') return fullMiddles ? ['same', 1] : ['same', 0.95];
      if (given === 'spelling') return ['likely', 0.9];
      if (given === 'short-form') return ['likely', 0.88];
      if (given === 'initial') return ['likely', 0.85];
      if (given === 'one-edit') return sameBody ? ['likely', 0.75] : ['possible', 0.65];
      return sameBody ? ['likely', 0.75] : ['possible', 0.55];
    case 'transposition':
      if (strongGiven) return ['likely', 0.8];
      if (looseGiven) return ['possible', 0.6];
      if (given === 'missing') return sameBody ? ['possible', 0.5] : ['different', 0.3];
      return ['different', 0.25];
    case 'one-edit':
      if (strongGiven) return sameBody ? ['likely', 0.72] : ['possible', 0.6];
      if (looseGiven) return sameBody ? ['possible', 0.45] : ['different', 0.3];
      return ['different', 0.2];
    case 'part':
      if (strongGiven) return ['possible', 0.55];
      if (looseGiven && sameBody) return ['possible', 0.45];
      return ['different', 0.2];
    case 'different':
      return ['different', 0];
  }
}

/**
 * Surnames compared without case, accents, spaces, hyphens or apostrophes. One-letter slips
 * count only in longer names, where they are rarely another family's name.
 */
function familyLink(left: NameSide, right: NameSide): FamilyLink {
  const a = left.familyKey;
  const b = right.familyKey;
  if (a === b) return 'equal';
  const shorter = Math.min([...a].length, [...b].length);
  if (editDistance(a, b) === 1) {
    if (isAdjacentTransposition(a, b) && shorter >= 4) return 'transposition';
    if (shorter >= 5) return 'one-edit';
  }
  // A double-barrelled name used in part: O'Neill-Brown and Brown.
  const partsA = familyParts(left);
  const partsB = familyParts(right);
  if ((partsA.length > 1 && partsA.includes(b)) || (partsB.length > 1 && partsB.includes(a))) return 'part';
  return 'different';
}

function familyParts(side: NameSide): string[] {
  return side.analysis.family.flatMap((t) => t.key.split('-')).filter((p) => [...p].length >= 3);
}

function familyEvidence(link: FamilyLink, a: string, b: string): string {
  switch (link) {
    case 'equal':
      return `family names match (${a})`;
    case 'transposition':
      return `family names ${a}/${b} differ by one transposition`;
    case 'one-edit':
      return `family names ${a}/${b} differ by one letter`;
    case 'part':
      return `family name ${a}/${b}: one is part of the other`;
    case 'different':
      return `family names ${a}/${b} differ`;
  }
}

function givenLink(left: NameSide, right: NameSide, sameBody: boolean, evidence: string[]): GivenLink {
  const a = left.analysis.forenames[0];
  const b = right.analysis.forenames[0];
  if (!a || !b) {
    if (!a && !b) {
      evidence.push(`both are surname-only mentions${sameBody ? ' within one body' : ''}`);
    } else {
      const [short, full] = !a ? [left, right] : [right, left];
      evidence.push(
        `surname-only mention ${quote(short.raw.trim())} matches ${quote(full.display)}${sameBody ? ' within one body' : ', but not within one body'}`,
      );
    }
    return 'missing';
  }
  const initialA = isInitial(a);
  const initialB = isInitial(b);
  if (initialA || initialB) {
    if (a.key[0] !== b.key[0]) {
      evidence.push(`given names ${a.written}/${b.written} differ`);
      return 'different';
    }
    if (initialA && initialB) {
      const ia = initials(left.analysis);
      const ib = initials(right.analysis);
      evidence.push(`initials ${ia}/${ib} agree`);
      // "J Smith" and "J A Smith" may be one person, but initials alone never make a name certain.
      return ia === ib ? 'equal' : 'initial';
    }
    const [initial, full] = initialA ? [a, b] : [b, a];
    evidence.push(`initial ${initial.written.toUpperCase()} matches given name ${full.written}`);
    return 'initial';
  }
  const relation = givenNameRelation(a.key, b.key);
  if (relation?.kind === 'equal') {
    evidence.push(`given names match (${a.written})`);
    return 'equal';
  }
  if (relation?.kind === 'spelling') {
    evidence.push(`given names ${a.written}/${b.written} are spellings of one name`);
    return 'spelling';
  }
  if (relation?.kind === 'short-form') {
    evidence.push(`given names ${a.written}/${b.written} are short and long forms`);
    return 'short-form';
  }
  if (relation?.kind === 'shared-full') {
    evidence.push(`given names ${a.written}/${b.written} are both short forms of ${capitalise(relation.full)}`);
    return 'short-form';
  }
  if (editDistance(a.key, b.key) === 1 && Math.min([...a.key].length, [...b.key].length) >= 5) {
    evidence.push(`given names ${a.written}/${b.written} differ by one letter`);
    return 'one-edit';
  }
  evidence.push(`given names ${a.written}/${b.written} differ`);
  return 'different';
}

/** `Mr` on one side and `Mrs` on the other. */
function titleClash(a: NameAnalysis, b: NameAnalysis): string | null {
  const genderOf = (n: NameAnalysis): ReadonlySet<string> =>
    new Set(n.honorifics.flatMap((h) => (h.gender ? [h.gender] : [])));
  const ga = genderOf(a);
  const gb = genderOf(b);
  if ((ga.has('male') && gb.has('female')) || (ga.has('female') && gb.has('male'))) {
    const titles = (n: NameAnalysis): string =>
      n.honorifics
        .filter((h) => h.gender)
        .map((h) => h.canonical)
        .join(' ');
    return `titles ${titles(a)}/${titles(b)} suggest different people`;
  }
  return null;
}

/** `John A Smith` and `John B Smith`: both give a middle name and they cannot be the same. */
function middleClash(a: NameAnalysis, b: NameAnalysis): string | null {
  const ma = a.forenames[1];
  const mb = b.forenames[1];
  if (!ma || !mb) return null;
  const compatible =
    isInitial(ma) || isInitial(mb) ? ma.key[0] === mb.key[0] : givenNameRelation(ma.key, mb.key) !== null;
  return compatible ? null : `middle names ${ma.written}/${mb.written} differ`;
}

/** False when one side gives a middle name and the other does not. */
function middlesAgree(a: NameAnalysis, b: NameAnalysis): boolean {
  return a.forenames.length === b.forenames.length;
}

function compact(tokens: readonly NameToken[]): string {
  return tokens.map((t) => t.key.replace(/-/g, '')).join('');
}

function isInitial(token: NameToken): boolean {
  return [...token.key].length === 1;
}

function initials(analysis: NameAnalysis): string {
  return analysis.forenames.map((t) => [...t.written][0]?.toUpperCase() ?? '').join('');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function quote(text: string): string {
  return `'${text}'`;
}
