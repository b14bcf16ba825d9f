import type { Kysely } from 'kysely';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { CriterionScore, Prioritisation } from '../../domain/workProgramme/prioritisation.js';
import type { WorkProgrammeEntry } from '../../domain/workProgramme.js';
import type { Database } from '../database.js';
import { toWorkProgrammeEntry } from '../rowMappers.js';

/** The settings row holding the council's prioritisation criteria and threshold, as JSON. */
const PRIORITISATION_KEY = 'work_programme_prioritisation';

/** What a clerk changes on an entry (everything but its body, year, origin and history). */
export type WorkProgrammeChange = Pick<
  WorkProgrammeEntry,
  | 'topic'
  | 'objectives'
  | 'source'
  | 'plannedOn'
  | 'meetingId'
  | 'status'
  | 'notes'
  | 'executiveMember'
  | 'executiveMemberId'
  | 'leadOfficer'
  | 'leadOfficerId'
  | 'substantive'
  | 'exempt'
>;

/** A meeting an entry can be scheduled for. */
export interface ProgrammeMeeting {
  readonly id: string;
  readonly date: IsoDate;
  readonly status: string;
}

/** A resolution of one meeting, with its item, to be read for follow-ups. */
export interface MeetingResolution {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
  readonly itemTitle: string;
  readonly itemExempt: boolean;
}

function rowOf(e: WorkProgrammeEntry) {
  return { ...e, substantive: e.substantive ? 1 : 0, exempt: e.exempt ? 1 : 0 };
}

