import type { Kysely } from 'kysely';
import type { AgendaItem } from '../../../domain/agendaItem.js';
import { AppError } from '../../../domain/errors.js';
import type { Meeting } from '../../../domain/meeting.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toAgendaItem, toMeeting } from '../../rowMappers.js';
import { countOf, type BodyRef } from '../publicRefs.js';
import { publicItems } from '../publicScope.js';
import type { CatalogueFiles } from './catalogueFiles.js';
import type { CataloguePapers } from './cataloguePapers.js';
import type { CatalogueScope, KeysetRequest } from './catalogueRequest.js';
import { meetingChangedWithin } from './recordChanges.js';
import { readMeetingContents, type MeetingContents } from './meetingContents.js';

/** A meeting with the body it is a meeting of. */
export interface MeetingOfBody extends Meeting {
  readonly body: BodyRef;
}

/** Meetings are listed by date, so a page is read after a date and id, not an id alone. */
interface MeetingKey {
  readonly date: string;
  readonly id: string;
}

type Db = Kysely<Database>;

/** Every meeting by stable id, listed by date (then id); one body's are its own. */
export class CatalogueMeetings {
  constructor(
    private readonly db: Db,
    private readonly catalogue: { readonly papers: CataloguePapers; readonly files: CatalogueFiles },
  ) {}

  /** Meetings in scope; "modified" counts the record's later changes (minutes confirmed, amended, decisions). */
  #meetings(scope: CatalogueScope) {
    return this.db
      .selectFrom('meetings')
      .$if(scope.bodyId !== undefined, (q) => q.where('meetings.bodyId', '=', scope.bodyId!))
      .$if(scope.changed !== undefined, (q) => q.where((eb) => meetingChangedWithin(this.db, eb, scope.changed)));
  }

  #withBody(scope: CatalogueScope) {
    return this.#meetings(scope)
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
      .selectAll('meetings')
      .select(['bodies.slug as bodySlug', 'bodies.name as bodyName'])
      .orderBy('meetings.date')
      .orderBy('meetings.id');
  }

  async count(scope: CatalogueScope = {}): Promise<number> {
    return countOf(
      await this.#meetings(scope)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    );
  }

  /**
   * The meetings after the one whose id is `request.after`, in date order. Fails with INPUT_INVALID
   * when no meeting has that id: its date, which places the page, is unknown.
   */
  async page(request: KeysetRequest, scope: CatalogueScope = {}): Promise<MeetingOfBody[]> {
    const after = request.after === null ? null : await this.#keyOf(request.after);
    return this.#pageAfter(after, request.limit, scope);
  }

  stream(scope: CatalogueScope = {}, pageSize?: number): AsyncGenerator<MeetingOfBody[]> {
    return keysetPages(
      (after: MeetingKey | null, limit) => this.#pageAfter(after, limit, scope),
      (meeting) => ({ date: meeting.date, id: meeting.id }),
      pageSize,
    );
  }

  async byIds(ids: readonly string[]): Promise<MeetingOfBody[]> {
    if (ids.length === 0) return [];
    const rows = await this.#withBody({})
      .where('meetings.id', 'in', [...new Set(ids)])
      .execute();
    return rows.map(toMeetingOfBody);
  }

  /** What these meetings embed: public items, their resolutions and papers, participants, sources. */
  contents(meetingIds: readonly string[]): Promise<MeetingContents> {
    return readMeetingContents(this.db, this.catalogue, meetingIds);
  }

  /** An agenda item the public may read in full; an exempt one is not found. */
  async publicItem(id: string): Promise<AgendaItem | undefined> {
    const row = await publicItems(this.db).selectAll().where('id', '=', id).executeTakeFirst();
    return row && toAgendaItem(row);
  }

  async #keyOf(id: string): Promise<MeetingKey> {
    const row = await this.db.selectFrom('meetings').select(['date', 'id']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('INPUT_INVALID', `no meeting ${id} to list meetings after`);
    return row;
  }

  async #pageAfter(after: MeetingKey | null, limit: number, scope: CatalogueScope): Promise<MeetingOfBody[]> {
    const rows = await this.#withBody(scope)
      .$if(after !== null, (q) =>
        q
          .where('meetings.date', '>=', after!.date)
          .where((eb) => eb.or([eb('meetings.date', '>', after!.date), eb('meetings.id', '>', after!.id)])),
      )
      .limit(limit)
      .execute();
    return rows.map(toMeetingOfBody);
  }
}

function toMeetingOfBody({
  bodySlug,
  bodyName,
  ...row
}: Database['meetings'] & { readonly bodySlug: string; readonly bodyName: string }): MeetingOfBody {
  return { ...toMeeting(row), body: { id: row.bodyId, slug: bodySlug, name: bodyName } };
}
