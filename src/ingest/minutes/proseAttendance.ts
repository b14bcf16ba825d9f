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
// Canadian minutes: "Deputy Mayor A and Councillors B, C and D were in attendance in Council Chambers." An initial's
// full stop ("C. McDonald") does not end the sentence.
const WERE_PRESENT =
  /(?:^|[.:]\s+)((?:[^.:]|(?<=(?:^|[\s.])\p{Lu})\.){3,300}?)\s+were\s+(?:present\b(?!\s+(?:at|for|in\s+the\s+gallery))|in\s+attendance\b)/iu;
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

/**
 * Reads the sentences naming those present in the header's lines, when no labelled list named anyone (the member who
 * called the meeting to order may be named already): those in the chamber and those attending by video are told in
 * sentences one after the other.
 */
export function readProsePresent(lines: readonly Line[], into: Attendance): void {
  if (into.present.length > 1) return;
  let read = false;
  for (const line of lines) {
    const list = proseList(line.text);
    if (!list) {
      if (read) return;
      continue;
    }
    const known = new Set(into.present.map((p) => p.name));
    const names = readNameList([list]).filter((e) => !e.after && !OFFICER.test(e.name) && !known.has(e.name));
    if (names.length < (read || known.size > 0 ? 1 : 2)) continue;
    read = true;
    for (const entry of names)
      into.present.push({
        name: entry.name,
        span: spanIn(line, entry.name),
        role: entry.role,
        title: entry.role ? null : entry.note,
        substituteFor: entry.substituteFor,
      });
  }
}
