import { quorumFor, type QuorumRule } from '../calendar/quorum.js';
import { mayVoteOn, type VotingScope } from '../membership.js';
import type { ItemMoment, RegisterLine } from './registerLine.js';

/** An agenda item as the count needs it, in agenda order. */
export interface RegisterItem {
  readonly id: string;
  /** About the council's education functions: statutory education co-optees vote on it (GLOSSARY). */
  readonly educationItem?: boolean;
}

/** What the count of one body rests on. */
export interface QuorumSetting {
  readonly rule: QuorumRule;
  /** Seats on the body (vacancies included where the body's size says so). */
  readonly size: number;
  readonly allowsSubstitutes: boolean;
  /**
   * Whether members attending remotely count. For a council's committees they do not: since May 2021
   * "present" in the Local Government Act 1972 means in the room (Hertfordshire CC v SSHCLG [2021]
   * EWHC 1093 (Admin)); an advisory board or partnership may rule otherwise.
   */
  readonly remoteCounts: boolean;
}

/** The quorum at one item: who could be counted, who was, and whether it was enough. */
export interface ItemQuorum {
  readonly itemId: string;
  /** Members and substitutes taking part for the whole item, in the room or remotely. */
  readonly attending: readonly string[];
  /** Those of them counted towards the quorum. */
  readonly counted: readonly string[];
  readonly needed: number;
  readonly quorate: boolean;
}

type Line = Pick<RegisterLine, 'personId' | 'kind' | 'remote' | 'substituteForId' | 'arrival' | 'departure'>;

/** The index of a moment's item, or null when the agenda has no such item. */
function indexOf(moment: ItemMoment | null, itemIds: readonly string[]): number | null {
  if (!moment?.itemId) return null;
  const i = itemIds.indexOf(moment.itemId);
  return i < 0 ? null : i;
}

/**
 * The items (indexes into `itemIds`, inclusive) someone was there for from start to end. Arriving
 * during item 5 misses item 5, leaving during item 7 misses item 7; arriving before item 5 or
 * leaving after item 7 takes part in it. An unplaced moment (no item, or one no longer on the
 * agenda) leaves that end open: the count cannot place what the register does not say.
 * `from > to` when they were there for no whole item.
 */
export function itemSpan(
  line: Pick<Line, 'arrival' | 'departure'>,
  itemIds: readonly string[],
): { from: number; to: number } {
  const arrived = indexOf(line.arrival, itemIds);
  const left = indexOf(line.departure, itemIds);
  return {
    from: arrived === null ? 0 : arrived + (line.arrival!.during ? 1 : 0),
    to: left === null ? itemIds.length - 1 : left - (line.departure!.during ? 1 : 0),
  };
}

/** Whether a line puts its person at the meeting (in the room or remotely) for the whole of item `index`. */
export function attendsItem(line: Line, itemIds: readonly string[], index: number): boolean {
  if (line.kind !== 'present' && line.kind !== 'substitute') return false;
  const { from, to } = itemSpan(line, itemIds);
  return from <= index && index <= to;
}

/**
 * Who is counted towards the quorum among those attending, for an item (`educationItem`):
 * - a member present in the room, as far as their voting rights reach the item (a co-optee without
 *   a vote never counts, a statutory education co-optee only on education items);
 * - a substitute, where the body allows them, with the rights of the member whose place they take,
 *   not while that member is counted themselves, and one substitute per member's seat;
 * - remotely attending members and substitutes only where the setting says remote attendance counts.
 * A member present whose membership the record does not hold is counted as a full member: the
 * "present" list is of members by definition, and the record may lack the appointment.
 */
function countedAmong(
  attending: readonly Line[],
  members: ReadonlyMap<string, VotingScope>,
  setting: QuorumSetting,
  educationItem: boolean,
): string[] {
  const votes = (scope: VotingScope | undefined) =>
    mayVoteOn({ role: 'member', votingScope: scope ?? 'full' }, educationItem);
  const inPlace = (l: Line) => !l.remote || setting.remoteCounts;
  const inRoom = attending.filter((l) => l.kind === 'present' && inPlace(l) && votes(members.get(l.personId)));
  const counted = new Set(inRoom.map((l) => l.personId));
  const presentMembers = new Set(counted);
  // One seat, one count: a member's place is taken by at most one substitute at a time.
  const seatsTaken = new Set<string>();
  for (const l of attending) {
    if (l.kind !== 'substitute' || !setting.allowsSubstitutes || !inPlace(l)) continue;
    const seat = l.substituteForId;
    if (seat && (presentMembers.has(seat) || seatsTaken.has(seat))) continue;
    if (!votes(seat ? members.get(seat) : undefined)) continue;
    if (seat) seatsTaken.add(seat);
    counted.add(l.personId);
  }
  return [...counted];
}

/**
 * The quorum at every item of a meeting, from who came and went when: for each item, those taking
 * part in the whole of it, those of them counted, and whether they make the quorum of the body's
 * rule (`quorumFor(size, rule)`). `members`: the body's members on the day, with their voting scope.
 * @throws AppError INPUT_INVALID for a setting `quorumFor` refuses.
 */
export function quorumAtItems(
  lines: readonly Line[],
  items: readonly RegisterItem[],
  members: ReadonlyMap<string, VotingScope>,
  setting: QuorumSetting,
): ItemQuorum[] {
  const needed = quorumFor(setting.size, setting.rule);
  const itemIds = items.map((i) => i.id);
  return items.map((item, index) => {
    const attending = lines.filter((l) => attendsItem(l, itemIds, index));
    const counted = countedAmong(attending, members, setting, item.educationItem ?? false);
    return {
      itemId: item.id,
      attending: attending.map((l) => l.personId),
      counted,
      needed,
      quorate: counted.length >= needed,
    };
  });
}

/**
 * The quorum when the meeting opened, before its first item: those there from the start. For a
 * meeting whose agenda is not on the record this is the only count there is.
 */
export function quorumAtStart(
  lines: readonly Line[],
  itemIds: readonly string[],
  members: ReadonlyMap<string, VotingScope>,
  setting: QuorumSetting,
): Omit<ItemQuorum, 'itemId'> {
  const needed = quorumFor(setting.size, setting.rule);
  const fromStart = (l: Line) =>
    l.arrival === null || (itemIds.length > 0 && l.arrival.itemId === itemIds[0] && !l.arrival.during);
  const attending = lines.filter((l) => (l.kind === 'present' || l.kind === 'substitute') && fromStart(l));
  const counted = countedAmong(attending, members, setting, false);
  return { attending: attending.map((l) => l.personId), counted, needed, quorate: counted.length >= needed };
}

/**
 * The seats the quorum is a share of: the body's stated size where it has one (it counts vacant
 * seats), else the members on the day who have a vote of some kind.
 */
export function seatsOf(bodySize: number | null, members: ReadonlyMap<string, VotingScope>): number {
  if (bodySize !== null) return bodySize;
  return [...members.values()].filter((scope) => scope !== 'none').length;
}
