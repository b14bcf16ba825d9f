import type { Kysely } from 'kysely';
import { isExpectedAsMember, type AttendanceKind } from '../../domain/attendance.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { Correction } from '../../domain/correction.js';
import {
  isCurrentInferredMember,
  isCurrentStatedMember,
  isMembershipActiveOn,
  type MembershipBasis,
} from '../../domain/membership.js';
import type { Body, TermsOfReference } from '../../domain/body.js';
import type { Database } from '../database.js';
import { CorrectionRepository } from '../repositories/correctionRepository.js';
import { toBody, toTermsOfReference } from '../rowMappers.js';
import type { MeetingSummary, PublicMeetings } from './publicMeetings.js';
import { countOf, type PageRequest, type Paged } from './publicRefs.js';
import { isPublicDocument } from './publicScope.js';

export interface BodyMember {
  /** The public person (a merged spelling counts as the person it joined). */
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  /** Roles recorded at the body's meetings (Chair, Vice Chair). */
  readonly roles: readonly string[];
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly meetings: number;
  /** Expected at the body's latest recorded meeting, and that meeting is recent (domain: isCurrentInferredMember). */
  readonly current: boolean;
  /** `stated` when the record states the membership (the official word), else `inferred` from attendance. */
  readonly basis: MembershipBasis;
  /** For a stated membership: the date of the meeting whose record states it, and the words. */
  readonly statedOn: string | null;
  readonly statement: string | null;
  /** What documents said of these memberships that a clerk has corrected, and who did when. */
  readonly corrections: readonly Correction[];
}

/** A body as the list of bodies shows it: what it is for, and how often it has met. */
export interface BodyOverview {
  readonly body: Body;
  /** The description (or else the purpose) of its latest terms of reference; null when none is recorded. */
  readonly description: string | null;
  readonly meetingCount: number;
  /** The date of its latest recorded meeting. */
  readonly lastMet: string | null;
}

/** Terms of reference printed in a document (an agenda pack's part), where the record holds none as text. */
export interface TermsOfReferencePart {
  readonly documentId: string;
  readonly position: number;
  readonly title: string;
  readonly pageStart: number | null;
  readonly pageEnd: number | null;
  /** The meeting whose document it is. */
  readonly meetingDate: string;
}

export interface BodyDetail {
  readonly body: Body;
  readonly termsOfReference: TermsOfReference | null;
  /** The latest terms of reference printed in one of its meetings' documents, to read there. */
  readonly termsOfReferencePart: TermsOfReferencePart | null;
  readonly members: readonly BodyMember[];
  /** Meetings grouped by municipal year, newest year first. */
  readonly meetingsByYear: readonly { readonly municipalYear: string; readonly meetings: readonly MeetingSummary[] }[];
}

type Db = Kysely<Database>;

/** Roles beyond "member" as the public page names them. */
const ROLE_WORDS: Readonly<Record<string, string>> = {
  chair: 'Chair',
  vice_chair: 'Vice-chair',
  co_optee: 'Co-optee',
  substitute: 'Substitute',
  ex_officio: 'Ex officio',
};

/** Committees, boards and panels, with their terms of reference, members and meetings. */
export class PublicBodies {
  constructor(
    private readonly db: Db,
    private readonly meetings: PublicMeetings,
  ) {}

  async list(): Promise<Body[]> {
    return (await this.db.selectFrom('bodies').selectAll().orderBy('name').orderBy('id').execute()).map(toBody);
  }

  /** Every body in name order, with its description and how many meetings are recorded. */
  async overview(): Promise<BodyOverview[]> {
    const rows = await this.db
      .selectFrom('bodies')
      .selectAll('bodies')
      .select((eb) => [
        eb
          .selectFrom('meetings')
          .select(eb.fn.countAll().as('n'))
          .whereRef('meetings.bodyId', '=', 'bodies.id')
          .as('meetingCount'),
        eb
          .selectFrom('meetings')
          .select((sub) => sub.fn.max('meetings.date').as('d'))
          .whereRef('meetings.bodyId', '=', 'bodies.id')
          .as('lastMet'),
      ])
      .orderBy('bodies.name')
      .orderBy('bodies.id')
      .execute();
    const terms = await this.db
      .selectFrom('termsOfReference')
      .select(['bodyId', 'description', 'purpose', 'adoptedOn'])
      .orderBy('bodyId')
      .orderBy((eb) => eb.fn.coalesce('adoptedOn', eb.val('')), 'desc')
      .execute();
    const description = new Map<string, string>();
    for (const t of terms) {
      const text = t.description?.trim() || t.purpose?.trim();
      if (text && !description.has(t.bodyId)) description.set(t.bodyId, text);
    }
    return rows.map(({ meetingCount, lastMet, ...b }) => ({
      body: toBody(b),
      description: description.get(b.id) ?? null,
      meetingCount: Number(meetingCount ?? 0),
      lastMet: lastMet ?? null,
    }));
  }

