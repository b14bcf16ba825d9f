/**
 * "APOLOGIES FOR ABSENCE none", "DECLARATIONS OF INTEREST None.", "Declaration of Interest on agenda items No
 * declarations were made.": a heading and the minute that nothing was recorded under it, run together on one line. The
 * minute is short and says so in a set way, so it is cut from the title however the heading is cased.
 */

/** "none", "Nil", "None declared", "none received": nothing recorded, in a word or two. */
const NOTHING_WORD = /^(?:none|nil)(?:\s+(?:declared|received|made|recorded|reported|noted|raised|given))?\.?$/i;
/** "No declarations were made.", "No apologies had been received.": a short minute that nothing was recorded. */
const NOTHING_SENTENCE =
  /^No\s+(?:declarations?|apologies|interests?|matters?|questions?|issues?|comments?|reports?|members\s+of\s+the\s+public|urgent\s+items?)\b(?:\s+\S+){0,6}?\s+(?:were|was|had\s+been|have\s+been|declared|received|made|raised|reported)\b[^.]*\.?$/;

const SMALL_LAST = /^(?:and|of|the|for|in|on|to|a|an|&|with|at|by|from|–|-)$/i;

/** The heading and the minute of nothing after it, or null when the title does not end in one. */
export function splitTrailingNothing(title: string): { title: string; rest: string } | null {
  const words = title.split(/\s+/);
  // The minute takes one to ten words at the end; the heading before it keeps at least one.
  for (let cut = words.length - 1; cut >= Math.max(1, words.length - 10); cut--) {
    const rest = words.slice(cut).join(' ');
    if (!NOTHING_WORD.test(rest) && !NOTHING_SENTENCE.test(rest)) continue;
    const head = words.slice(0, cut).join(' ');
    if (!/^["'‘“(]?\p{Lu}/u.test(head) || SMALL_LAST.test(words[cut - 1]!)) return null;
    // "NONE" in capitals after a heading in capitals is the heading's own word ("NOTHING TO REPORT NONE" aside).
    if (/^\p{Lu}+$/u.test(words[cut]!) && !/\p{Ll}/u.test(head) && words[cut]!.length > 1 && NOTHING_WORD.test(rest))
      return null;
    return { title: head.replace(/[\s:–—-]+$/, ''), rest };
  }
  return null;
}
