import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES } from '../../../src/domain/calendar/bankHolidays.js';
import { clearWorkingDaysBetween, isWorkingDay } from '../../../src/domain/calendar/workingDays.js';
import { callInPeriod } from '../../../src/domain/decisions/callIn.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import { dateBetween } from '../calendar/arbitraries.js';

const d = (s: string): IsoDate => s as IsoDate;

describe('the call-in period of a published decision', () => {
  const calendar = ENGLAND_AND_WALES;

  it('should end on the fifth clear working day after publication, the decision taking effect the next', () => {
    // Published Monday 2 March 2026: Tue-Fri and Mon are the five clear working days.
    expect(callInPeriod(d('2026-03-02'), calendar)).toEqual({ deadline: '2026-03-09', implementableOn: '2026-03-10' });
  });

  it('should skip weekends and bank holidays (Easter 2026: Good Friday 3 April, Easter Monday 6 April)', () => {
    expect(callInPeriod(d('2026-04-01'), calendar)).toEqual({ deadline: '2026-04-10', implementableOn: '2026-04-13' });
  });

  it('should count from a decision published at a weekend as from the day itself, not a working day', () => {
    expect(callInPeriod(d('2026-03-07'), calendar).deadline).toBe('2026-03-13');
  });
});

describe('the call-in period, whatever the date', () => {
  it('should leave exactly the clear working days between publication and the day the decision takes effect', () => {
    fc.assert(
      fc.property(dateBetween('2018-01-01', '2027-12-20'), fc.integer({ min: 1, max: 15 }), (published, days) => {
        const { deadline, implementableOn } = callInPeriod(published, ENGLAND_AND_WALES, days);
        expect(clearWorkingDaysBetween(published, implementableOn, ENGLAND_AND_WALES)).toBe(days);
        expect(isWorkingDay(deadline, ENGLAND_AND_WALES)).toBe(true);
        expect(isWorkingDay(implementableOn, ENGLAND_AND_WALES)).toBe(true);
      }),
    );
  });

  it('should run over Christmas on a weekend (2027: substitute days 27 and 28 December)', () => {
    // Published Wednesday 22 December 2027: Thu 23, Fri 24, Wed 29, Thu 30, Fri 31.
    expect(callInPeriod(d('2027-12-22'), ENGLAND_AND_WALES)).toEqual({
      deadline: '2027-12-31',
      implementableOn: '2028-01-04',
    });
  });
});
