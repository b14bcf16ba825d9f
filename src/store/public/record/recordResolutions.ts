import type { Kysely } from 'kysely';
import type { Resolution } from '../../../domain/minutes.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toResolution } from '../../rowMappers.js';
import { publicResolutions } from '../publicScope.js';
import type { RecordScope } from './recordScope.js';
import type { Sourced } from './sourced.js';

/** A resolution with the meeting and body that made it. */
export interface ResolutionRecord extends Sourced<Resolution> {
  readonly meetingId: string;
  readonly bodyId: string;
}

/** Resolutions and decisions of public items, in id order. */
export class RecordResolutions {
  constructor(private readonly db: Kysely<Database>) {}

  async *stream(scope: RecordScope, pageSize?: number): AsyncGenerator<ResolutionRecord[]> {
    const pages = keysetPages(
      (after: string | null, limit) =>
        publicResolutions(this.db)
          .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
          .selectAll('resolutions')
          .select(['agendaItems.meetingId', 'meetings.bodyId'])
          .$if(scope.bodyId !== undefined, (q) => q.where('meetings.bodyId', '=', scope.bodyId!))
          .$if(after !== null, (q) => q.where('resolutions.id', '>', after!))
          .orderBy('resolutions.id')
          .limit(limit)
          .execute(),
      (resolution) => resolution.id,
      pageSize,
    );
    for await (const rows of pages)
      yield rows.map((r) => ({
        ...toResolution(r),
        sourceDocumentId: r.sourceDocumentId,
        meetingId: r.meetingId,
        bodyId: r.bodyId,
      }));
  }
}
