/**
 * "RESOLVED: (Unanimously)" over "That the minutes be approved", "RESOLVED (unanimously): that ...", "Resolved
 * Unanimously – to ...": how the vote went, written between the keyword and what was resolved. It belongs to the
 * keyword, so the resolution's text opens after it (a bracket left in front read as the resolution's first words).
 */
const QUALIFIER = /^(?:[:,.–-]+\s*)?(?:\(\s*(?:unanimously|nem\.?\s*con\.?)\s*\)|unanimously\b)\s*(?:[:,.–-]+\s*)?/i;

export function withoutVoteQualifier(text: string): string {
  return text.replace(QUALIFIER, '');
}
