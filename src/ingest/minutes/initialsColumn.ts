/**
 * A members' grid printed as "Name   INITIALS" columns: PDF text may give the initials column apart from the names
 * ("Catherine Chisholm", then "CC"), so the initials come out as entries of their own. Initials that are those of a
 * name in the same list are that person's short form, not another person.
 */

const INITIALS = /^\p{Lu}{2,4}$/u;
const TITLE = /^(?:Councill?or|Cllr|Cr|Mr|Mrs|Ms|Miss|Dr)\.?$/i;

/** "Catherine Chisholm" -> "CC"; a title is not part of the initials. */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !TITLE.test(w))
    .map((w) => w[0])
    .join('');
}

/** The entries without those that are only the initials of another entry's name. */
export function withoutInitialsOfListed<T extends { readonly name: string }>(entries: readonly T[]): T[] {
  const named = new Set(entries.filter((e) => !INITIALS.test(e.name)).map((e) => initialsOf(e.name)));
  return entries.filter((e) => !INITIALS.test(e.name) || !named.has(e.name));
}
