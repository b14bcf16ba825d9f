import type { Kysely } from 'kysely';
import type { Person } from '../../../domain/person.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toPerson } from '../../rowMappers.js';
import { countOf } from '../publicRefs.js';
import { changeBounds, type CatalogueScope, type KeysetRequest } from './catalogueRequest.js';
import { participations } from './participants.js';

/** A person with when Quorum first recorded them: open-data formats date their objects. */
export interface RecordedPerson extends Person {
  readonly createdAt: string;
}

type Db = Kysely<Database>;

/**
 * People as the public sees them, by stable id in id order: a spelling merged into another person
 * is not a person of its own. One body's people are those who took part in its meetings. Quorum
 * dates a person only when first recorded: a window compares that time as creation and change.
 */
export class CataloguePeople {
  constructor(private readonly db: Db) {}

  #people(scope: CatalogueScope) {
    const db = this.db;
    const bodyId = scope.bodyId;
    const bounds = changeBounds(scope.changed);
    return db
      .selectFrom('people')
      .where('people.mergedIntoId', 'is', null)
      .$if(bounds.length > 0, (q) => q.where((eb) => eb.and(bounds.map((b) => eb('people.createdAt', b.op, b.value)))))
      .$if(bodyId !== undefined, (q) => {
        const meetings = db.selectFrom('meetings').select('meetings.id').where('meetings.bodyId', '=', bodyId!);
        const tookPart = participations(db).where('attendance.meetingId', 'in', meetings);
        return q.where('people.id', 'in', db.selectFrom(tookPart.as('tookPart')).select('tookPart.personId'));
      });
  }

  async count(scope: CatalogueScope = {}): Promise<number> {
    return countOf(
      await this.#people(scope)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    );
  }

  async page(request: KeysetRequest, scope: CatalogueScope = {}): Promise<RecordedPerson[]> {
    const rows = await this.#people(scope)
      .selectAll()
      .$if(request.after !== null, (q) => q.where('people.id', '>', request.after!))
      .orderBy('people.id')
      .limit(request.limit)
      .execute();
    return rows.map(toRecordedPerson);
  }

  stream(scope: CatalogueScope = {}): AsyncGenerator<RecordedPerson[]> {
    return keysetPages(
      (after: string | null, limit) => this.page({ after, limit }, scope),
      (person) => person.id,
    );
  }

  /**
   * The public person a merged spelling's id now stands for, following merges (a person merged
   * into one later merged again); undefined for a public person's own id and for an unknown one.
   */
  async survivorOf(id: string): Promise<string | undefined> {
    let current = id;
    // Merges form a chain that ends at a public person; the bound only guards against a cycle.
    for (let hops = 0; hops < 20; hops++) {
      const row = await this.db
        .selectFrom('people')
        .select('mergedIntoId')
        .where('id', '=', current)
        .executeTakeFirst();
      if (!row) return undefined;
      if (row.mergedIntoId === null) return current === id ? undefined : current;
      current = row.mergedIntoId;
    }
    return undefined;
  }

  /** The public people among these ids; a merged spelling's id finds no one. */
  async byIds(ids: readonly string[]): Promise<RecordedPerson[]> {
    if (ids.length === 0) return [];
    const rows = await this.#people({})
      .selectAll()
      .where('people.id', 'in', [...new Set(ids)])
      .orderBy('people.id')
      .execute();
    return rows.map(toRecordedPerson);
  }
}

function toRecordedPerson(row: Database['people']): RecordedPerson {
  return { ...toPerson(row), createdAt: row.createdAt };
}
