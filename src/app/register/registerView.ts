import { createHash } from 'node:crypto';
import type { Account } from '../../domain/account.js';
import type { Body } from '../../domain/body.js';
import { AppError } from '../../domain/errors.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { Meeting } from '../../domain/meeting.js';
import type { VotingScope } from '../../domain/membership.js';
import { membersOnTheDay, type MemberOnTheDay } from '../../domain/register/membersOnTheDay.js';
import {
  quorumAtItems,
  quorumAtStart,
  seatsOf,
  type ItemQuorum,
  type QuorumSetting,
} from '../../domain/register/quorumAtItems.js';
import type { ItemMoment, RegisterLine } from '../../domain/register/registerLine.js';
import type { RegisterItemRow } from '../../store/repositories/registerRepository.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import type { RegisterInput } from './registerInput.js';

/** A register line with the name of its person, for the form and messages. */
export type NamedLine = RegisterLine & { readonly name: string };

export interface RegisterQuorum {
  readonly setting: QuorumSetting;
  readonly atStart: Omit<ItemQuorum, 'itemId'>;
  readonly items: readonly ItemQuorum[];
}

/** A meeting's register as the clerk sees it: the members on the day with their lines, the others, the quorum. */
export interface RegisterView {
  readonly meeting: Meeting;
  readonly body: Body;
  readonly items: readonly RegisterItemRow[];
  /** The version the form is saved against (optimistic locking). */
  readonly version: number;
  /**
   * What the stored lines say, as a digest: the version counts saves of this form, and this catches
   * any other change to the attendance (an import of the minutes, a merge of two people) since.
   */
  readonly fingerprint: string;
  readonly members: readonly (MemberOnTheDay & { readonly line: NamedLine | null })[];
  /** The body's named substitutes on the day, offered as a hint. */
  readonly substitutePool: readonly MemberOnTheDay[];
  readonly substitutes: readonly NamedLine[];
  readonly others: readonly NamedLine[];
  /** Everyone the register names, by person id. */
  readonly names: ReadonlyMap<string, string>;
  readonly quorum: RegisterQuorum;
}

/**
 * Remote attendance does not count towards a council committee's quorum in England (see
 * `QuorumSetting.remoteCounts`); no body setting says otherwise yet.
 */
export const REMOTE_COUNTS_TOWARDS_QUORUM = false;

const ROLE_TEXT: Partial<Record<MemberOnTheDay['role'], string>> = { chair: 'Chair', vice_chair: 'Vice Chair' };

/** The role written beside a member's name in the register, as minutes write it. */
export function roleTextOf(member: Pick<MemberOnTheDay, 'role'>): string | null {
  return ROLE_TEXT[member.role] ?? null;
}

/** The quorum at the start and at every item, from the lines given (stored, or about to be). */
export function quorumOf(
  lines: readonly RegisterLine[],
  items: readonly RegisterItemRow[],
  members: readonly Pick<MemberOnTheDay, 'personId' | 'votingScope'>[],
  body: Pick<Body, 'size' | 'quorumRule' | 'allowsSubstitutes'>,
): RegisterQuorum {
  const scopes = new Map<string, VotingScope>(members.map((m) => [m.personId, m.votingScope]));
  const setting: QuorumSetting = {
    rule: body.quorumRule,
    size: seatsOf(body.size, scopes),
    allowsSubstitutes: body.allowsSubstitutes,
    remoteCounts: REMOTE_COUNTS_TOWARDS_QUORUM,
  };
  const itemIds = items.map((i) => i.id);
  return {
    setting,
    atStart: quorumAtStart(lines, itemIds, scopes, setting),
    items: quorumAtItems(lines, items, scopes, setting),
  };
}

/** A digest of what the lines say, in a stable order: equal digests, the same register. */
export function fingerprintOf(lines: readonly RegisterLine[]): string {
  const facts = [...lines].sort((a, b) => a.id.localeCompare(b.id)).map((l) => JSON.stringify(l));
  return createHash('sha256').update(facts.join('\n')).digest('hex').slice(0, 32);
}

