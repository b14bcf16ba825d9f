import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHolidayCalendar, ENGLAND_AND_WALES } from '../../../src/domain/calendar/bankHolidays.js';
import { addDays, daysBetween, epochDayOf } from '../../../src/domain/calendar/isoDate.js';
import { isWorkingDay } from '../../../src/domain/calendar/workingDays.js';
import type { ForwardPlanEntry } from '../../../src/domain/forwardPlan/forwardPlanEntry.js';
import {
  clearDaysBetween,
  givesNotice,
  latestNoticeDate,
  noticeWarnings,
} from '../../../src/domain/forwardPlan/keyDecisionNotice.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import { dateBetween } from '../calendar/arbitraries.js';

const d = (s: string): IsoDate => s as IsoDate;
const calendar = ENGLAND_AND_WALES;
const NO_HOLIDAYS = createHolidayCalendar([], { rule: null });

type Notice = Parameters<typeof noticeWarnings>[0];
const entry = (overrides: Partial<ForwardPlanEntry> = {}): Notice => ({
  isKey: true,
  expectedOn: d('2026-04-02'),
  noticePublishedOn: d('2026-03-04'),
  lateNotice: null,
  lateReasons: null,
  scrutinyChairOn: null,
  status: 'planned',
  ...overrides,
});
const codes = (n: Notice, today = '2026-03-01'): string[] => noticeWarnings(n, d(today), calendar).map((w) => w.code);

describe('28 clear days of notice of a key decision', () => {
  it('should count neither the day of the notice nor the day of the decision', () => {
    // 4 March to 2 April 2026: 5-31 March (27 days) and 1 April.
    expect(clearDaysBetween(d('2026-03-04'), d('2026-04-02'), calendar)).toBe(28);
    expect(latestNoticeDate(d('2026-04-02'), calendar)).toBe('2026-03-04');
    expect(givesNotice(d('2026-03-04'), d('2026-04-02'), calendar)).toBe(true);
    expect(givesNotice(d('2026-03-05'), d('2026-04-02'), calendar)).toBe(false);
  });

  it('should run over February in a leap year and a common year', () => {
    expect(latestNoticeDate(d('2024-03-28'), calendar)).toBe('2024-02-28');
    expect(latestNoticeDate(d('2026-03-28'), calendar)).toBe('2026-02-27');
    expect(latestNoticeDate(d('2027-01-05'), calendar)).toBe('2026-12-07');
  });

  it('should count weekends and bank holidays when clear days are calendar days (Easter 2026)', () => {
    // 3 and 6 April 2026 are bank holidays; they count all the same.
    expect(clearDaysBetween(d('2026-03-20'), d('2026-04-18'), calendar)).toBe(28);
  });

  it('should skip weekends and bank holidays when the constitution says clear working days', () => {
    // Decision Tuesday 7 April 2026: 28 working days back, over Easter Monday and Good Friday.
    const latest = latestNoticeDate(d('2026-04-07'), calendar, 'working');
    expect(clearDaysBetween(latest, d('2026-04-07'), calendar, 'working')).toBe(28);
    expect(clearDaysBetween(addDays(latest, 1), d('2026-04-07'), calendar, 'working')).toBe(27);
    expect(latest).toBe('2026-02-23');
  });

  it('should never be negative for a notice after the decision', () => {
    expect(clearDaysBetween(d('2026-04-03'), d('2026-04-02'), calendar)).toBe(0);
    expect(clearDaysBetween(d('2026-04-01'), d('2026-04-02'), calendar)).toBe(0);
  });
});

