import type { Kysely } from 'kysely';
import { oneLinePerMeeting, type AttendanceKind } from '../../domain/attendance.js';
import { attendanceRates, type AttendanceRate } from '../../domain/attendanceRate.js';
import type { DeclarationKind } from '../../domain/declaration.js';
import type { InterestCategory } from '../../domain/interests/interestCategory.js';
import type { Correction } from '../../domain/correction.js';
import type { Membership, MembershipBasis } from '../../domain/membership.js';
import type { Person } from '../../domain/person.js';
import type { Database } from '../database.js';
import { CorrectionRepository } from '../repositories/correctionRepository.js';
import { toMembership, toPerson } from '../rowMappers.js';
import { countOf, type BodyRef, type PageRequest, type Paged, type PersonRef } from './publicRefs.js';
import { publicDeclarations } from './publicScope.js';

export interface PersonAttendance {
  readonly meetingId: string;
  readonly date: string;
  readonly bodyId: string;
  readonly bodyName: string;
  readonly bodySlug: string;
  readonly municipalYear: string | null;
  readonly kind: AttendanceKind;
  readonly reason: string | null;
  readonly roleText: string | null;
}

export interface PersonDeclaration {
  readonly meetingId: string;
  readonly date: string;
  readonly bodyName: string;
  readonly itemTitle: string | null;
  readonly kind: DeclarationKind;
  readonly text: string;
}

/** A register entry as published: a sensitive interest's details withheld (Localism Act 2011 s.32). */
export interface PublicInterestEntry {
  readonly category: InterestCategory;
  /** Null for a sensitive interest. */
  readonly description: string | null;
  readonly registeredOn: string;
}

/** A member's published register of interests. */
export interface PublicRegister {
  readonly reviewedOn: string | null;
  readonly entries: readonly PublicInterestEntry[];
}

export interface PersonDetail {
  readonly person: Person;
  /** Their register of interests: null for someone who keeps none (an officer, say). */
  readonly register: PublicRegister | null;
  readonly aliases: readonly string[];
  readonly attendance: readonly PersonAttendance[];
  readonly declarations: readonly PersonDeclaration[];
  readonly rates: readonly AttendanceRate[];
  /** Memberships of bodies, stated or inferred from attendance, one per body and basis. */
  readonly memberships: readonly PersonMembership[];
  /** Job titles written beside their name when "in attendance", with when they were first and last seen. */
  readonly posts: readonly PersonPost[];
  /** What documents said of their name, memberships and posts that a clerk has corrected, and who did when. */
  readonly corrections: readonly Correction[];
}

export interface PersonMembership {
  readonly body: BodyRef;
  readonly role: string;
  readonly basis: MembershipBasis;
  readonly firstSeenOn: string | null;
  readonly lastSeenOn: string | null;
  readonly statement: string | null;
}

export interface PersonPost {
  readonly jobTitle: string;
  readonly organisation: string | null;
  readonly firstSeenOn: string | null;
  readonly lastSeenOn: string | null;
}

export interface PersonSummary extends Person {
  /** Meetings the person is recorded at, under any spelling merged into them. */
  readonly meetings: number;
}

/** A recorded membership, shown under the public person it belongs to. */
export interface MembershipLine extends Membership {
  readonly person: PersonRef;
  readonly body: BodyRef;
}

type Db = Kysely<Database>;

function memberships(db: Db) {
  return db
    .selectFrom('memberships')
    .innerJoin('people as p', 'p.id', 'memberships.personId')
    .leftJoin('people as c', 'c.id', 'p.mergedIntoId')
    .innerJoin('bodies', 'bodies.id', 'memberships.bodyId')
    .selectAll('memberships')
    .select((eb) => [
      eb.fn.coalesce('c.id', 'p.id').as('canonicalPersonId'),
      eb.fn.coalesce('c.slug', 'p.slug').as('personSlug'),
      eb.fn.coalesce('c.displayName', 'p.displayName').as('personName'),
      'bodies.slug as bodySlug',
      'bodies.name as bodyName',
    ]);
}

type MembershipRow = Awaited<ReturnType<ReturnType<typeof memberships>['executeTakeFirstOrThrow']>>;

function toMembershipLine(r: MembershipRow): MembershipLine {
  const { canonicalPersonId, personSlug, personName, bodySlug, bodyName, ...m } = r;
  return {
    ...toMembership(m),
    person: { id: canonicalPersonId, slug: personSlug, name: personName },
    body: { id: m.bodyId, slug: bodySlug, name: bodyName },
  };
}

/** People and their records, as the public sees them: a merged spelling shows as the person it joined. */
export class PublicPeople {
  constructor(private readonly db: Db) {}

  /** The person a slug names, followed through a merge to the person it was merged into. */
  async findCanonical(slug: string): Promise<Person | undefined> {
    const found = await this.db.selectFrom('people').selectAll().where('slug', '=', slug).executeTakeFirst();
    if (!found?.mergedIntoId) return found && toPerson(found);
    const kept = await this.db.selectFrom('people').selectAll().where('id', '=', found.mergedIntoId).executeTakeFirst();
    return kept && toPerson(kept);
  }

