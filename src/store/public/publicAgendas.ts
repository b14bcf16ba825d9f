import type { Kysely } from 'kysely';
import type { PaperKind, PublicationKind } from '../../domain/agenda.js';
import type { Database } from '../database.js';
import { publicAgendaPapers } from './publicScope.js';

/** A paper as the public meeting page lists it. */
export interface PublicPaper {
  readonly id: string;
  readonly itemId: string;
  readonly title: string;
  readonly kind: PaperKind;
  readonly pageCount: number;
  readonly byteSize: number;
}

/** A publication of the agenda as the public meeting page announces it. */
export interface PublicNotice {
  readonly sequence: number;
  readonly kind: PublicationKind;
  readonly publishedAt: string;
  readonly isLate: boolean;
  readonly lateReason: string | null;
  readonly notice: string | null;
}

/** Agendas a clerk published in the workspace: their papers (never an exempt item's) and their notices. */
export class PublicAgendas {
  constructor(private readonly db: Kysely<Database>) {}

  async papersOf(meetingId: string): Promise<PublicPaper[]> {
    const rows = await publicAgendaPapers(this.db)
      .select([
        'agendaPapers.id',
        'agendaPapers.entryId as itemId',
        'agendaPapers.title',
        'agendaPapers.kind',
        'agendaPapers.pageCount',
        'agendaPapers.byteSize',
      ])
      .where('agendaEntries.meetingId', '=', meetingId)
      .orderBy('agendaEntries.position')
      .orderBy('agendaPapers.position')
      .orderBy('agendaPapers.id')
      .execute();
    return rows.map((r) => ({ ...r, kind: r.kind as PaperKind }));
  }

  /** A public paper's title and the hash its bytes are kept under, or undefined (unknown, unpublished or exempt). */
  async paper(id: string): Promise<{ readonly title: string; readonly contentHash: string } | undefined> {
    return publicAgendaPapers(this.db)
      .select(['agendaPapers.title', 'agendaPapers.contentHash'])
      .where('agendaPapers.id', '=', id)
      .executeTakeFirst();
  }

  async noticesOf(meetingId: string): Promise<PublicNotice[]> {
    const rows = await this.db
      .selectFrom('agendaPublications')
      .select(['sequence', 'kind', 'publishedAt', 'isLate', 'lateReason', 'notice'])
      .where('meetingId', '=', meetingId)
      .orderBy('sequence')
      .execute();
    return rows.map((r) => ({ ...r, kind: r.kind as PublicationKind, isLate: r.isLate !== 0 }));
  }
}
