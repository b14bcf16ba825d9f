/**
 * "E. Drew, Mrs. Berry, B. Glover together with 4 members of the public": those who came with the members are
 * counted, not named, and the count is no part of the last name.
 */
const COMPANY_TAIL =
  /,?\s+(?:together\s+with|along\s+with|with|plus|and)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|some|many|no|other)\s+(?:\p{L}+\s+)?(?:members?\s+of\s+(?:the\s+)?(?:public|press)|parishioners?|residents?|electors?|visitors?|observers?)\b.*$/iu;

export function withoutCompanyTail(text: string): string {
  return text.replace(COMPANY_TAIL, '');
}

/**
 * "Cllr J Biscoe, Cllr N Potter and the Clerk.": an officer named by the post alone, joined to the list by "and", is
 * a second person (unnamed), not the post of the member before it. ("Kerry Wilcox, the temporary clerk" after a comma
 * is that person's post; "and the Parish Clerk, Mrs S. McIntyre" goes on to name the officer, so is kept.)
 */
const POST_TAIL =
  /\s+(?:and|&)\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:clerk|proper\s+officer|minute\s+taker|responsible\s+financial\s+officer|rfo)\s*[.,]?\s*$/iu;

export function withoutPostTail(text: string): string {
  return text.replace(POST_TAIL, '');
}

/**
 * "C. Humphries: G. Clere": a colon typed where a comma was meant, between two names. Gives the two names, or the
 * piece as it was when either side is not a name ("Councillors: A" is a label before its list).
 */
export function splitColonPair(piece: string, isName: (text: string) => boolean): string[] {
  const m = /^(.+?\S)\s*:\s+(\S.*)$/.exec(piece.trim());
  return m && isName(m[1]!) && isName(m[2]!) ? [m[1]!, m[2]!] : [piece];
}
