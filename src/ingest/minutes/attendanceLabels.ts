import type { Line } from './lines.js';

/** Where a name goes: who was present, sent apologies, was absent, or attended without being a member. */
export type SectionKind = 'present' | 'apologies' | 'absent' | 'inAttendance';

/**
 * Who a "<group> present" label names by its group: staff, officers, the public and guests attend, and so do an
 * association's owners and "Community members" beside its "Board Members present:"; any other group ("Selectmen",
 * "Board Members", "CC Members") is the body's members.
 */
const NOT_MEMBERS =
  /\b(?:staff|employees?|officers?|officials?|public|others|guests?|visitors?|also|non[- ]members?|advis[eo]rs?|press|residents?|observers?|attendees?|community\s+members?|(?:home|property|lot|unit)?owners?|citizens?|audience)\b/i;

/**
 * "Selectmen present: A, B", "Council Employees Present: ...", "Board members present, in addition to the supervisor,
 * were A, B", "Selectmen present included A and B": a group of one to three words, then "present", then its list.
 */
const QUALIFIED_PRESENT =
  /^((?:the\s+)?\p{L}[\p{L}'’-]*(?:\s+(?:of\s+the\s+)?[\p{L}'’-]+){0,2})\s+present(?:\s*:|,\s[^,.:]{1,40},\s+(?:were|are)\b|\s+(?:were|are|included)\b)\s*(?::-?|[-–](?=\s))?\s*(.*)$/iu;

/** Words that begin a sentence, not a group's name: "The meeting", "Councillor Smith was present". */
const NOT_A_GROUP = /\b(?:was|were|is|are|be|been|being|and|not|no|quorum|meeting|all)\b/i;

export function qualifiedPresent(text: string): { kind: SectionKind; rest: string } | null {
  const m = QUALIFIED_PRESENT.exec(text);
  if (!m || NOT_A_GROUP.test(m[1]!)) return null;
  return { kind: NOT_MEMBERS.test(m[1]!) ? 'inAttendance' : 'present', rest: m[2]!.trim() };
}

/**
 * The same labels inside a line that lost its breaks ("... a quorum present. Selectmen present: A, B"): the group's
 * words are capitalised, so a sentence's words before it are not taken for the group.
 */
export const QUALIFIED_PRESENT_IN_LINE =
  /(?<=^|[\s.;,])\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+the\s+)?[\p{L}'’-]+){0,2}\s+[Pp]resent(?:\s*:|,\s[^,.:]{1,40},\s+were\b|\s+(?:were|included)\b)/gu;

/**
 * A row of a table flattened into pipes, read as a labelled line: "|Present: |A, B |" is "Present: A, B", a row with an
 * empty first cell ("| |C, D |") goes on with the row above, and "Board Members Present: | A and B |" loses its pipe.
 * Other rows are left as they are; a row of empty cells is dropped (null).
 */
export function rowAsLine(line: Line, isLabel: (cell: string) => boolean): Line | null {
  if (!line.text.includes('|')) return line;
  const leading = line.text.startsWith('|');
  const cells = line.text.split('|').map((c) => c.trim());
  if (leading) cells.shift();
  const filled = cells.filter(Boolean);
  if (filled.length === 0) return null;
  if (leading && cells[0] === '') return { ...line, text: filled.join(' ') };
  if (!isLabel(cells[0]!)) return line;
  return { ...line, text: `${cells[0]!.replace(/\s*:$/, '')}: ${filled.slice(1).join(' ')}`.trim() };
}

/** A row of another table, set after a list: it ends the list. */
export function isOtherRow(text: string): boolean {
  return text.startsWith('|');
}
