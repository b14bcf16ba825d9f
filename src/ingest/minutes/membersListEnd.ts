import type { Line } from './lines.js';

/**
 * Where a members' list gives way to others in the same run of text: "... S Linsley and M Armstrong Clerk J Connelly",
 * "... and P Moran Clerk Mrs J Todd Eden District Councillor ...": the clerk's post written before a name (no comma,
 * no bracket) starts the officers and guests; so does "Members of the Public ..." opening a line. A post written
 * after a name ("Mrs A Dale, Clerk", "(Clerk)") is that name's and ends nothing.
 */
const OTHERS_START =
  /(?:^|\s)(?:(?:[Tt]he|[Pp]arish|[Tt]own)\s+)?(?:[Cc]lerk|CLERK)\s+(?=(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s|$))|^[Mm]embers\s+of\s+the\s+[Pp]ublic\b/u;

/**
 * The lines of a present list up to where it turns to the officers and the public, and the officer named there
 * ("Clerk J Connelly", up to the next comma or "and"), who is in attendance; the rest is no member's.
 */
export function membersOnly(lines: readonly Line[]): { members: Line[]; officer: Line | null } {
  const members: Line[] = [];
  for (const line of lines) {
    const at = line.text.search(OTHERS_START);
    if (at < 0) {
      members.push(line);
      continue;
    }
    const kept = line.text.slice(0, at).trim();
    if (kept) members.push({ ...line, text: kept, end: line.start + kept.length });
    const rest = line.text.slice(at).trim();
    const officer = /^members\s/i.test(rest)
      ? ''
      : rest
          .split(/,|;|\t|\s+and\s+/)[0]!
          .replace(/\.$/, '')
          .trim();
    return { members, officer: officer ? { ...line, text: officer } : null };
  }
  return { members, officer: null };
}
