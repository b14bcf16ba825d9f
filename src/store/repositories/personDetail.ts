import type { Kysely } from 'kysely';
import type { Database, PersonTable } from '../database.js';

export interface PersonAttendance {
  readonly meetingId: string;
  readonly date: string;
  readonly bodyName: string;
  readonly bodySlug: string;
  readonly municipalYear: string | null;
  readonly kind: string;
  readonly reason: string | null;
  readonly roleText: string | null;
}

export interface PersonDeclaration {
  readonly meetingId: string;
  readonly date: string;
  readonly bodyName: string;
  readonly itemTitle: string | null;
  readonly kind: string;
  readonly text: string;
}

/** Attendance rate of one person at one body in one municipal year: present (or substituting) over meetings expected. */
export interface AttendanceRate {
  readonly bodyName: string;
  readonly bodySlug: string;
  readonly municipalYear: string;
  readonly attended: number;
  readonly expected: number;
}

export interface PersonDetail {
  readonly person: PersonTable;
  readonly aliases: readonly string[];
  readonly attendance: readonly PersonAttendance[];
  readonly declarations: readonly PersonDeclaration[];
  readonly rates: readonly AttendanceRate[];
}

/** Kinds that mean the person was expected as a member (officers "in attendance" are not). */
const MEMBER_KINDS = ['present', 'substitute', 'apologies', 'absent'];

/** Everything recorded of a person and of every spelling merged into them. */
export async function getPersonDetail(db: Kysely<Database>, slug: string): Promise<PersonDetail | undefined> {
  const found = await db.selectFrom('people').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!found) return undefined;
  const person = found.mergedIntoId
    ? await db.selectFrom('people').selectAll().where('id', '=', found.mergedIntoId).executeTakeFirstOrThrow()
    : found;
  const ids = [
    person.id,
    ...(await db.selectFrom('people').select('id').where('mergedIntoId', '=', person.id).execute()).map((r) => r.id),
  ];
  const aliases = await db
    .selectFrom('personAliases')
    .select('alias')
    .where('personId', 'in', ids)
    .distinct()
    .orderBy('alias')
    .execute();
  const attendance = await db
    .selectFrom('attendance')
    .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
    .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
    .select([
      'meetings.id as meetingId',
      'meetings.date',
      'meetings.municipalYear',
      'bodies.name as bodyName',
      'bodies.slug as bodySlug',
      'attendance.kind',
      'attendance.reason',
      'attendance.roleText',
    ])
    .where('attendance.personId', 'in', ids)
    .orderBy('meetings.date', 'desc')
    .orderBy('meetings.id')
    .execute();
  const declarations = await db
    .selectFrom('declarations')
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
  return { person, aliases: aliases.map((a) => a.alias), attendance, declarations, rates: attendanceRates(attendance) };
}

export function attendanceRates(lines: readonly PersonAttendance[]): AttendanceRate[] {
  const rates = new Map<
    string,
    { bodyName: string; bodySlug: string; municipalYear: string; attended: number; expected: number }
  >();
  for (const line of lines) {
    if (!MEMBER_KINDS.includes(line.kind) || !line.municipalYear) continue;
    const key = `${line.bodySlug}\u0000${line.municipalYear}`;
    const rate = rates.get(key) ?? {
      bodyName: line.bodyName,
      bodySlug: line.bodySlug,
      municipalYear: line.municipalYear,
      attended: 0,
      expected: 0,
    };
    rate.expected++;
    if (line.kind === 'present' || line.kind === 'substitute') rate.attended++;
    rates.set(key, rate);
  }
  return [...rates.values()].sort(
    (a, b) => a.bodyName.localeCompare(b.bodyName) || a.municipalYear.localeCompare(b.municipalYear),
  );
}

export interface PersonSummary {
  readonly slug: string;
  readonly displayName: string;
  readonly kind: string;
  readonly meetings: number;
}

/** People in name order (merged spellings hidden), with how many meetings each is recorded at. */
export async function listPeople(db: Kysely<Database>, limit = 500, offset = 0): Promise<PersonSummary[]> {
  const rows = await db
    .selectFrom('people')
    .select((eb) => [
      'people.slug',
      'people.displayName',
      'people.kind',
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
  return rows.map((r) => ({ ...r, meetings: Number(r.meetings ?? 0) }));
}
