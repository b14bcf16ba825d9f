import type { Kysely } from 'kysely';
import type {
  AgendaEntry,
  AgendaPaper,
  AgendaPublication,
  AgendaState,
  PaperKind,
  PublicationKind,
} from '../../domain/agenda.js';
import type { StandardItemKind } from '../../domain/agendaItem.js';
import type { AgendaEntryTable, AgendaPaperTable, AgendaPublicationTable, Database } from '../database.js';

/** What the agenda's rules need to know of its meeting and body. */
export interface AgendaMeeting {
  readonly id: string;
  readonly bodyId: string;
  readonly bodyName: string;
  readonly isScrutiny: boolean;
  readonly date: string;
  readonly startTime: string | null;
  readonly status: string;
}

export interface RecordedItem {
  readonly id: string;
  readonly position: number;
  readonly agendaNumber: string | null;
  readonly title: string;
  readonly description: string | null;
  readonly standardKind: string | null;
  readonly isExempt: boolean;
  readonly exemptParagraph: number | null;
}

function toEntry(r: AgendaEntryTable): AgendaEntry {
  return {
    id: r.id,
    meetingId: r.meetingId,
    position: r.position,
    number: r.number,
    title: r.title,
    description: r.description,
    standardKind: r.standardKind as StandardItemKind | null,
    isExempt: r.isExempt !== 0,
    exemptParagraph: r.exemptParagraph,
    publishedIn: r.publishedIn,
  };
}

function toPaper(r: AgendaPaperTable): AgendaPaper {
  return {
    id: r.id,
    entryId: r.entryId,
    position: r.position,
    title: r.title,
    kind: r.kind as PaperKind,
    contentHash: r.contentHash,
    byteSize: r.byteSize,
    pageCount: r.pageCount,
    published: r.published !== 0,
  };
}

function toPublication(r: AgendaPublicationTable): AgendaPublication {
  return {
    id: r.id,
    meetingId: r.meetingId,
    sequence: r.sequence,
    kind: r.kind as PublicationKind,
    publishedAt: r.publishedAt,
    publishedBy: r.publishedBy,
    deadline: r.deadline,
    isLate: r.isLate !== 0,
    lateReason: r.lateReason,
    notice: r.notice,
  };
}

/**
 * The clerk's working copy of agendas (entries, papers, publications) and its projection onto the
 * published record (`agenda_items`), which is the only part public reads see.
 */
