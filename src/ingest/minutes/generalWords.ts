/** Departments and services of a council, the words of its job titles ("Head of Housing"). */
export const DEPARTMENT_WORDS: readonly string[] = [
  "children(?:'s|’s)?",
  'adults?',
  'housing',
  'planning',
  'finance',
  'legal',
  'education',
  'highways',
  'environment(?:al)?',
  'health',
  'social',
  'care',
  'communities',
  'community',
  'regeneration',
  'transport',
  'waste',
  'libraries',
  'culture',
  'leisure',
  'safeguarding',
  'public',
  'democratic',
  'constitutional',
  'corporate',
  'people',
  'place',
  'resources',
  'property',
  'estates',
  'licensing',
  'revenues',
  'benefits',
];

const POST_AND_SECTION_WORDS =
  'vice|deputy|interim|acting|assistant|senior|chief|general|borough|county|district|unitary|parish|town|city|councill?or|administration|engineering|works|operations|safety|communications|strategy|assessment|recreation|building|buildings|treasurer|president|supervisor|secretary|administrator|staff|visitors|guests|apology|apologies|resolution|report|reports|agenda|minutes|update|development|services|matters|arising|correspondence|financial|bank|statements?|accounts|reconciliation|payments|announcements|aob';

/**
 * Words that make up posts, departments and the sections of minutes (not those that are also surnames, as Parks
 * and Fleet are): a "name" made of these alone
 * is a title or heading read where a name would be ("Planning", "Public Works", "Vice President",
 * "Interim Deputy Treasurer", "Matters Arising", "Bank Statement" under an empty "Apologies" heading), never a person.
 */
const GENERAL = new RegExp(`^(?:${POST_AND_SECTION_WORDS}|${DEPARTMENT_WORDS.join('|')})$`, 'i');

/**
 * Words no person is called even after an honorific ("Councillor Report" is a heading, "Councillor
 * Parks" a person): the sections of minutes and the names of offices.
 */
const NEVER_A_SURNAME =
  /^(?:report|reports|apology|apologies|resolution|agenda|minutes|update|staff|visitors|guests|treasurer|president|supervisor|secretary|administrator)$/i;

/**
 * Whether the words of a would-be name are all general words: with an honorific only the words no
 * surname takes count, since many surnames are ordinary words (Parks, Price, Works).
 */
export function onlyGeneralWords(words: readonly string[], afterHonorific: boolean): boolean {
  if (words.length === 0) return false;
  const general = afterHonorific ? NEVER_A_SURNAME : GENERAL;
  return words.every((w) => general.test(w.replace(/[.,;:]+$/, '')));
}
