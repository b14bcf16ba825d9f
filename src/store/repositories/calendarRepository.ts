import type { Kysely } from 'kysely';
import type { MunicipalYear } from '../../domain/calendar/municipalYear.js';
import type { Database } from '../database.js';

/** The council's own calendar data: municipal years it has recorded (bank holidays join them later). */
export class CalendarRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async municipalYears(): Promise<MunicipalYear[]> {
    return this.db.selectFrom('municipalYears').selectAll().orderBy('startsOn').execute();
  }
}
