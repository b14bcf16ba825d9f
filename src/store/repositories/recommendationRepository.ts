import type { Kysely } from 'kysely';
import type { Recommendation } from '../../domain/recommendation.js';
import type { Database } from '../database.js';
import { insertInBatches } from './insertInBatches.js';

/** Scrutiny recommendations in the tracker. */
export class RecommendationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(recommendations: readonly Recommendation[]): Promise<void> {
    await insertInBatches(this.db, 'recommendations', recommendations);
  }
}
