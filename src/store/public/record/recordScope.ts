import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../../database.js';
import { publicDeclarations } from '../publicScope.js';

/** What a read of the whole record covers: all of it, or one body's part. */
export interface RecordScope {
  readonly bodyId?: string;
  /** One meeting only (a meeting's own Akoma Ntoso document). */
  readonly meetingId?: string;
}

type Db = Kysely<Database>;
type IdQuery = SelectQueryBuilder<Database, keyof Database, { id: string }>;

/** Ids of the meetings in scope, as a subquery. */
export function meetingIdsInScope(db: Db, scope: RecordScope): IdQuery {
  return db
    .selectFrom('meetings')
    .select('meetings.id')
    .$if(scope.bodyId !== undefined, (q) => q.where('meetings.bodyId', '=', scope.bodyId!))
    .$if(scope.meetingId !== undefined, (q) => q.where('meetings.id', '=', scope.meetingId!)) as IdQuery;
}

/**
 * Everyone one body's record mentions, as a subquery: its members, those at its meetings (and
 * whom they stood in for) and those whose declarations there are public; and, for a spelling
 * merged into another person, that surviving person, whom the exports name in its place.
 */
export function personIdsOfBody(db: Db, bodyId: string): IdQuery {
  const meetings = meetingIdsInScope(db, { bodyId });
  const named = db
    .selectFrom('memberships')
    .select('memberships.personId as id')
    .where('memberships.bodyId', '=', bodyId)
    .union(
      db.selectFrom('attendance').select('attendance.personId as id').where('attendance.meetingId', 'in', meetings),
    )
    .union(
      db
        .selectFrom('attendance')
        .select((eb) => eb.fn.coalesce('attendance.substituteForId', 'attendance.personId').as('id'))
        .where('attendance.meetingId', 'in', meetings),
    )
    .union(
      publicDeclarations(db).select('declarations.personId as id').where('declarations.meetingId', 'in', meetings),
    ) as IdQuery;
  return db
    .selectFrom('people')
    .select('people.id')
    .where((eb) =>
      eb.or([
        eb('people.id', 'in', named),
        eb(
          'people.id',
          'in',
          eb.selectFrom('people as merged').select('merged.mergedIntoId').where('merged.id', 'in', named),
        ),
      ]),
    ) as IdQuery;
}
