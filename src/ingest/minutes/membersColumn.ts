import { spanIn, type Line } from './lines.js';
import { readNameList } from './names.js';
import type { Attendance } from './attendance.js';

/** "Members", "Elected Members", "Councillors": a table's column heading over its members, one a line. */
const MEMBERS_HEADING = /^(?:elected\s+)?(?:members|councill?ors)$/i;
/** "Apologies", "Apologies received": the same table's heading over those who sent apologies. */
const APOLOGIES_HEADING = /^apologies(?:\s+received)?$/i;
/** A line that is one member and nothing else: "Cr C Crosby", "Cllr A. Smith". */
const ONE_MEMBER = /^(?:Councill?or|Cllr\.?|Cr\.?)\s+\S+(?:\s+\S+){0,3}$/;

function membersUnder(lines: readonly Line[], at: number): Line[] {
  const out: Line[] = [];
  for (let j = at + 1; j < lines.length && ONE_MEMBER.test(lines[j]!.text); j++) {
    if (readNameList([lines[j]!.text]).length !== 1) break;
    out.push(lines[j]!);
  }
  return out;
}

/**
 * A record-of-attendance table (Members | role, Staff | role, Apologies | role) that a PDF's text put away from its
 * item, each column read as its own run of lines: under a bare "Members" heading three or more lines of one member
 * each are the members present, and under a bare "Apologies" heading such lines are those who sent apologies. Read
 * only where no list named anyone present; gives whether the members were found.
 */
export function readMembersColumn(lines: readonly Line[], into: Attendance): boolean {
  if (into.present.length > 0) return false;
  const at = lines.findIndex((l, n) => MEMBERS_HEADING.test(l.text) && membersUnder(lines, n).length >= 3);
  if (at < 0) return false;
  for (const line of membersUnder(lines, at)) {
    const [entry] = readNameList([line.text]);
    if (entry)
      into.present.push({
        name: entry.name,
        span: spanIn(line, entry.name),
        role: entry.role,
        title: null,
        substituteFor: null,
      });
  }
  if (into.apologies.length > 0) return true;
  const apologies = lines.findIndex((l, n) => n > at && APOLOGIES_HEADING.test(l.text));
  for (const line of apologies > 0 ? membersUnder(lines, apologies) : []) {
    const [entry] = readNameList([line.text]);
    if (entry)
      into.apologies.push({
        name: entry.name,
        span: spanIn(line, entry.name),
        role: entry.role,
        title: null,
        reason: null,
        substituteFor: null,
      });
  }
  return true;
}
