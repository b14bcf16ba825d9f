import type { Kysely } from 'kysely';
import type { MunicipalYear } from '../../domain/calendar/municipalYear.js';
import type { Database } from '../database.js';

/** The council's own calendar data: municipal years it has recorded (bank holidays join them later). */
export class CalendarRepository {
  /** Kept for a batch (`cached`): nothing in an import writes the calendar, and every meeting asks for it. */
  #years: Promise<MunicipalYear[]> | null = null;

  /** @param cached for a batch of many units (`repositoriesOver` with `batch`): the years are read once. */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly cached = false,
  ) {}

  async municipalYears(): Promise<MunicipalYear[]> {
    if (!this.cached) return this.#read();
    this.#years ??= this.#read();
    return [...(await this.#years)];
  }

  /** Forgets what was kept (a unit of a batch was rolled back). */
  forgetCached(): void {
    this.#years = null;
  }

  #read(): Promise<MunicipalYear[]> {
    return this.db.selectFrom('municipalYears').selectAll().orderBy('startsOn').execute();
  }
}
