import type { Kysely } from 'kysely';
import type { VoteChoice } from '../../domain/minutes.js';
import type { MinutesStatus } from '../../domain/minutes/minutesStatus.js';
import type { Database } from '../database.js';
import type { ResolutionTable } from '../database.js';
import { personRefs, type PersonRef } from './publicRefs.js';

type Db = Kysely<Database>;

export interface PublicMeetingRef {
  readonly id: string;
  readonly date: string;
}

/** Where a meeting's minutes stand, as the public is told: draft, or confirmed (and by which meeting); amendments. */
export interface PublicMinutesState {
  readonly status: MinutesStatus;
  /** Confirmed minutes are locked: a correction is an amendment, never an edit (minutesLocked). */
  readonly locked: boolean;
  /** Written in Quorum's workspace (false: imported, so confirmed before they came here). */
  readonly written: boolean;
  readonly confirmedBy: PublicMeetingRef | null;
  /** When they were confirmed, for minutes written here. */
  readonly confirmedAt: string | null;
  /** When the state last changed (published as a draft, or confirmed), for minutes written here. */
  readonly changedAt: string | null;
  readonly amendments: readonly {
    readonly id: string;
    readonly itemId: string | null;
    readonly text: string;
    readonly reason: string;
    readonly agreedAt: PublicMeetingRef | null;
    readonly recordedAt: string;
  }[];
}

/** A motion or amendment put to the meeting, with who moved and seconded it, the votes, the rule and the result. */
export interface PublicMotion {
  readonly kind: string;
  readonly mover: string | null;
  readonly seconder: string | null;
  readonly rule: string | null;
  readonly outcome: string | null;
  readonly reason: string | null;
  /** Each member's vote in a recorded vote, by name; empty for a tally. */
  readonly recorded: readonly { readonly name: string; readonly choice: VoteChoice }[];
  /** The same, with who they are, for the exports that link to people. */
  readonly recordedBy: readonly { readonly person: PersonRef; readonly choice: VoteChoice }[];
  readonly moverRef: PersonRef | null;
  readonly seconderRef: PersonRef | null;
  /** The numbers for, against, abstaining and not voting, when the votes were counted, not named. */
  readonly tally: Readonly<Record<VoteChoice, number>> | null;
  /** The chair's second or casting vote, when given. */
  readonly castingVote: 'for' | 'against' | null;
}

/** The state of a meeting's minutes; a meeting without one has imported minutes, so confirmed. */
export async function publicMinutesState(
  db: Db,
  meetingId: string,
  publicItemIds: readonly string[],
): Promise<PublicMinutesState> {
  return (await publicMinutesStates(db, [meetingId], new Set(publicItemIds))).get(meetingId)!;
}

/**
 * The state of several meetings' minutes at once (the exports read a page of meetings at a time),
 * in three queries however many meetings. Amendments to items outside `publicItemIds` are left out.
 */
export async function publicMinutesStates(
  db: Db,
  meetingIds: readonly string[],
  publicItemIds: ReadonlySet<string>,
): Promise<Map<string, PublicMinutesState>> {
  if (meetingIds.length === 0) return new Map();
  const [rows, amendments] = await Promise.all([
    db.selectFrom('meetingMinutes').selectAll().where('meetingId', 'in', meetingIds).execute(),
    db
      .selectFrom('minuteAmendments')
      .selectAll()
      .where('meetingId', 'in', meetingIds)
      .orderBy('recordedAt')
      .orderBy('id')
      .execute(),
  ]);
  const ids = [
    ...new Set(
      [...rows.map((r) => r.confirmedByMeetingId), ...amendments.map((a) => a.agreedAtMeetingId)].filter(
        (x): x is string => !!x,
      ),
    ),
  ];
  const dates = new Map(
    ids.length
      ? (await db.selectFrom('meetings').select(['id', 'date']).where('id', 'in', ids).execute()).map((m) => [m.id, m])
      : [],
  );
  const states = new Map(rows.map((r) => [r.meetingId, r]));
  return new Map(
    meetingIds.map((meetingId) => {
      const row = states.get(meetingId);
      const status = (row?.status as MinutesStatus | undefined) ?? 'confirmed';
      return [
        meetingId,
        {
          status,
          locked: status !== 'draft',
          written: row !== undefined,
          confirmedBy: (row?.confirmedByMeetingId && dates.get(row.confirmedByMeetingId)) || null,
          confirmedAt: row?.confirmedAt ?? null,
          changedAt: row?.updatedAt ?? null,
          // An amendment to an exempt item's minutes stays as private as those minutes.
          amendments: amendments
            .filter((a) => a.meetingId === meetingId && (a.itemId === null || publicItemIds.has(a.itemId)))
            .map((a) => ({
              id: a.id,
              itemId: a.itemId,
              text: a.text,
              reason: a.reason,
              agreedAt: dates.get(a.agreedAtMeetingId) ?? null,
              recordedAt: a.recordedAt,
            })),
        },
      ];
    }),
  );
}

/** The motions among resolutions (of public items only: callers pass what the public may read), by resolution id. */
export async function publicMotions(
  db: Db,
  resolutions: readonly ResolutionTable[],
): Promise<Map<string, PublicMotion>> {
  const motions = resolutions.filter((r) => r.motionKind);
  if (motions.length === 0) return new Map();
  const votes = await db
    .selectFrom('votes')
    .select(['resolutionId', 'personId', 'choice', 'count'])
    .where(
      'resolutionId',
      'in',
      motions.map((m) => m.id),
    )
    .orderBy('id')
    .execute();
  const people = await personRefs(
    db,
    [...motions.flatMap((m) => [m.moverId, m.seconderId]), ...votes.map((v) => v.personId)].filter(
      (x): x is string => !!x,
    ),
  );
  const ref = (id: string): PersonRef => people.get(id) ?? { id, slug: id, name: 'Unknown' };
  return new Map(
    motions.map((m) => [
      m.id,
      {
        kind: m.motionKind!,
        mover: m.moverId ? ref(m.moverId).name : null,
        seconder: m.seconderId ? ref(m.seconderId).name : null,
        moverRef: m.moverId ? ref(m.moverId) : null,
        seconderRef: m.seconderId ? ref(m.seconderId) : null,
        rule: m.voteRule ?? null,
        outcome: m.outcome ?? null,
        reason: m.outcomeReason ?? null,
        recorded: votes
          .filter((v) => v.resolutionId === m.id && v.personId !== null)
          .map((v) => ({ name: ref(v.personId!).name, choice: v.choice as VoteChoice }))
          .sort((a, b) => a.name.localeCompare(b.name)),
        recordedBy: votes
          .filter((v) => v.resolutionId === m.id && v.personId !== null)
          .map((v) => ({ person: ref(v.personId!), choice: v.choice as VoteChoice }))
          .sort((a, b) => a.person.name.localeCompare(b.person.name)),
        tally: tallyOf(votes.filter((v) => v.resolutionId === m.id && v.personId === null && v.count !== null)),
        castingVote: m.castingVote === 'for' || m.castingVote === 'against' ? m.castingVote : null,
      },
    ]),
  );
}

function tallyOf(counts: readonly { choice: string; count: number | null }[]): Record<VoteChoice, number> | null {
  if (counts.length === 0) return null;
  const tally: Record<VoteChoice, number> = { for: 0, against: 0, abstain: 0, not_voting: 0 };
  for (const c of counts) if (c.choice in tally) tally[c.choice as VoteChoice] += Number(c.count ?? 0);
  return tally;
}
