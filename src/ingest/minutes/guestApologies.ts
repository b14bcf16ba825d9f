/**
 * Who sends apologies without being a member: a police officer named by rank ("P.C. Bell", "PCSO Y", "Sgt Z", "the
 * Community Police Officer"). Their apologies are a guest's, not the body's; a member's title before the name
 * ("Cllr PC Smith") keeps it a member's.
 */
const POLICE_RANK =
  /^(?:the\s+)?(?:P\.?\s?C\.?\s?S\.?\s?O\.?|P\.C\.|PC|W\.?P\.?C\.?|Sgt\.?|Sergeant|Insp\.?|Inspector|Constable|Chief\s+Inspector|(?:Community\s+|Neighbourhood\s+)?Police\s+(?:Officer|Constable|Community\s+Support\s+Officer|Sergeant))(?=\s|$)/;

export function isGuestByRank(name: string): boolean {
  return POLICE_RANK.test(name.trim());
}

/**
 * A member's post written after the name in an apologies list ("T. Manley : Borough Councillor", "Mrs. Moir -
 * Borough Councillor"): it says who the person is, not why they were away.
 */
const MEMBER_POST_AFTER =
  /^(?:(?:county|district|borough|unitary|town|parish|city|community|ward)\s+)?(?:councill?or|cllr\.?|member|mayor|deputy\s+mayor|chair(?:man|person|woman)?|vice[- ]chair(?:man|person|woman)?)$/i;

export function isMemberPost(text: string): boolean {
  return MEMBER_POST_AFTER.test(text.trim());
}
