import { isGivenName } from './givenNames.js';

/**
 * A post's or seat's words, which stand before one name ("Deputy Reeve Joan Tremblay", "Commissioner Tom Bell"), never
 * open a second.
 */
const OFFICE_WORD =
  /^(?:Deputy|Vice|Acting|Reeve|Mayor|Warden|Chair\w*|President|Supervisor|Trustee|Alderman|Commissioner|Boardmember|Councilmember|Council|Member|Council(?:man|woman)|Select(?:man|woman)|Legislator|Freeholder)$/;

/** A capitalised word of a name, no initials: "Janet", "Hesketh-Harvey", "O'Neill". */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** Words that join a surname to what is around it ("Te Pa", "de Vries", "van der Berg", "Mac Giolla"). */
const SURNAME_PARTICLE =
  /^(?:te|de|da|di|du|del|della|der|den|van|von|le|la|mac|mc|o|ó|ní|nic|ua|ap|bin|ibn|al|el|st)$/i;

/**
 * Names of two words each that a lost separator ran together: "Andy Dunn Janet Fitzgerald" is "Andy Dunn" and "Janet
 * Fitzgerald". Null when the words may be one name: a count not in `sizes`, an initial, a post's word, or a surname
 * particle ("Nina Hori Te Pa").
 */
export function fusedNamePairs(words: readonly string[], sizes: readonly number[]): string[] | null {
  if (!sizes.includes(words.length) || words.length % 2 !== 0) return null;
  if (!words.every((w) => NAME_WORD.test(w)) || words.some((w) => OFFICE_WORD.test(w) || SURNAME_PARTICLE.test(w)))
    return null;
  const pairs: string[] = [];
  for (let k = 0; k < words.length; k += 2) pairs.push(`${words[k]} ${words[k + 1]}`);
  return pairs;
}

/** An initial: "S", "D.". */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * Two "initial surname" names a lost comma ran together: "S Benbow-Jones M Hughes" is "S Benbow-Jones" and "M
 * Hughes". Null unless the words are exactly initial, surname, initial, surname.
 */
export function fusedInitialPairs(words: readonly string[]): string[] | null {
  if (words.length !== 4) return null;
  const [a, b, c, d] = words as [string, string, string, string];
  if (!INITIAL.test(a) || !INITIAL.test(c)) return null;
  if (![b, d].every((w) => NAME_WORD.test(w) && !OFFICE_WORD.test(w) && !SURNAME_PARTICLE.test(w))) return null;
  return [`${a} ${b}`, `${c} ${d}`];
}

/**
 * "Jo Bloggs Elgin Rob Smith Lossiemouth": each person's first and last name, then the place they stand for, every
 * separator lost. Read as threes only when each three opens with a common given name and neither of its other words is
 * one, so a list of first-and-last names ("Peter Argyle Eric Baird ...", where a three would open on a surname) never
 * is. Gives the names without their places; null otherwise.
 */
export function namesBeforePlaces(words: readonly string[]): string[] | null {
  if (words.length < 6 || words.length % 3 !== 0) return null;
  if (!words.every((w) => NAME_WORD.test(w)) || words.some((w) => OFFICE_WORD.test(w) || SURNAME_PARTICLE.test(w)))
    return null;
  const names: string[] = [];
  for (let k = 0; k < words.length; k += 3) {
    const [first, last, place] = [words[k]!, words[k + 1]!, words[k + 2]!];
    if (!isGivenName(first) || isGivenName(last) || isGivenName(place)) return null;
    names.push(`${first} ${last}`);
  }
  return names;
}