describe('the notice rule, whatever the dates', () => {
  const dates = dateBetween(d('2018-01-01'), d('2027-12-31'));
  const countings = fc.constantFrom('calendar' as const, 'working' as const);

  it('should accept a notice on the latest day and refuse one a day later, across month ends and bank holidays', () => {
    fc.assert(
      fc.property(dates, countings, fc.integer({ min: 1, max: 40 }), (decisionOn, counting, clear) => {
        const latest = latestNoticeDate(decisionOn, calendar, counting, clear);
        expect(givesNotice(latest, decisionOn, calendar, counting, clear)).toBe(true);
        expect(givesNotice(addDays(latest, 1), decisionOn, calendar, counting, clear)).toBe(false);
      }),
    );
  });

  it('should be monotonic: an earlier notice never gives fewer clear days', () => {
    fc.assert(
      fc.property(dates, dates, fc.integer({ min: 1, max: 60 }), countings, (a, b, back, counting) => {
        const earlier = addDays(a, -back);
        expect(clearDaysBetween(earlier, b, calendar, counting)).toBeGreaterThanOrEqual(
          clearDaysBetween(a, b, calendar, counting),
        );
      }),
    );
  });

  it('should agree with counting each day in between, one by one', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 80 }), countings, (from, span, counting) => {
        const to = addDays(from, span);
        let count = 0;
        for (let day = addDays(from, 1); epochDayOf(day) < epochDayOf(to); day = addDays(day, 1))
          if (counting === 'calendar' || isWorkingDay(day, calendar)) count++;
        expect(clearDaysBetween(from, to, calendar, counting)).toBe(count);
      }),
    );
  });

  it('should not depend on bank holidays in calendar days, and only lengthen the notice in working days', () => {
    fc.assert(
      fc.property(dates, (decisionOn) => {
        expect(latestNoticeDate(decisionOn, calendar)).toBe(latestNoticeDate(decisionOn, NO_HOLIDAYS));
        expect(daysBetween(latestNoticeDate(decisionOn, calendar), decisionOn)).toBe(29);
        const withHolidays = latestNoticeDate(decisionOn, calendar, 'working');
        const without = latestNoticeDate(decisionOn, NO_HOLIDAYS, 'working');
        expect(epochDayOf(withHolidays)).toBeLessThanOrEqual(epochDayOf(without));
        // The day after the latest is the first of the clear working days.
        expect(isWorkingDay(addDays(withHolidays, 1), calendar)).toBe(true);
      }),
    );
  });
});

describe('warnings on an entry', () => {
  it('should have none for a key decision with 28 clear days', () => {
    expect(codes(entry())).toEqual([]);
  });

  it('should want a general exception or special urgency for a late notice', () => {
    expect(codes(entry({ noticePublishedOn: d('2026-03-05') }))).toEqual(['late_without_exception']);
    expect(
      codes(
        entry({
          noticePublishedOn: d('2026-03-20'),
          lateNotice: 'general_exception',
          lateReasons: 'Grant deadline',
          scrutinyChairOn: d('2026-03-19'),
        }),
      ),
    ).toEqual([]);
  });

  it('should want the reasons and the scrutiny chair, and 5 clear days for a general exception', () => {
    expect(codes(entry({ noticePublishedOn: d('2026-03-30'), lateNotice: 'general_exception' })).sort()).toEqual([
      'general_exception_too_late',
      'late_reasons_missing',
      'scrutiny_chair_missing',
    ]);
    expect(
      codes(
        entry({
          noticePublishedOn: d('2026-03-31'),
          lateNotice: 'special_urgency',
          lateReasons: 'Flooding',
          scrutinyChairOn: d('2026-03-31'),
        }),
      ),
    ).toEqual([]);
  });

  it('should ask for a notice not yet published, and flag a planned decision whose date has passed', () => {
    expect(codes(entry({ noticePublishedOn: null }))).toEqual(['not_published']);
    expect(codes(entry(), '2026-04-03')).toEqual(['overdue']);
    expect(codes(entry({ status: 'decided' }), '2026-04-03')).toEqual([]);
  });

  it('should need no notice for a decision that is not key', () => {
    expect(codes(entry({ isKey: false, noticePublishedOn: null }))).toEqual([]);
  });
});
