import type { Kysely } from 'kysely';
import {
  bodyKindFromName,
  isScrutinyName,
  type Body,
  type BodyKind,
  type TermsOfReference,
} from '../../domain/body.js';
import { DEFAULT_QUORUM_RULE } from '../../domain/calendar/quorum.js';
import { slugify, stableId } from '../../domain/ids.js';
import type { BodyTable, Database } from '../database.js';
import type { SeatAllocation } from '../../domain/politicalBalance.js';
import { toBody, toTermsOfReference } from '../rowMappers.js';
import { preparedQuery } from '../preparedQuery.js';

/** What a clerk sets of a body beyond its terms of reference. */
export interface BodySettings {
  readonly size: number | null;
  readonly quorumRule: Body['quorumRule'];
  readonly meetingsPerYear: Body['meetingsPerYear'];
  readonly allowsSubstitutes: boolean;
}

/** Committees, boards and panels. */
export class BodyRepository {
  /**
   * Bodies by slug, kept for a batch (`cached`): an import asks for its meeting's body two or three
   * times per document, and nearly always for the same few. Forgotten when a unit of the batch is
   * rolled back (`forgetCached`) and when a body's settings change.
   */
  readonly #bySlug: Map<string, Body> | null;

  /** @param cached for a batch of many units (`repositoriesOver` with `batch`). */
  constructor(
    private readonly db: Kysely<Database>,
    cached = false,
  ) {
    this.#bySlug = cached ? new Map() : null;
  }

  /** Forgets what was kept (a unit of a batch was rolled back). */
  forgetCached(): void {
    this.#bySlug?.clear();
  }

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
    const kept = this.#bySlug?.get(slug);
    if (kept) return kept;
    const [row] = await bodyBySlug(this.db, slug);
    const body = row && toBody(row);
    if (body && this.#bySlug) {
      if (this.#bySlug.size >= 1000) this.#bySlug.clear();
      this.#bySlug.set(slug, body);
    }
    return body;
  }

  async findById(id: string): Promise<Body | undefined> {
    const row = await this.db.selectFrom('bodies').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toBody(row);
  }

  async updateSettings(id: string, settings: BodySettings): Promise<void> {
    this.#bySlug?.clear();
    await this.db
      .updateTable('bodies')
      .set({
        size: settings.size,
        quorumFraction: settings.quorumRule.fraction,
        quorumMinimum: settings.quorumRule.minimum,
        meetingsPerYearMin: settings.meetingsPerYear?.min ?? null,
        meetingsPerYearMax: settings.meetingsPerYear?.max ?? null,
        allowsSubstitutes: settings.allowsSubstitutes ? 1 : 0,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Every adopted version of a body's terms of reference, the latest first (undated ones last). */
  async termsOfReference(bodyId: string): Promise<TermsOfReference[]> {
    const rows = await this.db.selectFrom('termsOfReference').selectAll().where('bodyId', '=', bodyId).execute();
    return rows
      .map(toTermsOfReference)
      .sort((a, b) => (b.adoptedOn ?? '').localeCompare(a.adoptedOn ?? '') || a.id.localeCompare(b.id));
  }

  /** A newly adopted version; earlier versions stay as they were. */
  async addTermsOfReference(terms: TermsOfReference): Promise<void> {
    await this.db.insertInto('termsOfReference').values(terms).execute();
  }

  /** The body's political balance, by group name; empty where none is set. */
  async seats(bodyId: string): Promise<SeatAllocation[]> {
    return this.db
      .selectFrom('bodySeats')
      .select(['party', 'seats'])
      .where('bodyId', '=', bodyId)
      .orderBy('party')
      .execute();
  }

  /** Replaces the whole allocation (an empty one removes it). */
  async setSeats(bodyId: string, seats: readonly SeatAllocation[]): Promise<void> {
    await this.db.deleteFrom('bodySeats').where('bodyId', '=', bodyId).execute();
    if (seats.length > 0)
      await this.db
        .insertInto('bodySeats')
        .values(seats.map((s) => ({ bodyId, party: s.party, seats: s.seats })))
        .execute();
  }
}

/** Asked for every meeting an import stores (when not remembered): written once. */
const bodyBySlug = preparedQuery((db: Kysely<Database>, slug: string) =>
  db.selectFrom('bodies').selectAll().where('slug', '=', slug).limit(1),
);
