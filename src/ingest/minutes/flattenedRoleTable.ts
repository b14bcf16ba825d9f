import { fusedNamePairs } from './fusedNames.js';

/**
 * A names table with a role column, flattened into one run of text: "Chairperson Gary Brown Deputy Chairperson
 * Victoria Short Members Andy Dunn Janet Fitzgerald, JP Gary Holmes". The role column's words sit between the names:
 * a chair's post opens the next name, a plural group word ("Members") only separates. Names of the group, with no
 * separator left between them, are told apart by their shape: four or six capitalised words are two or three names.
 */

/** A chair's or mayor's post after other text opens a new name: "... Gary Brown Deputy Chairperson Victoria Short". */
const POST_OPENS_NAME =
  /(?<=\p{L})(?<!\b(?:Deputy|Vice))\s+(?=(?:(?:Deputy|Vice)[\s-]+)?(?:Chair(?:person|man|woman)?|Mayor)\s+\p{Lu}\p{Ll})/gu;

/** A plural group word of the role column: "Members Andy Dunn", "Councillors Jo Bloggs". */
const GROUP_WORD = /(?:^|\s+)(?:Members|Councillors|Board\s+Members)\s+(?=\p{Lu}\p{Ll})/gu;

const HONOURS_LEAD = /^(?:JP|QSO|QSM|MNZM|ONZM|CNZM|OAM|MBE|OBE|CBE)\s+/;

/** Gives the text with "; " between the table's names, or the text unchanged when it is no such run. */
export function splitFlattenedRoleTable(text: string): string {
  const posts = text.match(POST_OPENS_NAME)?.length ?? 0;
  const groups = text.match(GROUP_WORD)?.length ?? 0;
  if (posts + groups === 0 || !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(text)) return text;
  // A group word that heads the whole list is a plural title, read as such elsewhere.
  if (posts === 0 && groups === 1 && /^(?:Members|Councillors|Board\s+Members)\s/.test(text)) return text;
  const marked = text.replace(POST_OPENS_NAME, '; ').replace(GROUP_WORD, '; ');
  return marked
    .split(/\s*[;,]\s*/)
    .map((piece) => piece.replace(HONOURS_LEAD, '').trim())
    .filter(Boolean)
    .flatMap(splitFusedPairs)
    .join('; ');
}

/** "Andy Dunn Janet Fitzgerald": four or six capitalised words, no initials, are names of two words each. */
function splitFusedPairs(piece: string): string[] {
  return fusedNamePairs(piece.split(/\s+/), [4, 6]) ?? [piece];
}
