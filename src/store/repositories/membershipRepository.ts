import type { Insertable, Kysely } from 'kysely';
import { stableId } from '../../domain/ids.js';
import type { Membership } from '../../domain/membership.js';
import type { Database, MembershipTable } from '../database.js';
import type { Sourced } from './agendaItemRepository.js';
import { toMembership } from '../rowMappers.js';
import { membershipRow } from './recordRows.js';
import { preparedQuery } from '../preparedQuery.js';
import { insertInBatches } from './insertInBatches.js';

/** Kinds that evidence a membership (domain `isMembershipEvidence`), as the query filters them. */
const EVIDENCE_KINDS = ['present', 'apologies', 'absent'];

/** Rows per statement: a body's members at one meeting fit in one. */
const ROWS_PER_STATEMENT = 64;

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) await write(rows.slice(i, i + ROWS_PER_STATEMENT));
}

/** The id of a person's membership of a body inferred from attendance: one per person and body. */
export function inferredMembershipId(bodyId: string, personId: string): string {
  return stableId('membership', 'inferred', bodyId, personId);
}

/** People whose inferred memberships of one body are to be recomputed. */
interface DeferredRecompute {
  readonly people: Set<string>;
  mayShrink: boolean;
}

/** People recomputed in one query: well under both engines' parameter limits. */
const PEOPLE_PER_QUERY = 500;

/** Memberships of bodies: those the record states and those inferred from attendance as a member. */
export class MembershipRepository {
  /**
   * @param deferred when given (a batch of imports), `recomputeInferred` only notes the body and
   * people here, and `recomputeDeferred` recomputes them before the batch commits: once per body for
   * the whole batch rather than once per meeting, each time reading all of their attendance there.
   * Nothing an import does reads inferred memberships in between.
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly deferred: Map<string, DeferredRecompute> | null = null,
  ) {}

  /**
   * Recomputes the inferred memberships of these people at one body from everything recorded of
   * their attendance there: one query and one upsert, however many meetings they attended. A person
   * left with no evidence there (a replaced document no longer names them) loses the membership;
   * `mayShrink` false (evidence only grew) skips looking for such.
   */
  async recomputeInferred(bodyId: string, personIds: readonly string[], mayShrink = true): Promise<void> {
    if (personIds.length === 0) return;
    if (!this.deferred) return this.recompute(bodyId, [...new Set(personIds)], mayShrink);
    const noted = this.deferred.get(bodyId) ?? { people: new Set<string>(), mayShrink: false };
    for (const id of personIds) noted.people.add(id);
    // Looking for memberships left without evidence is exact for anyone: it is only skipped when it cannot find any.
    noted.mayShrink ||= mayShrink;
    this.deferred.set(bodyId, noted);
  }

  /** Recomputes what `recomputeInferred` deferred, from what is stored: a unit rolled back since does no harm. */
  async recomputeDeferred(): Promise<void> {
    if (!this.deferred) return;
    const noted = [...this.deferred];
    this.deferred.clear();
    for (const [bodyId, { people, mayShrink }] of noted) {
      const ids = [...people];
      for (let i = 0; i < ids.length; i += PEOPLE_PER_QUERY)
        await this.recompute(bodyId, ids.slice(i, i + PEOPLE_PER_QUERY), mayShrink);
    }
  }

  private async recompute(bodyId: string, people: readonly string[], mayShrink: boolean): Promise<void> {
    const evidence = await evidenceAt(this.db, bodyId, [...people]);
    const rows: Insertable<MembershipTable>[] = evidence.map((e) => ({
      id: inferredMembershipId(bodyId, e.personId),
      personId: e.personId,
      bodyId,
      role: 'member',
      votingScope: 'full',
      party: null,
      startsOn: null,
      endsOn: null,
      sourceDocumentId: null,
      basis: 'inferred',
      firstSeenOn: e.firstSeenOn,
      lastSeenOn: e.lastSeenOn,
      meetings: Number(e.meetings),
      statement: null,
    }));
    await insertInBatches(this.db, 'memberships', rows, {
      on: ['id'],
      update: ['firstSeenOn', 'lastSeenOn', 'meetings'],
    });
    if (!mayShrink) return;
    const kept = new Set(evidence.map((e) => e.personId));
    const gone = people.filter((p) => !kept.has(p)).map((p) => inferredMembershipId(bodyId, p));
    if (gone.length > 0)
      await this.db.deleteFrom('memberships').where('id', 'in', gone).where('enteredBy', 'is', null).execute();
  }

  /** Recomputes these people's inferred memberships at every body they attended or were members of. */
  async recomputeInferredEverywhere(personIds: readonly string[]): Promise<void> {
    if (personIds.length === 0) return;
    const people = [...new Set(personIds)];
    const attended = await this.db
      .selectFrom('attendance')
      .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
      .select('meetings.bodyId')
      .where('attendance.personId', 'in', people)
      .distinct()
      .execute();
    const held = await this.db
      .selectFrom('memberships')
      .select('bodyId')
      .where('personId', 'in', people)
      .where('basis', '=', 'inferred')
      .distinct()
      .execute();
    for (const bodyId of new Set([...attended, ...held].map((r) => r.bodyId)))
      await this.recomputeInferred(bodyId, people);
  }