/** Reads a meeting's register within a transaction; the caller checks who may see it. */
export async function loadRegister(repos: Repositories, meetingId: string): Promise<RegisterView> {
  const meeting = await repos.meetings.find(meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', 'There is no such meeting');
  const body = await repos.bodies.find(meeting.bodyId);
  if (!body) throw new AppError('NOT_FOUND', 'There is no such body');
  const [items, version, stored, memberships, latest] = await Promise.all([
    repos.register.items(meetingId),
    repos.register.version(meetingId),
    repos.register.lines(meetingId),
    repos.memberships.ofBody(body.id),
    repos.memberships.latestRecordedMeeting(body.id),
  ]);
  const { members, substitutes: pool } = membersOnTheDay(memberships, meeting.date, latest as IsoDate | null);
  // Lines under a spelling since merged into another person count as that person's.
  const people = await repos.people.byIds([...new Set(stored.flatMap((l) => [l.personId, l.substituteForId ?? '']))]);
  const canonical = new Map(people.map((p) => [p.id, p.mergedIntoId ?? p.id]));
  const kept = await repos.people.byIds([...new Set(canonical.values())]);
  const names = new Map<string, string>([
    ...kept.map((p) => [p.id, p.displayName] as const),
    ...members.map((m) => [m.personId, m.name] as const),
  ]);
  const lines: NamedLine[] = stored.map((l) => {
    const personId = canonical.get(l.personId) ?? l.personId;
    const substituteForId = l.substituteForId ? (canonical.get(l.substituteForId) ?? l.substituteForId) : null;
    return { ...l, personId, substituteForId, name: names.get(personId) ?? 'Unknown' };
  });
  // A member recorded at this meeting but missing from the memberships on the day is listed all the same.
  const seated = new Set(members.map((m) => m.personId));
  const memberLines = lines.filter((l) => ['present', 'apologies', 'absent'].includes(l.kind));
  const listed: MemberOnTheDay[] = [
    ...members,
    ...memberLines
      .filter((l) => !seated.has(l.personId))
      .map((l) => ({ personId: l.personId, name: l.name, role: 'member' as const, votingScope: 'full' as const })),
  ];
  const lineOf = new Map(memberLines.map((l) => [l.personId, l]));
  return {
    meeting,
    body,
    items,
    version: version ?? 0,
    fingerprint: fingerprintOf(stored),
    members: listed.map((m) => ({ ...m, line: lineOf.get(m.personId) ?? null })),
    substitutePool: pool,
    substitutes: lines.filter((l) => l.kind === 'substitute'),
    others: lines.filter((l) => l.kind === 'in_attendance'),
    names,
    quorum: quorumOf(lines, items, listed, body),
  };
}

/** A meeting's register for its form; refused to anyone but a clerk of the meeting's body. */
export async function registerForClerk(store: Store, actor: Account, meetingId: string): Promise<RegisterView> {
  return store.transaction(async (repos) => {
    const meeting = await repos.meetings.find(meetingId);
    if (!meeting) throw new AppError('NOT_FOUND', 'There is no such meeting');
    assertMayClerk(actor, meeting.bodyId);
    return loadRegister(repos, meetingId);
  });
}

function arrivalValue(m: ItemMoment | null): string {
  return m?.itemId ? `${m.during ? 'during' : 'before'}:${m.itemId}` : '';
}

function departureValue(m: ItemMoment | null): string {
  return m?.itemId ? `${m.during ? 'during' : 'after'}:${m.itemId}` : '';
}

function movementsOf(l: RegisterLine | null) {
  return {
    arrival: arrivalValue(l?.arrival ?? null),
    arrivalTime: l?.arrival?.time ?? '',
    departure: departureValue(l?.departure ?? null),
    departureTime: l?.departure?.time ?? '',
  };
}

/** The form's values for a register as stored: what the clerk starts from. */
export function inputFromRegister(view: RegisterView): RegisterInput & { version: number; fingerprint: string } {
  return {
    version: view.version,
    fingerprint: view.fingerprint,
    members: view.members.map((m) => ({
      personId: m.personId,
      status: !m.line
        ? ''
        : m.line.kind === 'present'
          ? m.line.remote
            ? 'remote'
            : 'present'
          : m.line.kind === 'apologies'
            ? 'apologies'
            : 'absent',
      reason: m.line?.reason ?? '',
      ...movementsOf(m.line),
    })),
    substitutes: view.substitutes.map((s) => ({
      name: s.name,
      substituteForId: s.substituteForId ?? '',
      remote: s.remote,
      ...movementsOf(s),
    })),
    others: view.others.map((o) => ({ name: o.name, roleText: o.roleText ?? '', capacity: o.capacity ?? '' })),
  };
}
