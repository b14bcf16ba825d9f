import type { Insertable, Kysely } from 'kysely';
import type { AttendanceCapacity } from '../../domain/attendance.js';
import { stableId } from '../../domain/ids.js';
import { officerPostKey, officerPostTitle } from '../../domain/officerPost.js';
import type { OfficerPost } from '../../domain/person.js';
import type { Database, OfficerPostTable } from '../database.js';
import { toOfficerPost } from '../rowMappers.js';
import { preparedQuery } from '../preparedQuery.js';
import { insertInBatches } from './insertInBatches.js';

/** Officers' job titles over time, as "in attendance" lines give them. */
export class OfficerPostRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Recomputes the posts of these people from every "in attendance" line with a job title
   * (`officerPostTitle`): one post per person and title, with the dates of the meetings it was
   * first and last written at. One query and one upsert; posts no longer evidenced are removed.
   * Posts loaded from elsewhere (no meetings counted) are left alone. `mayShrink` false (a meeting
   * met for the first time: evidence only grows) skips looking for posts to remove.
   */
  async recompute(personIds: readonly string[], mayShrink = true): Promise<void> {
    if (personIds.length === 0) return;
    const people = [...new Set(personIds)];
    const lines = await rolesInAttendance(this.db, people);
    const posts = new Map<string, Insertable<OfficerPostTable> & { meetings: number }>();
    // A post recorded otherwise (loaded from an export, entered with its dates) is not repeated from attendance.
    const recorded =
      lines.length === 0
        ? new Set<string>()
        : new Set(
            (await postsRecordedOtherwise(this.db, people)).map(
              (p) => `${p.personId}\u0000${officerPostKey(p.jobTitle)}`,
            ),
          );
    const superseded: string[] = [];
    for (const line of lines) {
      const title = officerPostTitle(line.roleText, line.capacity as AttendanceCapacity | null);
      if (!title) continue;
      const id = stableId('officer-post', line.personId, officerPostKey(title));
      if (recorded.has(`${line.personId}\u0000${officerPostKey(title)}`)) {
        superseded.push(id);
        continue;
      }
      const earlier = posts.get(id);
      const meetings = Number(line.meetings);
      posts.set(id, {
        id,
        personId: line.personId,
        jobTitle: earlier?.jobTitle ?? title,
        organisation: null,
        startsOn: null,
        endsOn: null,
        sourceDocumentId: earlier?.sourceDocumentId ?? line.sourceDocumentId,
        firstSeenOn: min(earlier?.firstSeenOn, line.firstSeenOn),
        lastSeenOn: max(earlier?.lastSeenOn, line.lastSeenOn),
        // Two spellings of one title at one meeting count that meeting twice; rare, and only a count.
        meetings: (earlier?.meetings ?? 0) + meetings,
      });
    }
    if (superseded.length > 0) await this.db.deleteFrom('officerPosts').where('id', 'in', superseded).execute();
    const rows = [...posts.values()];
    if (rows.length === 0 && !mayShrink) return;
    await insertInBatches(this.db, 'officerPosts', rows, {
      on: ['id'],
      update: ['firstSeenOn', 'lastSeenOn', 'meetings'],
    });
    if (!mayShrink) return;
    let stale = this.db
      .deleteFrom('officerPosts')
      .where('personId', 'in', people)
      .where('meetings', 'is not', null)
      .where('enteredBy', 'is', null);
    if (rows.length > 0)
      stale = stale.where(
        'id',
        'not in',
        rows.map((r) => r.id),
      );
    await stale.execute();
  }

  /** The posts of these people, latest first. */
  async ofPeople(personIds: readonly string[]): Promise<ClerkOfficerPost[]> {
    if (personIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('officerPosts')
      .selectAll()
      .where('personId', 'in', [...personIds])
      .execute();
    return rows
      .map((r) => ({ ...toOfficerPost(r), sourceDocumentId: r.sourceDocumentId, enteredBy: r.enteredBy }))
      .sort(
        (a, b) =>
          (b.endsOn ?? b.lastSeenOn ?? '9999').localeCompare(a.endsOn ?? a.lastSeenOn ?? '9999') ||
          a.id.localeCompare(b.id),
      );
  }

  async find(id: string): Promise<ClerkOfficerPost | undefined> {
    const row = await this.db.selectFrom('officerPosts').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { ...toOfficerPost(row), sourceDocumentId: row.sourceDocumentId, enteredBy: row.enteredBy };
  }

  /** A post a clerk enters, with its dates. */
  async add(post: OfficerPost, enteredBy: string): Promise<void> {
    await this.db
      .insertInto('officerPosts')
      .values({
        id: post.id,
        personId: post.personId,
        jobTitle: post.jobTitle,
        organisation: post.organisation,
        startsOn: post.startsOn,
        endsOn: post.endsOn,
        sourceDocumentId: null,
        firstSeenOn: null,
        lastSeenOn: null,
        meetings: null,
        enteredBy,
      })
      .execute();
  }

  /** A clerk's change of a post's title or dates; kept from then on when attendance is read again. */
  async correct(
    id: string,
    fields: Pick<OfficerPost, 'jobTitle' | 'organisation' | 'startsOn' | 'endsOn'>,
    enteredBy: string,
  ): Promise<void> {
    await this.db
      .updateTable('officerPosts')
      .set({ ...fields, enteredBy })
      .where('id', '=', id)
      .execute();
  }
}

/** A post as a clerk sees it: who entered or corrected it, and the document it came from. */
export interface ClerkOfficerPost extends OfficerPost {
  readonly sourceDocumentId: string | null;
  readonly enteredBy: string | null;
}

function min(a: string | null | undefined, b: string | null): string | null {
  return !a ? b : !b || a < b ? a : b;
}

function max(a: string | null | undefined, b: string | null): string | null {
  return !a ? b : !b || a > b ? a : b;
}

// Read for the people of every meeting an import stores: written once per engine and list length (preparedQuery).
const rolesInAttendance = preparedQuery((db: Kysely<Database>, people: readonly string[]) =>
  db
    .selectFrom('attendance')
    .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
    .select((eb) => [
      'attendance.personId',
      'attendance.roleText',
      'attendance.capacity',
      eb.fn.min('meetings.date').as('firstSeenOn'),
      eb.fn.max('meetings.date').as('lastSeenOn'),
      eb.fn.count<number>('meetings.id').distinct().as('meetings'),
      eb.fn.min('attendance.sourceDocumentId').as('sourceDocumentId'),
    ])
    .where('attendance.personId', 'in', people)
    .where('attendance.kind', '=', 'in_attendance')
    .where('attendance.roleText', 'is not', null)
    .groupBy(['attendance.personId', 'attendance.roleText', 'attendance.capacity']),
);

const postsRecordedOtherwise = preparedQuery((db: Kysely<Database>, people: readonly string[]) =>
  db
    .selectFrom('officerPosts')
    .select(['personId', 'jobTitle'])
    .where('personId', 'in', people)
    .where('meetings', 'is', null),
);