  async findBySlug(slug: string): Promise<Body | undefined> {
    const row = await this.db.selectFrom('bodies').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row && toBody(row);
  }

  async page(filter: { readonly kind?: string }, page: PageRequest): Promise<Paged<Body>> {
    let base = this.db.selectFrom('bodies');
    if (filter.kind) base = base.where('kind', '=', filter.kind);
    const total = countOf(await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
    const rows = await base.selectAll().orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute();
    return { total, rows: rows.map(toBody) };
  }

  /**
   * A body with its terms of reference, members over time and meetings by municipal year. Members
   * are those who sat as members at its meetings: who, first and last seen, with the roles noted.
   */
  async detail(slug: string, asOf: IsoDate): Promise<BodyDetail | undefined> {
    const body = await this.findBySlug(slug);
    if (!body) return undefined;
    const terms = await this.db
      .selectFrom('termsOfReference')
      .selectAll()
      .where('bodyId', '=', body.id)
      .orderBy('adoptedOn', 'desc')
      .executeTakeFirst();
    const meetings = await this.meetings.list({ bodyId: body.id, limit: 5000 });
    const years = new Map<string, MeetingSummary[]>();
    for (const m of meetings) {
      const year = m.municipalYear ?? 'Unknown';
      years.set(year, [...(years.get(year) ?? []), m]);
    }
    return {
      body,
      termsOfReference: terms ? toTermsOfReference(terms) : null,
      termsOfReferencePart: terms ? null : await this.#termsOfReferencePart(body.id),
      members: await this.#members(body.id, asOf),
      meetingsByYear: [...years]
        .sort(([a], [b]) => b.localeCompare(a))
        .map(([municipalYear, list]) => ({ municipalYear, meetings: list })),
    };
  }

  /** The latest terms of reference printed in a public document of one of the body's meetings. */
  async #termsOfReferencePart(bodyId: string): Promise<TermsOfReferencePart | null> {
    const row = await this.db
      .selectFrom('documentParts')
      .innerJoin('provenance', 'provenance.documentId', 'documentParts.documentId')
      .innerJoin('meetings', 'meetings.id', 'provenance.subjectId')
      .innerJoin('documents', 'documents.id', 'documentParts.documentId')
      .select([
        'documentParts.documentId',
        'documentParts.position',
        'documentParts.title',
        'documentParts.pageStart',
        'documentParts.pageEnd',
        'meetings.date as meetingDate',
      ])
      .where('documentParts.kind', '=', 'terms_of_reference')
      .where('provenance.subjectKind', '=', 'meeting')
      .where('meetings.bodyId', '=', bodyId)
      .where((eb) => isPublicDocument(eb))
      .orderBy('meetings.date', 'desc')
      .orderBy('documentParts.documentId')
      .orderBy('documentParts.position')
      .limit(1)
      .executeTakeFirst();
    return row ?? null;
  }

