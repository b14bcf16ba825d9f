import { standardKindOf } from '../../domain/agendaItem.js';

/**
 * The heading of the item where members state their interests, in the words councils use for it: "Declarations of
 * Interest", "Disclosure of Pecuniary Interest and the General Nature Thereof", "Declarations of Members' Interests",
 * "Conflicts of Interest", "Indications of Pecuniary and Conflicts of Interest", "Disclosures of Interests Affecting
 * Impartiality", also when the item shares its heading with the roll call or apologies.
 */
const INTERESTS_HEADING =
  /\b(?:declarations?|disclosures?|indications?|notifications?|statements?)\s+of\s+(?:[\p{L}'’-]+\s+){0,4}?(?:interests?|conflicts?)\b|\bconflicts?\s+of\s+interests?\b|^(?:members['’]?\s+)?interests?$/iu;

/** True when a heading names the item in which interests are declared. */
export function isDeclarationsHeading(title: string): boolean {
  const text = title.trim();
  if (text.length > 160) return false;
  return standardKindOf(text) === 'declarations' || INTERESTS_HEADING.test(text);
}