export class AgendaRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async meeting(meetingId: string): Promise<AgendaMeeting | undefined> {
    const row = await this.db
      .selectFrom('meetings')
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
      .select([
        'meetings.id',
        'meetings.bodyId',
        'bodies.name as bodyName',
        'bodies.isScrutiny',
        'meetings.date',
        'meetings.startTime',
        'meetings.status',
      ])
      .where('meetings.id', '=', meetingId)
      .executeTakeFirst();
    return row && { ...row, isScrutiny: row.isScrutiny !== 0 };
  }

  /** Meetings on or after `from`, of `bodyIds` (every body when null), with their agenda's state. */
  async upcoming(
    from: string,
    bodyIds: readonly string[] | null,
    limit = 200,
  ): Promise<(AgendaMeeting & { readonly version: number | null; readonly publications: number })[]> {
    if (bodyIds && bodyIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('meetings')
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
      .leftJoin('agendas', 'agendas.meetingId', 'meetings.id')
      .select([
        'meetings.id',
        'meetings.bodyId',
        'bodies.name as bodyName',
        'bodies.isScrutiny',
        'meetings.date',
        'meetings.startTime',
        'meetings.status',
        'agendas.version',
        'agendas.publications',
      ])
      .where('meetings.date', '>=', from)
      .$if(bodyIds !== null, (q) => q.where('meetings.bodyId', 'in', [...bodyIds!]))
      .orderBy('meetings.date')
      .orderBy('meetings.startTime')
      .orderBy('meetings.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...r, isScrutiny: r.isScrutiny !== 0, publications: r.publications ?? 0 }));
  }

  async state(meetingId: string): Promise<AgendaState | undefined> {
    const row = await this.db
      .selectFrom('agendas')
      .select(['meetingId', 'version', 'publications'])
      .where('meetingId', '=', meetingId)
      .executeTakeFirst();
    return row;
  }

  async start(meetingId: string, actor: string, now: string): Promise<void> {
    await this.db
      .insertInto('agendas')
      .values({ meetingId, version: 1, publications: 0, startedAt: now, startedBy: actor, updatedAt: now })
      .execute();
  }

  /**
   * Moves the agenda on from `expected` to the next version; false when someone else moved it first
   * (or it does not exist). One conditional UPDATE, so two writers cannot both pass.
   */
  async bump(meetingId: string, expected: number, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('agendas')
      .set((eb) => ({ version: eb('version', '+', 1), updatedAt: now }))
      .where('meetingId', '=', meetingId)
      .where('version', '=', expected)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async entries(meetingId: string): Promise<AgendaEntry[]> {
    const rows = await this.db
      .selectFrom('agendaEntries')
      .selectAll()
      .where('meetingId', '=', meetingId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(toEntry);
  }

  async entry(id: string): Promise<AgendaEntry | undefined> {
    const row = await this.db.selectFrom('agendaEntries').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toEntry(row);
  }

  async addEntries(entries: readonly AgendaEntry[], now: string): Promise<void> {
    if (entries.length === 0) return;
    await this.db
      .insertInto('agendaEntries')
      .values(
        entries.map((e) => ({
          ...e,
          isExempt: e.isExempt ? 1 : 0,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .execute();
  }

  async updateEntry(
    id: string,
    fields: Pick<AgendaEntry, 'title' | 'description' | 'isExempt' | 'exemptParagraph'>,
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('agendaEntries')
      .set({ ...fields, isExempt: fields.isExempt ? 1 : 0, updatedAt: now })
      .where('id', '=', id)
      .execute();
  }

  async removeEntry(id: string): Promise<void> {
    await this.db.deleteFrom('agendaEntries').where('id', '=', id).execute();
  }

  /** Puts the entries in the order given: positions 1, 2, 3… */
  async reorder(ids: readonly string[], now: string): Promise<void> {
    for (const [index, id] of ids.entries())
      await this.db
        .updateTable('agendaEntries')
        .set({ position: index + 1, updatedAt: now })
        .where('id', '=', id)
        .execute();
  }

  async papers(meetingId: string): Promise<AgendaPaper[]> {
    const rows = await this.db
      .selectFrom('agendaPapers')
      .innerJoin('agendaEntries', 'agendaEntries.id', 'agendaPapers.entryId')
      .selectAll('agendaPapers')
      .where('agendaEntries.meetingId', '=', meetingId)
      .orderBy('agendaEntries.position')
      .orderBy('agendaPapers.position')
      .orderBy('agendaPapers.id')
      .execute();
    return rows.map(toPaper);
  }

  async paper(id: string): Promise<AgendaPaper | undefined> {
    const row = await this.db.selectFrom('agendaPapers').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toPaper(row);
  }

  async addPaper(paper: AgendaPaper, actor: string, now: string): Promise<void> {
    await this.db
      .insertInto('agendaPapers')
      .values({ ...paper, published: paper.published ? 1 : 0, uploadedAt: now, uploadedBy: actor })
      .execute();
  }

  async removePaper(id: string): Promise<void> {
    await this.db.deleteFrom('agendaPapers').where('id', '=', id).execute();
  }

  /** Items the record already holds for the meeting (read from its documents), to start an agenda from. */
  async recordedItems(meetingId: string): Promise<RecordedItem[]> {
    const rows = await this.db
      .selectFrom('agendaItems')
      .select(['id', 'position', 'agendaNumber', 'title', 'description', 'standardKind', 'isExempt', 'exemptParagraph'])
      .where('meetingId', '=', meetingId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ ...r, isExempt: r.isExempt !== 0 }));
  }

  /**
   * Marks what this publication made public: numbers for every entry, `publishedIn` for the new
   * ones, every paper published, and the agenda's publication count.
   */
  async markPublished(meetingId: string, sequence: number, numbers: ReadonlyMap<string, string>): Promise<void> {
    for (const [id, number] of numbers)
      await this.db.updateTable('agendaEntries').set({ number }).where('id', '=', id).execute();
    await this.db
      .updateTable('agendaEntries')
      .set({ publishedIn: sequence })
      .where('meetingId', '=', meetingId)
      .where('publishedIn', 'is', null)
      .execute();
    await this.db
      .updateTable('agendaPapers')
      .set({ published: 1 })
      .where('entryId', 'in', this.db.selectFrom('agendaEntries').select('id').where('meetingId', '=', meetingId))
      .execute();
    await this.db.updateTable('agendas').set({ publications: sequence }).where('meetingId', '=', meetingId).execute();
  }

  async addPublication(publication: AgendaPublication): Promise<void> {
    await this.db
      .insertInto('agendaPublications')
      .values({ ...publication, isLate: publication.isLate ? 1 : 0 })
      .execute();
  }

  async publications(meetingId: string): Promise<AgendaPublication[]> {
    const rows = await this.db
      .selectFrom('agendaPublications')
      .selectAll()
      .where('meetingId', '=', meetingId)
      .orderBy('sequence')
      .execute();
    return rows.map(toPublication);
  }

  /**
   * Makes the published record say what the working copy says: each entry becomes (or updates) the
   * agenda item of the same id, keeping whatever minutes the item already has; items the clerk
   * removed go.
   */
  async projectToRecord(meetingId: string): Promise<void> {
    const entries = await this.entries(meetingId);
    const existing = new Set(
      (await this.db.selectFrom('agendaItems').select('id').where('meetingId', '=', meetingId).execute()).map(
        (r) => r.id,
      ),
    );
    for (const e of entries) {
      const fields = {
        position: e.position,
        agendaNumber: e.number,
        title: e.title,
        description: e.description,
        standardKind: e.standardKind,
        isExempt: e.isExempt ? 1 : 0,
        exemptParagraph: e.exemptParagraph,
      };
      if (existing.has(e.id)) await this.db.updateTable('agendaItems').set(fields).where('id', '=', e.id).execute();
      else
        await this.db
          .insertInto('agendaItems')
          .values({
            ...fields,
            id: e.id,
            meetingId,
            minuteNumber: null,
            minutesText: null,
            pageStart: null,
            pageEnd: null,
            sourceDocumentId: null,
          })
          .execute();
    }
    const kept = entries.map((e) => e.id);
    await this.db
      .deleteFrom('agendaItems')
      .where('meetingId', '=', meetingId)
      .$if(kept.length > 0, (q) => q.where('id', 'not in', kept))
      .execute();
  }

  /** Each item's pages in the meeting's newest document pack; an item with none has no pages. */
  async setPackPages(
    meetingId: string,
    pages: ReadonlyMap<string, { readonly start: number; readonly end: number }>,
  ): Promise<void> {
    await this.db
      .updateTable('agendaItems')
      .set({ pageStart: null, pageEnd: null })
      .where('meetingId', '=', meetingId)
      .execute();
    for (const [id, range] of pages)
      await this.db
        .updateTable('agendaItems')
        .set({ pageStart: range.start, pageEnd: range.end })
        .where('id', '=', id)
        .where('meetingId', '=', meetingId)
        .execute();
  }

  /**
   * Files a pack's papers under their items (`item_documents`): the public scope then withholds
   * the whole pack should one of those items be made exempt later (`isPublicDocument`).
   */
  async filePackPapers(
    documentId: string,
    papers: readonly {
      readonly id: string;
      readonly itemId: string;
      readonly title: string;
      readonly pageStart: number;
      readonly pageEnd: number;
    }[],
  ): Promise<void> {
    for (const paper of papers)
      await this.db
        .insertInto('itemDocuments')
        .values({ ...paper, documentId, sourceDocumentId: documentId })
        .execute();
  }

  /**
   * Withholds at once a published item the clerk has just marked exempt: exemption is never left
   * waiting for the next publication.
   */
  async withholdPublished(entryId: string, exemptParagraph: number | null): Promise<void> {
    await this.db.updateTable('agendaItems').set({ isExempt: 1, exemptParagraph }).where('id', '=', entryId).execute();
  }

  /** Publishes the meeting's status and dates the change, so feeds and iCal tell subscribers. */
  async setMeetingPublished(meetingId: string, now: string): Promise<void> {
    await this.db
      .updateTable('meetings')
      .set({ status: 'agenda_published', updatedAt: now })
      .where('id', '=', meetingId)
      .where('status', '=', 'scheduled')
      .execute();
    await this.db.updateTable('meetings').set({ updatedAt: now }).where('id', '=', meetingId).execute();
  }
}
