import type { Line } from './lines.js';

/**
 * A present list set out by the group each member sits for, one group a line, with that group's apologies after its
 * members: "Bonhill and Dalmonach: Jack Fordy, Apologies from Fiona Jenkins" / "Faifley: No working CC". Forums of
 * community councils, joint committees by authority, boards by ward write their attendance so.
 */
export interface GroupedAttendanceLine {
  readonly line: Line;
  /** The members present for the group, as one text (a list), or ''. */
  readonly present: string;
  /** The group's apologies, as one text (a list), or ''. */
  readonly apologies: string;
}

const GROUP_LINE = /^(\p{Lu}[\p{L}&,'’ .-]{1,60}?):\s*(\S.*)$/u;
/** "No rep", "No working CC", "Vacant": a group nobody sat for. */
const NOBODY =
  /^(?:no\s+(?:rep|reps|representative|representatives|representation|working\b|one\b|member)|vacant|none|nil|n\/a)\b/i;
const APOLOGIES_IN_LINE = /(?:^|,\s*|;\s*|\s+)apolog(?:ies|y)\s+(?:(?:were\s+)?(?:received\s+)?from|by)?\s*:?\s*/i;
/** A group's label is a place or a body, not a post ("Chair:", "Clerk:") or another list's label. */
const POST_LABEL =
  /^(?:chair|vice[- ]?chair|clerk|secretary|treasurer|officers?|officials|staff|apologies|present|absent|in attendance|also|guests?|visitors?|observers?|(?:members\s+of\s+)?(?:the\s+)?public)\b/i;

function groupLine(line: Line): GroupedAttendanceLine | null {
  const m = GROUP_LINE.exec(line.text);
  if (!m || POST_LABEL.test(m[1]!)) return null;
  const content = m[2]!.trim();
  if (NOBODY.test(content)) return { line, present: '', apologies: '' };
  const cut = APOLOGIES_IN_LINE.exec(content);
  return cut
    ? { line, present: content.slice(0, cut.index).trim(), apologies: content.slice(cut.index + cut[0].length).trim() }
    : { line, present: content, apologies: '' };
}

/**
 * The grouped lines right after a bare "Present:" label, or null when the lines there are not such a list: at least
 * three groups in a row, two of them naming someone.
 */
export function groupedAttendance(lines: readonly Line[], from: number): GroupedAttendanceLine[] | null {
  const groups: GroupedAttendanceLine[] = [];
  for (let i = from; i < lines.length; i++) {
    const group = groupLine(lines[i]!);
    if (!group) break;
    groups.push(group);
  }
  const named = groups.filter((g) => g.present || g.apologies).length;
  return groups.length >= 3 && named >= 2 ? groups : null;
}
