import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Database } from '../store/database.js';
import { findBodyBySlug } from '../store/repositories/bodyRepository.js';
import type { ExportOptions } from './exportFormat.js';

/** What an export covers: one body's records or all of them. */
export interface ExportScope {
  readonly bodyId: string | null;
  readonly bodySlug: string | null;
  readonly baseUrl: string;
}

/** Resolves `bodySlug`; an unknown slug is NOT_FOUND, never an empty export that looks complete. */
export async function resolveExportScope(db: Kysely<Database>, options: ExportOptions): Promise<ExportScope> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  if (options.bodySlug === undefined) return { bodyId: null, bodySlug: null, baseUrl };
  const body = await findBodyBySlug(db, options.bodySlug);
  if (!body) throw new AppError('NOT_FOUND', `no body with slug "${options.bodySlug}"`);
  return { bodyId: body.id, bodySlug: body.slug, baseUrl };
}

/** Ids of the meetings in scope, as a subquery. */
export function scopedMeetingIds(db: Kysely<Database>, scope: ExportScope) {
  return db
    .selectFrom('meetings')
    .select('meetings.id')
    .$if(scope.bodyId !== null, (q) => q.where('meetings.bodyId', '=', scope.bodyId!));
}

/** Everyone a body's record mentions: its members, those at its meetings and those who declared there. */
export function scopedPersonIds(db: Kysely<Database>, scope: ExportScope) {
  const meetings = scopedMeetingIds(db, scope);
  return db
    .selectFrom('memberships')
    .select('memberships.personId as id')
    .where('memberships.bodyId', '=', scope.bodyId ?? '')
    .union(
      db.selectFrom('attendance').select('attendance.personId as id').where('attendance.meetingId', 'in', meetings),
    )
    .union(
      db
        .selectFrom('attendance')
        .select('attendance.substituteForId as id')
        .where('attendance.meetingId', 'in', meetings)
        .where('attendance.substituteForId', 'is not', null) as never,
    )
    .union(
      db
        .selectFrom('declarations')
        .select('declarations.personId as id')
        .where('declarations.meetingId', 'in', meetings),
    );
}
