import type { AttendanceCapacity } from './attendance.js';

/** Words of an officer's job title: a title written beside a name in attendance is a post when it has one. */
const JOB_TITLE =
  /\b(officer|director|head|manager|clerk|solicitor|lawyer|advis[eo]r|assistant|co-?ordinator|lead|chief|executive|services?|governance|analyst|consultant|principal|secretary|treasurer|accountant|planner|engineer|inspector|monitoring|superintendent|commander|inspector|chair of|leader)\b/i;

/**
 * The job title an "in attendance" line gives its person, or null. A title is a post of an officer
 * (or a partner's officer) when it reads as one; "(Chair)" and role marks are a member's role, not
 * a post, and a bare organisation is not a title. Spaces are tidied; the words are kept as written.
 */
export function officerPostTitle(roleText: string | null, capacity: AttendanceCapacity | null): string | null {
  const title = roleText?.replace(/\s+/g, ' ').trim();
  if (!title || title.length < 4 || title.length > 120) return null;
  if (/^(vice[- ]?)?chair(man|person)?$/i.test(title)) return null;
  return capacity === 'officer' || JOB_TITLE.test(title) ? title : null;
}

/** The key two spellings of one title share ("Governance Officer", "governance  officer."). */
export function officerPostKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
