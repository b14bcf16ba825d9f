import type { Kysely } from 'kysely';
import type { AgendaItem } from '../../domain/agendaItem.js';
import type { MinutePoint, Resolution } from '../../domain/minutes.js';
import type { AgendaItemTable, Database } from '../database.js';
import { toAgendaItem } from '../rowMappers.js';
import { insertInBatches } from './insertInBatches.js';

/** What a document (or a clerk, with `null`) said: every statement row keeps its source. */
export type Sourced<T> = T & { readonly sourceDocumentId: string | null };

/** Agenda items with their minute points and resolutions. */
export class AgendaItemRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(id: string): Promise<AgendaItem | undefined> {
    const row = await this.db.selectFrom('agendaItems').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toAgendaItem(row);
  }

  async findMany(ids: readonly string[]): Promise<Map<string, AgendaItem>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('agendaItems')
      .selectAll()
      .where('id', 'in', [...ids])
      .execute();
    return new Map(rows.map((r) => [r.id, toAgendaItem(r)]));
  }

  /** Writes the item whole: inserted when new, replaced when known. */
  async save(item: Sourced<AgendaItem>): Promise<void> {
    const row: AgendaItemTable = { ...item, isExempt: item.isExempt ? 1 : 0 };
    await insertInBatches(this.db, 'agendaItems', [row], { on: ['id'], update: 'all' });
  }

  /** Writes items whole, in one statement per up to 64: inserted when new, replaced when known. */
  async saveMany(items: readonly Sourced<AgendaItem>[]): Promise<void> {
    const rows: AgendaItemTable[] = items.map((item) => ({ ...item, isExempt: item.isExempt ? 1 : 0 }));
    await insertInBatches(this.db, 'agendaItems', rows, { on: ['id'], update: 'all' });
  }

  async addPoints(points: readonly Sourced<MinutePoint>[]): Promise<void> {
    await insertInBatches(this.db, 'minutePoints', points);
  }

  async addResolutions(resolutions: readonly Sourced<Resolution>[]): Promise<void> {
    await insertInBatches(
      this.db,
      'resolutions',
      resolutions.map((r) => ({ ...r, isFormal: r.isFormal ? 1 : 0 })),
    );
  }
}
