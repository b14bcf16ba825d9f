import type { Kysely } from 'kysely';
import type { BodyTable, Database, TermsOfReferenceTable } from '../database.js';
import { listMeetings, type MeetingSummary } from './meetingList.js';

export interface BodyMember {
  readonly slug: string;
  readonly name: string;
  /** Roles recorded at the body's meetings (Chair, Vice Chair) or in its memberships. */
  readonly roles: readonly string[];
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly meetings: number;
  readonly current: boolean;
}

export interface BodyDetail {
  readonly body: BodyTable;
  readonly termsOfReference: TermsOfReferenceTable | null;
  readonly members: readonly BodyMember[];
  /** Meetings grouped by municipal year, newest year first. */
  readonly meetingsByYear: readonly { readonly municipalYear: string; readonly meetings: readonly MeetingSummary[] }[];
}

const MEMBER_KINDS = ['present', 'substitute', 'apologies', 'absent'] as const;

/**
 * A body with its terms of reference, members over time and meetings by municipal year.
 * Members come from recorded memberships where a clerk entered them and, for imported history,
 * from the meetings' attendance: who sat as a member, first and last seen, with the roles noted.
 */
export async function getBodyDetail(db: Kysely<Database>, slug: string): Promise<BodyDetail | undefined> {
  const body = await db.selectFrom('bodies').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!body) return undefined;
  const termsOfReference =
    (await db
      .selectFrom('termsOfReference')
      .selectAll()
      .where('bodyId', '=', body.id)
      .orderBy('adoptedOn', 'desc')
      .executeTakeFirst()) ?? null;
  const meetings = await listMeetings(db, { bodyId: body.id, limit: 5000 });
  const years = new Map<string, MeetingSummary[]>();
  const yearOf = new Map(
    (await db.selectFrom('meetings').select(['id', 'municipalYear']).where('bodyId', '=', body.id).execute()).map(
      (m) => [m.id, m.municipalYear ?? 'Unknown'],
    ),
  );
  for (const m of meetings) {
    const year = yearOf.get(m.id) ?? 'Unknown';
    years.set(year, [...(years.get(year) ?? []), m]);
  }
  return {
    body,
    termsOfReference,
    members: await membersOf(db, body.id, meetings[0]?.date ?? null),
    meetingsByYear: [...years]
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([municipalYear, list]) => ({ municipalYear, meetings: list })),
  };
}

async function membersOf(db: Kysely<Database>, bodyId: string, latestMeeting: string | null): Promise<BodyMember[]> {
  const rows = await db
    .selectFrom('attendance')
    .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
    .innerJoin('people as p', 'p.id', 'attendance.personId')
    .leftJoin('people as c', 'c.id', 'p.mergedIntoId')
    .select([
      'p.slug',
      'p.displayName',
      'c.slug as canonicalSlug',
      'c.displayName as canonicalName',
      'meetings.date',
      'attendance.roleText',
    ])
    .where('meetings.bodyId', '=', bodyId)
    .where('attendance.kind', 'in', [...MEMBER_KINDS])
    .execute();
  const members = new Map<
    string,
    { slug: string; name: string; roles: Set<string>; first: string; last: string; dates: Set<string> }
  >();
  for (const r of rows) {
    const slug = r.canonicalSlug ?? r.slug;
    const m = members.get(slug) ?? {
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
      slug: m.slug,
      name: m.name,
      roles: [...m.roles].sort(),
      firstSeen: m.first,
      lastSeen: m.last,
      meetings: m.dates.size,
      current: m.last === latestMeeting,
    }))
    .sort(
      (a, b) =>
        Number(b.current) - Number(a.current) || b.lastSeen.localeCompare(a.lastSeen) || a.name.localeCompare(b.name),
    );
}
