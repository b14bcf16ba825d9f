import type { Kysely } from 'kysely';
import type { Provenance } from '../../domain/provenance.js';
import type { Database } from '../database.js';
import { insertInBatches } from './insertInBatches.js';

/** Where each stored fact was read: the document, the character range and the page. */
export class ProvenanceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(marks: readonly Provenance[]): Promise<void> {
    await insertInBatches(
      this.db,
      'provenance',
      marks.map((m) => ({ ...m, inferred: m.inferred ? 1 : 0 })),
    );
  }
}