  /** The person's own id with the ids of every spelling merged into them. */
  async idsOf(personId: string): Promise<string[]> {
    const merged = await this.db.selectFrom('people').select('id').where('mergedIntoId', '=', personId).execute();
    return [personId, ...merged.map((r) => r.id)];
  }

  /** People in name order (merged spellings hidden), with how many meetings each is recorded at. */
  async list(limit = 500, offset = 0): Promise<PersonSummary[]> {
    const rows = await this.db
      .selectFrom('people')
      .selectAll('people')
      .select((eb) => [
        eb
          .selectFrom('attendance')
          .select((sub) => sub.fn.count<number>('attendance.meetingId').distinct().as('n'))
          .where((w) =>
            w.or([
              w('attendance.personId', '=', w.ref('people.id')),
              w(
                'attendance.personId',
                'in',
                w.selectFrom('people as m').select('m.id').whereRef('m.mergedIntoId', '=', 'people.id'),
              ),
            ]),
          )
          .as('meetings'),
      ])
      .where('people.mergedIntoId', 'is', null)
      .orderBy('people.familyName')
      .orderBy('people.displayName')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map(({ meetings, ...p }) => ({ ...toPerson(p), meetings: Number(meetings ?? 0) }));
  }

  async page(filter: { readonly kind?: string }, page: PageRequest): Promise<Paged<Person>> {
    let base = this.db.selectFrom('people').where('people.mergedIntoId', 'is', null);
    if (filter.kind) base = base.where('people.kind', '=', filter.kind);
    const total = countOf(await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
    const rows = await base
      .selectAll()
      .orderBy('familyName')
      .orderBy('displayName')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { total, rows: rows.map(toPerson) };
  }

  /** Everything recorded of a person and of every spelling merged into them. */
  async detail(slug: string): Promise<PersonDetail | undefined> {
    const person = await this.findCanonical(slug);
    if (!person) return undefined;
    const ids = await this.idsOf(person.id);
    const aliases = await this.db
      .selectFrom('personAliases')
      .select('alias')
      .where('personId', 'in', ids)
      .distinct()
      .orderBy('alias')
      .execute();
    const attendance = oneLinePerMeeting(
      (
        await this.db
          .selectFrom('attendance')
          .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
          .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
          .select([
            'meetings.id as meetingId',
            'meetings.date',
            'meetings.municipalYear',
            'bodies.id as bodyId',
            'bodies.name as bodyName',
            'bodies.slug as bodySlug',
            'attendance.kind',
            'attendance.reason',
            'attendance.roleText',
          ])
          .where('attendance.personId', 'in', ids)
          .orderBy('meetings.date', 'desc')
          .orderBy('meetings.id')
          .execute()
      ).map((a) => ({ ...a, kind: a.kind as AttendanceKind })),
    );
    const declarations = await publicDeclarations(this.db)
      .innerJoin('meetings', 'meetings.id', 'declarations.meetingId')
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
      .leftJoin('agendaItems', 'agendaItems.id', 'declarations.itemId')
      .select([
        'meetings.id as meetingId',
        'meetings.date',
        'bodies.name as bodyName',
        'agendaItems.title as itemTitle',
        'declarations.kind',
        'declarations.text',
      ])
      .where('declarations.personId', 'in', ids)
      .orderBy('meetings.date', 'desc')
      .orderBy('declarations.id')
      .execute();
    return {
      person,
      register: await this.#registerOf(person, ids),
      corrections: await this.#correctionsOf(ids),
      memberships: await this.#membershipsOf(ids),
      posts: await this.#postsOf(ids),
      aliases: aliases.map((a) => a.alias),
      attendance,
      declarations: declarations.map((d) => ({ ...d, kind: d.kind as DeclarationKind })),
      rates: attendanceRates(attendance),
    };
  }

  /** The published register of interests of a councillor or co-opted member, or of anyone with an entry. */
  async #registerOf(person: Person, ids: readonly string[]): Promise<PublicRegister | null> {
    const entries = await this.db
      .selectFrom('interestEntries')
      .leftJoin('interestEntryStates', 'interestEntryStates.entryId', 'interestEntries.id')
      .select(['category', 'description', 'registeredOn', 'sensitive'])
      .where('personId', 'in', [...ids])
      // An interest that has ended is no longer on the register.
      .where('interestEntryStates.endedOn', 'is', null)
      .orderBy('category')
      .orderBy('registeredOn')
      .orderBy('id')
      .execute();
    const review = await this.db
      .selectFrom('interestReviews')
      .select('reviewedOn')
      .where('personId', 'in', [...ids])
      .orderBy('reviewedOn', 'desc')
      .executeTakeFirst();
    if (entries.length === 0 && !review && !['councillor', 'co_optee'].includes(person.kind)) return null;
    return {
      reviewedOn: review?.reviewedOn ?? null,
      entries: entries.map((e) => ({
        category: e.category as InterestCategory,
        description: Number(e.sensitive) === 1 ? null : e.description,
        registeredOn: e.registeredOn,
      })),
    };
  }

