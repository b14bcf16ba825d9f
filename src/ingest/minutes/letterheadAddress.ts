/** The kinds of street a letterhead's address names after its house number. */
const STREET =
  /^(?:Way|Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Place|Square|Terrace|Crescent|Gardens|Court|Row|Hill|Green|Parade|Walk|Grove|Mews|Park|Rise|View)\b/;

/**
 * "Parish Council 50 Pepys Way • • Rochester • • ME2 3LL Tel: ...": a letterhead sets the council's address straight
 * after its name; the name ends before the house number.
 */
export function withoutAddress(text: string): string {
  const m = /\s*,?\s+\d{1,4}[A-Za-z]?,?\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/u.exec(text);
  if (!m || m.index === 0) return text;
  const street = m[1]!.split(/\s+/).slice(1);
  return street.some((word) => STREET.test(word)) ? text.slice(0, m.index) : text;
}
