/**
 * What may stand between a resolution's keyword and what was resolved: the mover ("RESOLVED on the motion of Cllr X,
 * seconded by Cllr Y, that ..."), the vote ("RESOLVED by a majority that ...", "RESOLVED (unanimously) to ...",
 * "RESOLVED by 5 votes to 2 to ...") or the body resolving ("BE IT RESOLVED by the City Council of X that ..."). The
 * resolution is what follows.
 */

const MOVER = /^on\s+the\s+(?:motion|proposal)\s+of\s+[^,]{2,80},\s*(?:seconded\s+by\s+[^,]{2,80},\s*)?that\s+/i;
const VOTE =
  /^(?:\(\s*)?(?:unanimously|by\s+(?:all(?:\s+(?:present|members))?|(?:a\s+)?(?:clear\s+|simple\s+)?majority(?:\s+vote)?|(?:\d{1,2}|[a-z]+)\s+votes?\s+to\s+(?:\d{1,2}|[a-z]+)(?:\s*,?\s*(?:with\s+)?(?:\d{1,2}|[a-z]+)\s+abstentions?)?)|nem\.?\s*con\.?|with\s+(?:\d{1,2}|[a-z]+)\s+abstentions?)(?:\s*\))?\s*,?\s*(?=(?:that|to)\s)/i;
/** "by the Council of the Parish of Northby, that": the body, a short phrase without a sentence's end. */
const BODY = /^by\s+the\s+[^.;:]{2,120}?,?\s+(?=that\s)/i;

export function withoutPreamble(text: string): string {
  return text.replace(MOVER, '').replace(VOTE, '').replace(BODY, '');
}
