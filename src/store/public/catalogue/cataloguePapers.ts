import type { Kysely } from 'kysely';
import type { ItemDocument } from '../../../domain/agendaItem.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toItemDocument } from '../../rowMappers.js';
import { countOf } from '../publicRefs.js';
import { publicItemDocuments } from '../publicScope.js';
import { changeBounds, type CatalogueScope, type KeysetRequest } from './catalogueRequest.js';

/**
 * An item's paper (a report or appendix) with the meeting it went to. A paper is written with the
 * meeting's record and rewritten with it, so its times are that record's: `createdAt` when the
 * meeting was first recorded, `updatedAt` its last change.
 */
export interface PaperAtMeeting extends ItemDocument {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly date: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

type Db = Kysely<Database>;

/** Papers of public items only, by stable id in id order; one body's are those of its meetings. */
export class CataloguePapers {
  constructor(private readonly db: Db) {}

  #papers(scope: CatalogueScope) {
    const bounds = changeBounds(scope.changed);
    return publicItemDocuments(this.db)
      .innerJoin('agendaItems', 'agendaItems.id', 'itemDocuments.itemId')
      .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
      .$if(scope.bodyId !== undefined, (q) => q.where('meetings.bodyId', '=', scope.bodyId!))
      .$if(bounds.length > 0, (q) =>
        q.where((eb) =>
          eb.and(
            bounds.map((b) => eb(b.time === 'created' ? 'meetings.createdAt' : 'meetings.updatedAt', b.op, b.value)),
          ),
        ),
      );
  }

  #withMeeting(scope: CatalogueScope) {
    return this.#papers(scope)
      .selectAll('itemDocuments')
      .select([
        'meetings.id as meetingId',
        'meetings.bodyId',
        'meetings.date',
        'meetings.createdAt',
        'meetings.updatedAt',
      ])
      .orderBy('itemDocuments.id');
  }

  async count(scope: CatalogueScope = {}): Promise<number> {
    return countOf(
      await this.#papers(scope)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    );
  }

  async page(request: KeysetRequest, scope: CatalogueScope = {}): Promise<PaperAtMeeting[]> {
    const rows = await this.#withMeeting(scope)
      .$if(request.after !== null, (q) => q.where('itemDocuments.id', '>', request.after!))
      .limit(request.limit)
      .execute();
    return rows.map(toPaperAtMeeting);
  }

  stream(scope: CatalogueScope = {}): AsyncGenerator<PaperAtMeeting[]> {
    return keysetPages(
      (after: string | null, limit) => this.page({ after, limit }, scope),
      (paper) => paper.id,
    );
  }

  /** The public papers among these ids; a paper of an exempt item finds nothing. */
  async byIds(ids: readonly string[]): Promise<PaperAtMeeting[]> {
    if (ids.length === 0) return [];
    const rows = await this.#withMeeting({})
      .where('itemDocuments.id', 'in', [...new Set(ids)])
      .execute();
    return rows.map(toPaperAtMeeting);
  }

  /** The papers of these meetings' public items. */
  async ofMeetings(meetingIds: readonly string[]): Promise<PaperAtMeeting[]> {
    if (meetingIds.length === 0) return [];
    const rows = await this.#withMeeting({})
      .where('meetings.id', 'in', [...new Set(meetingIds)])
      .execute();
    return rows.map(toPaperAtMeeting);
  }
}

function toPaperAtMeeting({
  meetingId,
  bodyId,
  date,
  createdAt,
  updatedAt,
  ...row
}: Database['itemDocuments'] & {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly date: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}): PaperAtMeeting {
  return { ...toItemDocument(row), meetingId, bodyId, date, createdAt, updatedAt };
}
