import { analysePersonName } from './personName.js';

/**
 * The key under which spellings of one name meet: accents folded, lower case, titles,
 * post-nominal honours and role marks left out, punctuation normalised, surname last, and
 * initials written one per word. `Councillor Cheryl Barnard (Chair)`, `CHERYL BARNARD` and
 * `Barnard, Cheryl` all give `cheryl barnard`; `Cllr. A.J. Matsiko` and `AJ Matsiko` give
 * `a j matsiko`. Generational suffixes stay (`john smith jr`), since they tell people apart.
 * Empty when the text holds no name (`Councillor`). Idempotent: nameKey(nameKey(x)) === nameKey(x).
 * Never throws.
 */
export function nameKey(raw: string): string {
  const analysis = analysePersonName(raw);
  return [
    ...analysis.forenames.map((t) => t.key),
    ...analysis.family.map((t) => t.key),
    ...analysis.suffixes.filter((s) => s.kind === 'generational').map((s) => s.form),
  ].join(' ');
}