  /**
   * Replaces what one document stated of a body's membership at one meeting (a membership is
   * stated at the meeting whose record says so: its first evidence is that meeting's date).
   */
  async replaceStated(
    bodyId: string,
    date: string,
    sourceIds: readonly string[],
    memberships: readonly Sourced<Membership>[],
  ): Promise<void> {
    if (sourceIds.length > 0) {
      const old = this.db
        .selectFrom('memberships')
        .select('id')
        .where('bodyId', '=', bodyId)
        .where('basis', '=', 'stated')
        .where('firstSeenOn', '=', date)
        .where('sourceDocumentId', 'in', [...sourceIds])
        // A clerk's correction outlives a re-import of the document it corrects.
        .where('enteredBy', 'is', null);
      const ids = (await old.execute()).map((r) => r.id);
      if (ids.length > 0) {
        await this.db.deleteFrom('provenance').where('subjectId', 'in', ids).execute();
        await this.db.deleteFrom('memberships').where('id', 'in', ids).execute();
      }
    }
    await inChunks(
      memberships.map((m) => membershipRow(m)),
      (chunk) =>
        this.db
          .insertInto('memberships')
          .values(chunk)
          .onConflict((oc) => oc.column('id').doNothing())
          .execute(),
    );
  }

  /** People's memberships, stated and inferred, under their stored ids. */
  async ofPeople(personIds: readonly string[]): Promise<Membership[]> {
    if (personIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('memberships')
      .selectAll()
      .where('personId', 'in', [...personIds])
      .orderBy('id')
      .execute();
    return rows.map(toMembership);
  }

  /** A body's memberships, each under the person it belongs to now (a merged spelling under the person it joined). */
  async ofBody(bodyId: string): Promise<BodyMembership[]> {
    const rows = await this.db
      .selectFrom('memberships')
      .innerJoin('people as p', 'p.id', 'memberships.personId')
      .leftJoin('people as c', 'c.id', 'p.mergedIntoId')
      .selectAll('memberships')
      .select((eb) => [
        eb.fn.coalesce('c.id', 'p.id').as('canonicalId'),
        eb.fn.coalesce('c.slug', 'p.slug').as('personSlug'),
        eb.fn.coalesce('c.displayName', 'p.displayName').as('personName'),
      ])
      .where('memberships.bodyId', '=', bodyId)
      .orderBy('memberships.id')
      .execute();
    return rows.map((r) => ({
      ...toMembership(r),
      person: { id: r.canonicalId, slug: r.personSlug, name: r.personName },
      sourceDocumentId: r.sourceDocumentId,
      enteredBy: r.enteredBy,
    }));
  }

  /** The date of the body's latest meeting that recorded its members (present, apologies or absent). */
  async latestRecordedMeeting(bodyId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('attendance')
      .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
      .select((eb) => eb.fn.max('meetings.date').as('latest'))
      .where('meetings.bodyId', '=', bodyId)
      .where('attendance.kind', 'in', EVIDENCE_KINDS)
      .executeTakeFirst();
    return row?.latest ?? null;
  }

  async find(id: string): Promise<StoredMembership | undefined> {
    const row = await this.db.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { ...toMembership(row), sourceDocumentId: row.sourceDocumentId, enteredBy: row.enteredBy };
  }

  /** A membership a clerk enters. */
  async add(m: Membership, enteredBy: string): Promise<void> {
    await this.db
      .insertInto('memberships')
      .values({ ...membershipRow({ ...m, sourceDocumentId: null }), enteredBy })
      .execute();
  }

  /** A clerk's change of what a membership says; the row is theirs from then on (kept on re-import). */
  async correct(
    id: string,
    fields: Pick<Membership, 'role' | 'votingScope' | 'party' | 'startsOn' | 'endsOn'>,
    enteredBy: string,
  ): Promise<void> {
    await this.db
      .updateTable('memberships')
      .set({ ...fields, enteredBy })
      .where('id', '=', id)
      .execute();
  }
}

/** A membership with where it came from: the document, or the account that entered or corrected it. */
export interface StoredMembership extends Membership {
  readonly sourceDocumentId: string | null;
  readonly enteredBy: string | null;
}

/** A membership with the person it belongs to, as a body's page lists it. */
export interface BodyMembership extends Membership {
  readonly person: { readonly id: string; readonly slug: string; readonly name: string };
  readonly sourceDocumentId: string | null;
  /** The account that entered or corrected it; null for what documents gave. */
  readonly enteredBy: string | null;
}

/** Read for every body a batch of imports touched: written once per engine and list length (preparedQuery). */
const evidenceAt = preparedQuery((db: Kysely<Database>, bodyId: string, people: readonly string[]) =>
  db
    .selectFrom('attendance')
    .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
    .select((eb) => [
      'attendance.personId',
      eb.fn.min('meetings.date').as('firstSeenOn'),
      eb.fn.max('meetings.date').as('lastSeenOn'),
      eb.fn.count<number>('meetings.id').distinct().as('meetings'),
    ])
    .where('meetings.bodyId', '=', bodyId)
    .where('attendance.personId', 'in', people)
    .where('attendance.kind', 'in', EVIDENCE_KINDS)
    .groupBy('attendance.personId'),
);
