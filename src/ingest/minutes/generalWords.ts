/**
 * Words that make up posts, departments and the sections of minutes (not those that are also surnames, as Parks
 * and Fleet are): a "name" made of these alone
 * is a title or heading read where a name would be ("Planning", "Public Works", "Vice President",
 * "Interim Deputy Treasurer"), never a person.
 */
const GENERAL =
  /^(?:vice|deputy|interim|acting|assistant|senior|chief|general|public|borough|county|district|unitary|parish|town|city|councill?or|administration|engineering|works|operations|safety|communications|strategy|assessment|recreation|building|buildings|treasurer|president|supervisor|secretary|administrator|staff|visitors|guests|apology|apologies|resolution|report|reports|agenda|minutes|update|children(?:'s|’s)?|adults?|housing|planning|finance|legal|education|highways|environment(?:al)?|health|social|care|communities|community|regeneration|transport|waste|libraries|culture|leisure|safeguarding|democratic|constitutional|corporate|people|place|resources|property|estates|licensing|revenues|benefits|development|services)$/i;

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
