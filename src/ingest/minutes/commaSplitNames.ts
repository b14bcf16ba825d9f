import { isGivenName } from './givenNames.js';

/** The part of a listed name this step reads and rewrites. */
interface Named {
  readonly name: string;
  readonly role: string | null;
  readonly note: string | null;
  readonly after: string | null;
}

/** A name of two words or more opening with a whole word (not an initial), without a title: "Tilda McCrimmon". */
const FULL_NAME = /^\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}[\p{L}'’-]+)+$/u;
const ONE_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * "Apologies from Tilda McCrimmon and Barbara, Barnes": in a list of first-and-last names, a stray comma split one
 * person in two; a lone first name followed by a lone word that is no first name is that person's surname. Lists of
 * surnames ("Lynn, Payne, N Parry, James") or of first names ("Gwydion, Emlyn, Ann") are left as they are: every
 * other entry must be a full name.
 */
export function joinCommaSplitNames<T extends Named>(entries: readonly T[]): T[] {
  const plain = (e: T): boolean => !e.role && !e.note && !e.after;
  const splitAt = (k: number): boolean => {
    const first = entries[k]!;
    const second = entries[k + 1];
    return (
      second !== undefined &&
      plain(first) &&
      plain(second) &&
      ONE_WORD.test(first.name) &&
      isGivenName(first.name) &&
      ONE_WORD.test(second.name) &&
      !isGivenName(second.name)
    );
  };
  const k = entries.findIndex((_, n) => splitAt(n));
  if (k < 0) return [...entries];
  const others = entries.filter((_, n) => n !== k && n !== k + 1);
  if (others.length === 0 || !others.every((e) => FULL_NAME.test(e.name))) return [...entries];
  const joined = { ...entries[k]!, name: `${entries[k]!.name} ${entries[k + 1]!.name}` };
  return [...entries.slice(0, k), joined, ...entries.slice(k + 2)];
}
