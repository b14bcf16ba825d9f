import type { Kysely } from 'kysely';
import type { DeclarationKind, RecordedDeclaration } from '../../domain/declaration.js';
import type { Database } from '../database.js';

export interface PersonName {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

/** An agenda item of the published record, as the declarations page lists it. */
export interface DeclarableItem {
  readonly id: string;
  readonly number: string | null;
  readonly title: string;
  readonly description: string | null;
  readonly isExempt: boolean;
}

/** A declaration with who made it and where it came from (null: written in the workspace). */
export interface DeclarationRow extends RecordedDeclaration {
  readonly person: PersonName;
  readonly sourceDocumentId: string | null;
}

const flag = (v: number | null): boolean | null => (v === null ? null : Number(v) === 1);
const bit = (v: boolean | null): number | null => (v === null ? null : v ? 1 : 0);

/** A meeting as the declarations pages name it. */
export interface MeetingLabel {
  readonly id: string;
  readonly date: string;
  readonly status: string;
  readonly bodyId: string;
  readonly bodyName: string;
}

/** Declarations of interest as clerks record them at a meeting, beside the imported ones. */
export class DeclarationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async meeting(meetingId: string): Promise<MeetingLabel | undefined> {
    return this.db
      .selectFrom('meetings')
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
      .select(['meetings.id', 'meetings.date', 'meetings.status', 'meetings.bodyId', 'bodies.name as bodyName'])
      .where('meetings.id', '=', meetingId)
      .executeTakeFirst();
  }

  /** The latest meetings up to a date, of the given bodies or all (null), latest first. */
  async latestMeetings(until: string, limit: number, bodyIds: readonly string[] | null): Promise<MeetingLabel[]> {
    if (bodyIds && bodyIds.length === 0) return [];
    return this.db
      .selectFrom('meetings')
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
      .select(['meetings.id', 'meetings.date', 'meetings.status', 'meetings.bodyId', 'bodies.name as bodyName'])
      .where('meetings.date', '<=', until)
      .$if(bodyIds !== null, (q) => q.where('meetings.bodyId', 'in', [...bodyIds!]))
      .orderBy('meetings.date', 'desc')
      .orderBy('bodies.name')
      .limit(limit)
      .execute();
  }

  /** The meeting's items on the published record, in agenda order. */
  async itemsOf(meetingId: string): Promise<DeclarableItem[]> {
    const rows = await this.db
      .selectFrom('agendaItems')
      .select(['id', 'agendaNumber', 'minuteNumber', 'title', 'description', 'isExempt'])
      .where('meetingId', '=', meetingId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      number: r.agendaNumber ?? r.minuteNumber,
      title: r.title,
      description: r.description,
      isExempt: Number(r.isExempt) === 1,
    }));
  }

  /**
   * Who might declare at a meeting: everyone the record shows there, and the body's members on its
   * date (stated or inferred), each under the person they are now.
   */
  async peopleAt(meetingId: string, bodyId: string, date: string): Promise<PersonName[]> {
    const attendees = this.db.selectFrom('attendance').select('personId').where('meetingId', '=', meetingId);
    const members = this.db
      .selectFrom('memberships')
      .select('personId')
      .where('bodyId', '=', bodyId)
      .where((eb) => eb.or([eb('startsOn', 'is', null), eb('startsOn', '<=', date)]))
      .where((eb) => eb.or([eb('endsOn', 'is', null), eb('endsOn', '>=', date)]));
    const rows = await this.db
      .selectFrom('people as p')
      .leftJoin('people as c', 'c.id', 'p.mergedIntoId')
      .select((eb) => [
        eb.fn.coalesce('c.id', 'p.id').as('id'),
        eb.fn.coalesce('c.slug', 'p.slug').as('slug'),
        eb.fn.coalesce('c.displayName', 'p.displayName').as('name'),
      ])
      .where((eb) => eb.or([eb('p.id', 'in', attendees), eb('p.id', 'in', members)]))
      .execute();
    const byId = new Map(rows.map((r) => [r.id, { id: r.id, slug: r.slug, name: r.name }]));
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id));
  }

  async ofMeeting(meetingId: string): Promise<DeclarationRow[]> {
    const rows = await this.db
      .selectFrom('declarations')
      .innerJoin('people', 'people.id', 'declarations.personId')
      .selectAll('declarations')
      .select(['people.slug', 'people.displayName'])
      .where('declarations.meetingId', '=', meetingId)
      .orderBy('declarations.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      meetingId: r.meetingId,
      itemId: r.itemId,
      personId: r.personId,
      kind: r.kind as DeclarationKind,
      text: r.text,
      leftRoom: flag(r.leftRoom),
      tookNoPart: flag(r.tookNoPart),
      dispensation: flag(r.dispensation),
      person: { id: r.personId, slug: r.slug, name: r.displayName },
      sourceDocumentId: r.sourceDocumentId,
    }));
  }

  async find(id: string): Promise<DeclarationRow | undefined> {
    const row = await this.db.selectFrom('declarations').select('meetingId').where('id', '=', id).executeTakeFirst();
    return row ? (await this.ofMeeting(row.meetingId)).find((d) => d.id === id) : undefined;
  }

  /** Adds a declaration written in the workspace (no source document). */
  async add(d: RecordedDeclaration): Promise<void> {
    await this.db
      .insertInto('declarations')
      .values({
        id: d.id,
        meetingId: d.meetingId,
        itemId: d.itemId,
        personId: d.personId,
        kind: d.kind,
        text: d.text,
        sourceDocumentId: null,
        leftRoom: bit(d.leftRoom),
        tookNoPart: bit(d.tookNoPart),
        dispensation: bit(d.dispensation),
      })
      .execute();
  }

  /** Removes a declaration and the marks placing it in a document. */
  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('provenance').where('subjectId', '=', id).execute();
    await this.db.deleteFrom('declarations').where('id', '=', id).execute();
  }
}
