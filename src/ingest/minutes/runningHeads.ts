import { holdsAttendanceLabel } from './attendance.js';
import { findDate } from './dates.js';
import { itemStartAt } from './itemStarts.js';
import type { Line } from './lines.js';

/** Lines of a part read for the date its own heading gives. */
const HEADING_WINDOW = 30;

/**
 * "AUBURN COUNCIL / MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD MARCH 5, 2008" at the top of page 2: a printed
 * page's running head repeats the minutes' heading with the same date. Under it the same meeting goes on when the part
 * above recorded who attended but no items yet (a pack's earlier meeting would hold its items, an agenda its list).
 */
export function continuesUnderRunningHead(part: readonly Line[], next: readonly Line[]): boolean {
  const headingDate = next
    .slice(0, 4)
    .map((l) => findDate(l.text)?.iso)
    .find((d) => d !== undefined);
  if (!headingDate) return false;
  const partDate = part
    .slice(0, HEADING_WINDOW)
    .map((l) => findDate(l.text)?.iso)
    .find((d) => d !== undefined);
  if (partDate !== headingDate) return false;
  if (!part.some((l) => holdsAttendanceLabel(l))) return false;
  return part.filter((l) => itemStartAt(l) !== null).length < 2;
}

/** How many lines the running head takes at a part's top: through the line that dates it. */
export function runningHeadLength(part: readonly Line[]): number {
  return part.slice(0, 4).findIndex((l) => findDate(l.text) !== null) + 1;
}
