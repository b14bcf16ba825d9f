import type { Kysely } from 'kysely';
import type { Recommendation } from '../../domain/recommendation.js';
import type { Database } from '../database.js';
import { recommendationRow } from './recordRows.js';

/** Scrutiny recommendations in the tracker. */
export class RecommendationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Adds recommendations; one already tracked under the same id (a re-import of the same
   * document) takes the resolution and text it is made from now, and keeps everything the
   * tracker added: its reference, addressee, dates, status and responses.
   */
  async add(recommendations: readonly Recommendation[]): Promise<void> {
    for (const r of recommendations)
      await this.db
        .insertInto('recommendations')
        .values(recommendationRow(r))
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            resolutionId: eb.ref('excluded.resolutionId'),
            itemId: eb.ref('excluded.itemId'),
            text: eb.ref('excluded.text'),
          })),
        )
        .execute();
  }
}