/** Work programme entries, their scores, and the council's prioritisation. */
export class WorkProgrammeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(entry: WorkProgrammeEntry): Promise<void> {
    await this.db.insertInto('workProgrammeEntries').values(rowOf(entry)).execute();
  }

  async find(id: string): Promise<WorkProgrammeEntry | undefined> {
    const row = await this.db.selectFrom('workProgrammeEntries').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toWorkProgrammeEntry(row);
  }

  /** The entry a body already has for an origin (a resolution, a forward plan entry), if any. */
  async findBySourceRef(bodyId: string, sourceRef: string): Promise<WorkProgrammeEntry | undefined> {
    const row = await this.db
      .selectFrom('workProgrammeEntries')
      .selectAll()
      .where('bodyId', '=', bodyId)
      .where('sourceRef', '=', sourceRef)
      .executeTakeFirst();
    return row && toWorkProgrammeEntry(row);
  }

  /** Changes an entry only if it is still at `version`; false when someone else changed it first. */
  async update(id: string, version: number, change: WorkProgrammeChange, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('workProgrammeEntries')
      .set({
        ...change,
        substantive: change.substantive ? 1 : 0,
        exempt: change.exempt ? 1 : 0,
        updatedAt: now,
        version: version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Counts a change (a new score) as a change of the entry: its version grows, so open forms see it. */
  async touch(id: string, version: number, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('workProgrammeEntries')
      .set({ updatedAt: now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** A body's programme for one municipal year: scheduled by date, then those being scoped. */
  async ofBodyYear(bodyId: string, municipalYear: string): Promise<WorkProgrammeEntry[]> {
    const rows = await this.db
      .selectFrom('workProgrammeEntries')
      .selectAll()
      .where('bodyId', '=', bodyId)
      .where('municipalYear', '=', municipalYear)
      .orderBy('plannedOn')
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    return rows.map(toWorkProgrammeEntry);
  }

  /** The entries planned for one meeting. */
  async ofMeeting(meetingId: string): Promise<WorkProgrammeEntry[]> {
    const rows = await this.db
      .selectFrom('workProgrammeEntries')
      .selectAll()
      .where('meetingId', '=', meetingId)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    return rows.map(toWorkProgrammeEntry);
  }

  /** The municipal years a body has a programme for, latest first. */
  async yearsOf(bodyId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('workProgrammeEntries')
      .select('municipalYear')
      .distinct()
      .where('bodyId', '=', bodyId)
      .orderBy('municipalYear', 'desc')
      .execute();
    return rows.map((r) => r.municipalYear);
  }

  /** The scores of the given entries, by entry. */
  async scoresOf(entryIds: readonly string[]): Promise<Map<string, CriterionScore[]>> {
    const found = new Map<string, CriterionScore[]>();
    if (entryIds.length === 0) return found;
    const rows = await this.db
      .selectFrom('workProgrammeScores')
      .selectAll()
      .where('entryId', 'in', [...entryIds])
      .orderBy('entryId')
      .orderBy('criterion')
      .execute();
    for (const r of rows) {
      const list = found.get(r.entryId) ?? [];
      list.push({ criterion: r.criterion, score: Number(r.score), scoredBy: r.scoredBy, scoredAt: r.scoredAt });
      found.set(r.entryId, list);
    }
    return found;
  }

  /** Replaces an entry's scores with these. */
  async setScores(entryId: string, scores: readonly CriterionScore[]): Promise<void> {
    await this.db.deleteFrom('workProgrammeScores').where('entryId', '=', entryId).execute();
    if (scores.length > 0)
      await this.db
        .insertInto('workProgrammeScores')
        .values(scores.map((s) => ({ entryId, ...s })))
        .execute();
  }

  /** The stored prioritisation as JSON text; undefined when the council has not set its own. */
  async prioritisationText(): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', PRIORITISATION_KEY)
      .executeTakeFirst();
    return row?.value;
  }

  async setPrioritisation(prioritisation: Prioritisation): Promise<void> {
    const value = JSON.stringify(prioritisation);
    await this.db
      .insertInto('settings')
      .values({ key: PRIORITISATION_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  /** A body's meetings within the dates (inclusive), cancelled ones left out, in date order. */
  async meetingsOf(bodyId: string, from: IsoDate, to: IsoDate): Promise<ProgrammeMeeting[]> {
    const rows = await this.db
      .selectFrom('meetings')
      .select(['id', 'date', 'status'])
      .where('bodyId', '=', bodyId)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .where('status', '!=', 'cancelled')
      .orderBy('date')
      .orderBy('startTime')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ ...r, date: r.date as IsoDate }));
  }

  /** The body's first meeting after `date` that is not cancelled: where a follow-up is due by default. */
  async nextMeetingAfter(bodyId: string, date: IsoDate): Promise<ProgrammeMeeting | undefined> {
    const row = await this.db
      .selectFrom('meetings')
      .select(['id', 'date', 'status'])
      .where('bodyId', '=', bodyId)
      .where('date', '>', date)
      .where('status', '!=', 'cancelled')
      .orderBy('date')
      .orderBy('startTime')
      .orderBy('id')
      .executeTakeFirst();
    return row && { ...row, date: row.date as IsoDate };
  }

  /** The resolutions of one meeting, item by item, written or imported alike. */
  async resolutionsOf(meetingId: string): Promise<MeetingResolution[]> {
    const rows = await this.db
      .selectFrom('resolutions as r')
      .innerJoin('agendaItems as i', 'i.id', 'r.itemId')
      .select(['r.id', 'r.kind', 'r.text', 'i.title as itemTitle', 'i.isExempt'])
      .where('i.meetingId', '=', meetingId)
      .orderBy('i.position')
      .orderBy('r.position')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      itemTitle: r.itemTitle,
      itemExempt: Number(r.isExempt) === 1,
    }));
  }

  /** Names of people by id, for linking an executive member or lead officer. */
  async peopleNames(ids: readonly string[]): Promise<Map<string, { name: string; slug: string }>> {
    const found = new Map<string, { name: string; slug: string }>();
    if (ids.length === 0) return found;
    const rows = await this.db
      .selectFrom('people')
      .select(['id', 'displayName', 'slug'])
      .where('id', 'in', [...ids])
      .execute();
    for (const r of rows) found.set(r.id, { name: r.displayName, slug: r.slug });
    return found;
  }
}
