import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDateOf, compareIsoDates } from '../../../src/domain/calendar/isoDate.js';
import { isResponseOverdue, responseDueDate, wasResponseLate } from '../../../src/domain/calendar/responseDeadline.js';
import { councilDate } from './arbitraries.js';

describe('response deadline for recommendations', () => {
  it.each([
    ['2024-03-15', '2024-05-15'],
    ['2023-12-31', '2024-02-29'],
    ['2024-12-31', '2025-02-28'],
    ['2023-11-30', '2024-01-30'],
    ['2023-08-31', '2023-10-31'],
  ])('should make a response to recommendations received on %s due on %s', (received, due) => {
    expect(responseDueDate(received)).toBe(due);
  });

  it('should take another period when the council sets one', () => {
    expect(responseDueDate('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('should fall after receipt and inside the second month after it', () => {
    fc.assert(
      fc.property(councilDate, (received) => {
        const due = responseDueDate(received);
        expect(compareIsoDates(received, due)).toBe(-1);
        const r = calendarDateOf(received);
        const d = calendarDateOf(due);
        expect(d.year * 12 + d.month - (r.year * 12 + r.month)).toBe(2);
      }),
    );
  });

  it('should be overdue only after the due day and only while unanswered', () => {
    expect(isResponseOverdue('2024-05-15', '2024-05-15')).toBe(false);
    expect(isResponseOverdue('2024-05-15', '2024-05-16')).toBe(true);
    expect(isResponseOverdue('2024-05-15', '2024-05-16', '2024-05-10')).toBe(false);
    expect(isResponseOverdue('2024-05-15', '2024-06-01', '2024-05-20')).toBe(false);
    // A response recorded for a later date has not been made yet.
    expect(isResponseOverdue('2024-05-15', '2024-05-20', '2024-06-01')).toBe(true);
    expect(isResponseOverdue('2024-05-15', '2024-05-20', null)).toBe(true);
    expect(wasResponseLate('2024-05-15', '2024-05-20')).toBe(true);
    expect(wasResponseLate('2024-05-15', '2024-05-15')).toBe(false);
  });

  it('should switch to overdue on the day after the due date, for any unanswered deadline', () => {
    fc.assert(
      fc.property(councilDate, fc.integer({ min: -100, max: 100 }), (due, offset) => {
        expect(isResponseOverdue(due, addDays(due, offset))).toBe(offset > 0);
      }),
    );
  });
});
