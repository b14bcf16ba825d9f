/**
 * A body's political balance where the council sets one (Local Government and Housing Act 1989,
 * s.15): how many of its seats each political group holds. Most bodies have none recorded.
 */
export interface SeatAllocation {
  /** The political group, as the council names it ("Labour", "Independent Group"). */
  readonly party: string;
  readonly seats: number;
}

/** At most this many groups: a council has a handful, and a form with more is a mistake. */
export const MAX_SEAT_GROUPS = 12;

/**
 * Reads "Labour: 7" lines (one group a line, `name: seats` or `name = seats`) into allocations.
 * Blank lines are skipped. Returns the problem in words for the first line it cannot read.
 */
export function readSeatLines(text: string): { ok: true; seats: SeatAllocation[] } | { ok: false; problem: string } {
  const seats: SeatAllocation[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  for (const [n, line] of lines.entries()) {
    if (!line) continue;
    const match = /^(.{1,80}?)\s*[:=]\s*(\d{1,3})$/.exec(line);
    if (!match) return { ok: false, problem: `Line ${n + 1} must be a group and its seats, like "Labour: 7"` };
    const party = match[1]!.replace(/\s+/g, ' ');
    if (seats.some((s) => s.party.toLowerCase() === party.toLowerCase()))
      return { ok: false, problem: `Line ${n + 1} names ${party} a second time` };
    seats.push({ party, seats: Number(match[2]) });
  }
  if (seats.length > MAX_SEAT_GROUPS)
    return { ok: false, problem: `Enter at most ${MAX_SEAT_GROUPS} political groups` };
  return { ok: true, seats };
}

/** The allocation as the form shows it again, one group a line. */
export function seatLines(seats: readonly SeatAllocation[]): string {
  return seats.map((s) => `${s.party}: ${s.seats}`).join('\n');
}
