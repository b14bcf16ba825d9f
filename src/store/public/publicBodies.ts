import type { Kysely } from 'kysely';
import { isExpectedAsMember, type AttendanceKind } from '../../domain/attendance.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import { isCurrentInferredMember } from '../../domain/membership.js';
import type { Body, TermsOfReference } from '../../domain/body.js';
import type { Database } from '../database.js';
import { toBody, toTermsOfReference } from '../rowMappers.js';
import type { MeetingSummary, PublicMeetings } from './publicMeetings.js';
import { countOf, type PageRequest, type Paged } from './publicRefs.js';

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
}

export interface BodyDetail {
  readonly body: Body;
  readonly termsOfReference: TermsOfReference | null;
  readonly members: readonly BodyMember[];
  /** Meetings grouped by municipal year, newest year first. */
  readonly meetingsByYear: readonly { readonly municipalYear: string; readonly meetings: readonly MeetingSummary[] }[];
}

type Db = Kysely<Database>;

/** Committees, boards and panels, with their terms of reference, members and meetings. */
export class PublicBodies {
  constructor(
    private readonly db: Db,
    private readonly meetings: PublicMeetings,
  ) {}

  async list(): Promise<Body[]> {
    return (await this.db.selectFrom('bodies').selectAll().orderBy('name').orderBy('id').execute()).map(toBody);
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
      members: await this.#members(body.id, asOf),
      meetingsByYear: [...years]
        .sort(([a], [b]) => b.localeCompare(a))
        .map(([municipalYear, list]) => ({ municipalYear, meetings: list })),
    };
  }

  async #members(bodyId: string, asOf: IsoDate): Promise<BodyMember[]> {
    const rows = await this.db
      .selectFrom('attendance')
      .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
      .innerJoin('people as p', 'p.id', 'attendance.personId')
      .leftJoin('people as c', 'c.id', 'p.mergedIntoId')
      .select([
        'p.id',
        'c.id as canonicalId',
        'p.slug',
        'p.displayName',
        'c.slug as canonicalSlug',
        'c.displayName as canonicalName',
        'meetings.date',
        'attendance.kind',
        'attendance.roleText',
      ])
      .where('meetings.bodyId', '=', bodyId)
      .execute();
    const members = new Map<
      string,
      { id: string; slug: string; name: string; roles: Set<string>; first: string; last: string; dates: Set<string> }
    >();
    const expected = rows.filter((row) => isExpectedAsMember(row.kind as AttendanceKind));
    // The latest meeting that recorded its members, not a scheduled one with no attendance yet.
    const latestRecorded = expected.reduce<string | null>(
      (latest, r) => (!latest || r.date > latest ? r.date : latest),
      null,
    );
    for (const r of expected) {
      const slug = r.canonicalSlug ?? r.slug;
      const m = members.get(slug) ?? {
        id: r.canonicalId ?? r.id,
        slug,
        name: r.canonicalName ?? r.displayName,
        roles: new Set<string>(),
        first: r.date,
        last: r.date,
        dates: new Set<string>(),
      };
      if (r.roleText && /\b(chair|vice)/i.test(r.roleText)) m.roles.add(r.roleText);
      if (r.date < m.first) m.first = r.date;
      if (r.date > m.last) m.last = r.date;
      m.dates.add(r.date);
      members.set(slug, m);
    }
    return [...members.values()]
      .map((m) => ({
        id: m.id,
        slug: m.slug,
        name: m.name,
        roles: [...m.roles].sort(),
        firstSeen: m.first,
        lastSeen: m.last,
        meetings: m.dates.size,
        current: isCurrentInferredMember(m.last, latestRecorded, asOf),
      }))
      .sort(
        (a, b) =>
          Number(b.current) - Number(a.current) || b.lastSeen.localeCompare(a.lastSeen) || a.name.localeCompare(b.name),
      );
  }
}
