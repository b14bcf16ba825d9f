/**
 * One sentence that holds two declarations, each with its own subject and verb: "NO declared an interest in Timber
 * Cottage and NS declared an interest in St Joseph's", "Cllr A declared a personal interest in item 4; Cllr B declared
 * ...". The sentence is cut before the second subject, where "and" (or ";") is followed by capitalised words and
 * then the verb, or where a full stop (not an initial's or a title's) ends the first, and only after the first verb:
 * "Cllrs A and B declared" is one subject, "items 4 and 5 and Cllr B declared" keeps item 5 with the first clause (a
 * number is no subject).
 */
const SECOND_CLAUSE =
  /(?<=\b(?:declared|disclosed)\b[^;]*?)(?:\s*,?\s*(?:;|\band\b|&)|(?<!\b(?:\p{Lu}|Cllrs?|Mrs?|Ms|Dr|Cr))\.)\s+(?=(?:\p{Lu}[\p{L}'’.-]*\s+|(?:and|&)\s+){1,6}(?:also\s+)?(?:declared|disclosed)\b)/u;

/**
 * The verb the cut needs on both sides of it, as the pattern spells it (same flags): a sentence that holds it fewer
 * than twice is never cut, and the pattern, whose look-behind is tried back from every position, is not run.
 */
const VERB = /\b(?:declared|disclosed)\b/gu;

export function declarationClauses(sentence: string): string[] {
  const verbs = sentence.match(VERB)?.length ?? 0;
  const clauses = verbs < 2 ? [sentence] : sentence.split(SECOND_CLAUSE);
  return clauses.filter((c) => c.trim() !== '');
}
