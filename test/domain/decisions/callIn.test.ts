import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../../src/domain/calendar/bankHolidays.js';
import { callInPeriod } from '../../../src/domain/decisions/callIn.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';

const d = (s: string): IsoDate => s as IsoDate;

describe('the call-in period of a published decision', () => {
  const calendar = englandAndWalesCalendar();

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
