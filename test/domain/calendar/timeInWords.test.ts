import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate } from '../../../src/domain/calendar/dateInWords.js';
import { formatTime } from '../../../src/domain/calendar/timeInWords.js';

describe('times and dates as GOV.UK writes them', () => {
  it.each([
    ['09:30', '9:30am'],
    ['9:05', '9:05am'],
    ['10:00', '10am'],
    ['12:00', 'midday'],
    ['12:30', '12:30pm'],
    ['00:00', 'midnight'],
    ['00:15', '12:15am'],
    ['18:30', '6:30pm'],
    ['23:59', '11:59pm'],
    ['14:00:00', '2pm'],
  ])('should write %s as %s', (time, words) => {
    expect(formatTime(time)).toBe(words);
  });

  it.each([['24:00'], ['7pm'], [''], ['12:60']])('should leave %j as it is, not guess', (text) => {
    expect(formatTime(text)).toBe(text);
  });

  it('should write dates in words, with or without the weekday', () => {
    expect(formatDate('2024-05-15')).toBe('15 May 2024');
    expect(formatLongDate('2024-05-15')).toBe('Wednesday 15 May 2024');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
