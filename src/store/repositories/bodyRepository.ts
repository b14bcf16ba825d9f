import type { Kysely } from 'kysely';
import { bodyKindFromName, isScrutinyName, type Body, type BodyKind } from '../../domain/body.js';
import { DEFAULT_QUORUM_RULE } from '../../domain/calendar/quorum.js';
import { slugify, stableId } from '../../domain/ids.js';
import type { BodyTable, Database } from '../database.js';
import { toBody } from '../rowMappers.js';

/** Committees, boards and panels. */
export class BodyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The body with this name, created with the glossary's defaults when first met. Names match by slug. */
  async ensure(name: string, kind: BodyKind | undefined, now: string): Promise<Body> {
    const slug = slugify(name);
    const existing = await this.findBySlug(slug);
    if (existing) return existing;
    const row: BodyTable = {
      id: stableId('body', slug),
      slug,
      name: name.trim(),
      kind: kind ?? bodyKindFromName(name),
      parentId: null,
      isScrutiny: isScrutinyName(name) ? 1 : 0,
      size: null,
      quorumFraction: DEFAULT_QUORUM_RULE.fraction,
      quorumMinimum: DEFAULT_QUORUM_RULE.minimum,
      meetingsPerYearMin: null,
      meetingsPerYearMax: null,
      allowsSubstitutes: 1,
      createdAt: now,
    };
    await this.db
      .insertInto('bodies')
      .values(row)
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
    return (await this.findBySlug(slug))!;
  }

  async find(id: string): Promise<Body | undefined> {
    const row = await this.db.selectFrom('bodies').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toBody(row);
  }

  /** Every body, by name. */
  async list(): Promise<Body[]> {
    const rows = await this.db.selectFrom('bodies').selectAll().orderBy('name').orderBy('id').execute();
    return rows.map(toBody);
  }

  async findBySlug(slug: string): Promise<Body | undefined> {
    const row = await this.db.selectFrom('bodies').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row && toBody(row);
  }
}