  /**
   * Members from the memberships the record holds (stated, and inferred from attendance), under
   * the public person; roles (Chair, Vice Chair) and the number of meetings from the attendance,
   * each meeting counted once however many spellings of the person it names.
   */
  async #members(bodyId: string, asOf: IsoDate): Promise<BodyMember[]> {
    const memberships = await this.db
      .selectFrom('memberships')
      .innerJoin('people as p', 'p.id', 'memberships.personId')
      .leftJoin('people as c', 'c.id', 'p.mergedIntoId')
      .select((eb) => [
        eb.fn.coalesce('c.id', 'p.id').as('personId'),
        eb.fn.coalesce('c.slug', 'p.slug').as('slug'),
        eb.fn.coalesce('c.displayName', 'p.displayName').as('name'),
        'memberships.id',
        'memberships.role',
        'memberships.startsOn',
        'memberships.endsOn',
        'memberships.basis',
        'memberships.firstSeenOn',
        'memberships.lastSeenOn',
        'memberships.statement',
      ])
      .where('memberships.bodyId', '=', bodyId)
      .orderBy('memberships.firstSeenOn')
      .execute();
    const attendance = await this.db
      .selectFrom('attendance')
      .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
      .innerJoin('people as p', 'p.id', 'attendance.personId')
      .select((eb) => [
        eb.fn.coalesce('p.mergedIntoId', 'p.id').as('personId'),
        'meetings.date',
        'attendance.kind',
        'attendance.roleText',
      ])
      .where('meetings.bodyId', '=', bodyId)
      .execute();
    const seen = new Map<string, { roles: Set<string>; dates: Set<string> }>();
    for (const r of attendance) {
      if (!isExpectedAsMember(r.kind as AttendanceKind)) continue;
      const s = seen.get(r.personId) ?? { roles: new Set<string>(), dates: new Set<string>() };
      if (r.roleText && /\b(chair|vice)/i.test(r.roleText)) s.roles.add(r.roleText);
      s.dates.add(r.date);
      seen.set(r.personId, s);
    }
    // The latest meeting that recorded its members, not a scheduled one with no attendance yet.
    const latestRecorded = attendance
      .filter((r) => isExpectedAsMember(r.kind as AttendanceKind))
      .reduce<string | null>((latest, r) => (!latest || r.date > latest ? r.date : latest), null);
    const members = new Map<
      string,
      {
        id: string;
        slug: string;
        name: string;
        first: string | null;
        last: string | null;
        stated: (typeof memberships)[number] | null;
        /** Current by the dates a clerk or a document gave, where there are some. */
        currentByDates: boolean | null;
        roles: Set<string>;
        ids: string[];
      }
    >();
    for (const m of memberships) {
      const member = members.get(m.personId) ?? {
        id: m.personId,
        slug: m.slug,
        name: m.name,
        first: null,
        last: null,
        stated: null,
        currentByDates: null,
        roles: new Set<string>(),
        ids: [],
      };
      member.ids.push(m.id);
      if (m.role !== 'member') member.roles.add(ROLE_WORDS[m.role] ?? m.role);
      if (m.basis === 'stated') member.stated ??= m;
      // Dates entered (or stated) bound the membership; evidence dates stand in where there are none.
      const dated = m.startsOn !== null || m.endsOn !== null;
      const first = m.startsOn ?? m.firstSeenOn;
      const active = dated && isMembershipActiveOn(m, asOf);
      const last = m.endsOn ?? m.lastSeenOn ?? (active ? asOf : m.startsOn);
      if (dated) member.currentByDates = (member.currentByDates ?? false) || active;
      if (first && (!member.first || first < member.first)) member.first = first;
      if (last && (!member.last || last > member.last)) member.last = last;
      members.set(m.personId, member);
    }
    const corrections = await new CorrectionRepository(this.db).of(
      'membership',
      memberships.map((m) => m.id),
    );
    return [...members.values()]
      .filter((m) => m.first && m.last)
      .map((m) => {
        const s = seen.get(m.id);
        const statedOn = m.stated?.firstSeenOn ?? null;
        return {
          id: m.id,
          slug: m.slug,
          name: m.name,
          roles: [...new Set([...(s?.roles ?? []), ...m.roles])].sort(),
          corrections: corrections.filter((c) => m.ids.includes(c.subjectId)),
          firstSeen: m.first!,
          lastSeen: m.last!,
          meetings: s?.dates.size ?? 0,
          current:
            m.currentByDates ??
            (s
              ? isCurrentInferredMember([...s.dates].sort().pop()!, latestRecorded, asOf) ||
                (statedOn !== null && isCurrentStatedMember(statedOn, latestRecorded, asOf))
              : statedOn !== null && isCurrentStatedMember(statedOn, latestRecorded, asOf)),
          basis: m.stated ? ('stated' as const) : ('inferred' as const),
          statedOn,
          statement: m.stated?.statement ?? null,
        };
      })
      .sort(
        (a, b) =>
          Number(b.current) - Number(a.current) || b.lastSeen.localeCompare(a.lastSeen) || a.name.localeCompare(b.name),
      );
  }
}
