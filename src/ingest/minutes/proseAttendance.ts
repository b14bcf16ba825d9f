import { spanIn, type Line } from './lines.js';
import { readNameList } from './names.js';
import type { Attendance } from './attendance.js';

/**
 * Attendance told in a sentence rather than under a label, as US and Canadian minutes often do: "met in regular
 * session ... with the following members and officers present: Mayor A; Council Members B, C and D; City Manager E"
 * or "Supervisors V Pogue and D Yelk, Clerk J Ramsfield, and Treasurer C Yelk were present." Officers named by their
 * post are left out; "also present" lists are not members.
 */
const FOLLOWING_PRESENT =
  /\bwith\s+the\s+following\s+(?:members|councill?ors|trustees|commissioners)?(?:\s+and\s+(?:officers|staff))?\s+present\s*:\s*(.+?)(?:\.\s+(?=\p{Lu})|\.?$)/iu;
const WERE_PRESENT = /(?:^|[.:]\s+)([^.:]{3,300}?)\s+were\s+present\b(?!\s+(?:at|for|in\s+the\s+gallery))/iu;
const OFFICER =
  /\b(?:clerk|treasurer|manager|attorney|secretary|solicitor|engineer|director|officer|administrator|counsel|staff)\b/i;
const NOT_MEMBERS =
  /\b(?:also|others?|public|residents?|guests?|visitors?|staff|officers?|press|members\s+of\s+the)\b/i;

function proseList(text: string): string | null {
  const following = FOLLOWING_PRESENT.exec(text);
  if (following) return following[1]!;
  const were = WERE_PRESENT.exec(text);
  return were && !NOT_MEMBERS.test(were[1]!) ? were[1]! : null;
}

/** Reads the first sentence naming those present in the header's lines, when no labelled list named anyone. */
export function readProsePresent(lines: readonly Line[], into: Attendance): void {
  if (into.present.length > 0) return;
  for (const line of lines) {
    const list = proseList(line.text);
    if (!list) continue;
    const names = readNameList([list]).filter((e) => !e.after && !OFFICER.test(e.name));
    if (names.length < 2) continue;
    for (const entry of names)
      into.present.push({
        name: entry.name,
        span: spanIn(line, entry.name),
        role: entry.role,
        title: entry.role ? null : entry.note,
        substituteFor: entry.substituteFor,
      });
    return;
  }
}
