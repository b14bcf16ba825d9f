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

export function declarationClauses(sentence: string): string[] {
  return sentence.split(new RegExp(SECOND_CLAUSE.source, 'gu')).filter((c) => c.trim() !== '');
}