  /** Corrections of the person's name, memberships and posts, oldest first. */
  async #correctionsOf(ids: readonly string[]): Promise<Correction[]> {
    const corrections = new CorrectionRepository(this.db);
    const membershipIds = await this.db
      .selectFrom('memberships')
      .select('id')
      .where('personId', 'in', [...ids])
      .execute();
    const postIds = await this.db
      .selectFrom('officerPosts')
      .select('id')
      .where('personId', 'in', [...ids])
      .execute();
    return [
      ...(await corrections.of('person', ids)),
      ...(await corrections.of(
        'membership',
        membershipIds.map((r) => r.id),
      )),
      ...(await corrections.of(
        'officer_post',
        postIds.map((r) => r.id),
      )),
    ].sort((a, b) => a.correctedAt.localeCompare(b.correctedAt) || a.id.localeCompare(b.id));
  }

  /** A person's memberships (under every spelling merged into them), one per body and basis. */
  async #membershipsOf(ids: readonly string[]): Promise<PersonMembership[]> {
    const rows = await memberships(this.db)
      .where('memberships.personId', 'in', [...ids])
      .orderBy('bodies.name')
      .orderBy('memberships.basis', 'desc')
      .orderBy('memberships.firstSeenOn')
      .execute();
    const out = new Map<string, { -readonly [K in keyof PersonMembership]: PersonMembership[K] }>();
    for (const r of rows) {
      const key = `${r.bodyId}\u0000${r.basis}`;
      const earlier = out.get(key);
      if (!earlier) {
        out.set(key, {
          body: { id: r.bodyId, slug: r.bodySlug, name: r.bodyName },
          role: r.role,
          basis: r.basis as MembershipBasis,
          firstSeenOn: r.firstSeenOn,
          lastSeenOn: r.lastSeenOn,
          statement: r.statement,
        });
        continue;
      }
      if (r.firstSeenOn && (!earlier.firstSeenOn || r.firstSeenOn < earlier.firstSeenOn))
        earlier.firstSeenOn = r.firstSeenOn;
      if (r.lastSeenOn && (!earlier.lastSeenOn || r.lastSeenOn > earlier.lastSeenOn)) earlier.lastSeenOn = r.lastSeenOn;
    }
    return [...out.values()];
  }

  /** A person's posts, one per title (two spellings of one person may both have been seen in it). */
  async #postsOf(ids: readonly string[]): Promise<PersonPost[]> {
    const rows = await this.db
      .selectFrom('officerPosts')
      .select(['jobTitle', 'organisation', 'firstSeenOn', 'lastSeenOn'])
      .where('personId', 'in', [...ids])
      .orderBy('lastSeenOn', 'desc')
      .orderBy('jobTitle')
      .execute();
    const out = new Map<string, { -readonly [K in keyof PersonPost]: PersonPost[K] }>();
    for (const r of rows) {
      const earlier = out.get(r.jobTitle);
      if (!earlier) out.set(r.jobTitle, { ...r });
      else if (r.firstSeenOn && (!earlier.firstSeenOn || r.firstSeenOn < earlier.firstSeenOn))
        earlier.firstSeenOn = r.firstSeenOn;
    }
    return [...out.values()];
  }

  /** Recorded memberships of bodies (members, chairs, co-optees), by body then latest first. */
  async memberships(
    filter: { readonly personIds?: readonly string[]; readonly bodyId?: string; readonly role?: string },
    page: PageRequest,
  ): Promise<Paged<MembershipLine>> {
    let base = memberships(this.db);
    if (filter.personIds) base = base.where('memberships.personId', 'in', [...filter.personIds]);
    if (filter.bodyId) base = base.where('memberships.bodyId', '=', filter.bodyId);
    if (filter.role) base = base.where('memberships.role', '=', filter.role);
    const total = countOf(
      await base
        .clearSelect()
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    );
    const rows = await base
      .orderBy('bodies.name')
      // Stated before inferred; then latest first, by the stated start or the first evidence. Both engines
      // sort NULL differently, so a missing date sorts as '' (last).
      .orderBy('memberships.basis', 'desc')
      .orderBy((eb) => eb.fn.coalesce('memberships.startsOn', 'memberships.firstSeenOn', eb.val('')), 'desc')
      .orderBy('memberships.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { total, rows: rows.map(toMembershipLine) };
  }

  async membership(id: string): Promise<MembershipLine | undefined> {
    const row = await memberships(this.db).where('memberships.id', '=', id).executeTakeFirst();
    return row && toMembershipLine(row);
  }
}
