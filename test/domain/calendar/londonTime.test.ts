import { describe, expect, it } from 'vitest';
import { londonDateTimeWithOffset, londonToUtcIso } from '../../../src/domain/calendar/londonTime.js';

describe('londonToUtcIso', () => {
  it.each([
    ['2025-01-15', '18:30', '2025-01-15T18:30:00Z'], // GMT
    ['2024-05-15', '09:30', '2024-05-15T08:30:00Z'], // BST
    ['2024-03-31', '10:00', '2024-03-31T09:00:00Z'], // the morning clocks go forward
    ['2024-10-27', '10:00', '2024-10-27T10:00:00Z'], // the morning clocks go back
    ['2024-03-30', '23:30', '2024-03-30T23:30:00Z'], // the evening before
    ['2024-06-30', '00:15', '2024-06-29T23:15:00Z'], // crosses midnight into the day before
  ])('should give %s %s London time as %s', (date, time, expected) => {
    expect(londonToUtcIso(date, time)).toBe(expected);
  });
});

describe('londonDateTimeWithOffset', () => {
  it.each([
    ['2025-01-15', '18:30', '2025-01-15T18:30:00+00:00'],
    ['2024-05-15', '09:30', '2024-05-15T09:30:00+01:00'],
    ['2024-03-31', '10:00', '2024-03-31T10:00:00+01:00'],
    ['2024-10-27', '10:00', '2024-10-27T10:00:00+00:00'],
  ])('should give %s %s with its offset as %s', (date, time, expected) => {
    expect(londonDateTimeWithOffset(date, time)).toBe(expected);
  });
});
