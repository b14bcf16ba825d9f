import type { Kysely } from 'kysely';
import type { BankHoliday } from '../../domain/calendar/bankHolidays.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { Database } from '../database.js';

/**
 * The council's own days off, on top of GOV.UK's bank holidays (the `bank_holidays` table): a
 * closure day such as a Christmas shutdown, or a bank holiday proclaimed after Quorum's data file
 * was taken. Working-day counts read them through `app/calendar/workingCalendar.ts`.
 */
export class DaysOffRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every day off, in date order. */
  async all(): Promise<BankHoliday[]> {
    const rows = await this.db.selectFrom('bankHolidays').select(['date', 'name']).orderBy('date').execute();
    return rows.map((r) => ({ date: r.date as IsoDate, name: r.name }));
  }

  /** Adds the day, or renames it when it is there already. */
  async put(day: BankHoliday): Promise<void> {
    await this.db
      .insertInto('bankHolidays')
      .values({ date: day.date, name: day.name })
      .onConflict((oc) => oc.column('date').doUpdateSet({ name: day.name }))
      .execute();
  }

  /** Removes the day; true when there was one. */
  async remove(date: IsoDate): Promise<boolean> {
    const result = await this.db.deleteFrom('bankHolidays').where('date', '=', date).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
