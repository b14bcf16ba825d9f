import type { Kysely } from 'kysely';
import type { VoteChoice } from '../../domain/minutes.js';
import type { MinutesStatus } from '../../domain/minutes/minutesStatus.js';
import type { Database } from '../database.js';
import type { ResolutionTable } from '../database.js';

type Db = Kysely<Database>;

export interface PublicMeetingRef {
  readonly id: string;
  readonly date: string;
}

/** Where a meeting's minutes stand, as the public is told: draft, or confirmed (and by which meeting); amendments. */
export interface PublicMinutesState {
  readonly status: MinutesStatus;
  readonly confirmedBy: PublicMeetingRef | null;
  readonly amendments: readonly {
    readonly id: string;
    readonly itemId: string | null;
    readonly text: string;
    readonly reason: string;
    readonly agreedAt: PublicMeetingRef | null;
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
}

/** The state of a meeting's minutes; a meeting without one has imported minutes, so confirmed. */
export async function publicMinutesState(
  db: Db,
  meetingId: string,
  publicItemIds: readonly string[],
): Promise<PublicMinutesState> {
  const [row, amendments] = await Promise.all([
    db.selectFrom('meetingMinutes').selectAll().where('meetingId', '=', meetingId).executeTakeFirst(),
    db
      .selectFrom('minuteAmendments')
      .selectAll()
      .where('meetingId', '=', meetingId)
      .orderBy('recordedAt')
      .orderBy('id')
      .execute(),
  ]);
  const ids = [
    ...new Set(
      [row?.confirmedByMeetingId, ...amendments.map((a) => a.agreedAtMeetingId)].filter((x): x is string => !!x),
    ),
  ];
  const dates = new Map(
    ids.length
      ? (await db.selectFrom('meetings').select(['id', 'date']).where('id', 'in', ids).execute()).map((m) => [m.id, m])
      : [],
  );
  return {
    status: (row?.status as MinutesStatus | undefined) ?? 'confirmed',
    confirmedBy: (row?.confirmedByMeetingId && dates.get(row.confirmedByMeetingId)) || null,
    // An amendment to an exempt item's minutes stays as private as those minutes.
    amendments: amendments
      .filter((a) => a.itemId === null || publicItemIds.includes(a.itemId))
      .map((a) => ({
        id: a.id,
        itemId: a.itemId,
        text: a.text,
        reason: a.reason,
        agreedAt: dates.get(a.agreedAtMeetingId) ?? null,
      })),
  };
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
    .select(['resolutionId', 'personId', 'choice'])
    .where(
      'resolutionId',
      'in',
      motions.map((m) => m.id),
    )
    .where('personId', 'is not', null)
    .orderBy('id')
    .execute();
  const personIds = [
    ...new Set(
      [...motions.flatMap((m) => [m.moverId, m.seconderId]), ...votes.map((v) => v.personId)].filter(
        (x): x is string => !!x,
      ),
    ),
  ];
  const names = new Map(
    personIds.length
      ? (await db.selectFrom('people').select(['id', 'displayName']).where('id', 'in', personIds).execute()).map(
          (p) => [p.id, p.displayName],
        )
      : [],
  );
  return new Map(
    motions.map((m) => [
      m.id,
      {
        kind: m.motionKind!,
        mover: (m.moverId && names.get(m.moverId)) || null,
        seconder: (m.seconderId && names.get(m.seconderId)) || null,
        rule: m.voteRule ?? null,
        outcome: m.outcome ?? null,
        reason: m.outcomeReason ?? null,
        recorded: votes
          .filter((v) => v.resolutionId === m.id)
          .map((v) => ({ name: names.get(v.personId!) ?? 'Unknown', choice: v.choice as VoteChoice }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      },
    ]),
  );
}
