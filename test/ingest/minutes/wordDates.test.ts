import { describe, expect, it } from 'vitest';
import { findDate, findTime } from '../../../src/ingest/minutes/dates.js';
import { afterWordTime, findWordDate, findWordTime, yearOf } from '../../../src/ingest/minutes/wordDates.js';

describe('findWordDate', () => {
  it('should read a day and a year in words, with "day of" and "AD" between', () => {
    expect(findWordDate('held on the twelfth day of March, two thousand and twenty-four at the Hall')?.iso).toBe(
      '2024-03-12',
    );
    expect(findWordDate('on Thursday February Eighth AD 1883')?.iso).toBe('1883-02-08');
    expect(findWordDate('this Twenty First day of June in the year nineteen hundred and ninety-six')?.iso).toBe(
      '1996-06-21',
    );
    expect(findWordDate('Tuesday the 5th day of March two thousand twenty four')?.iso).toBe('2024-03-05');
  });

  it('should leave dates in digits alone and refuse days a month has not', () => {
    expect(findWordDate('held on 12 March 2024')).toBeNull();
    expect(findWordDate('the thirty-first day of April, two thousand and ten')).toBeNull();
  });

  it('should tell where the date is, so the text after it can be read', () => {
    const text = 'Minutes of the meeting held on the first day of May 2023 in the Hall';
    const d = findWordDate(text)!;
    expect(text.slice(d.index + d.length)).toBe(' in the Hall');
  });
});

describe('yearOf', () => {
  it('should read years as councils write them in words', () => {
    expect(yearOf('two thousand and twenty-four')).toBe(2024);
    expect(yearOf('two thousand')).toBe(2000);
    expect(yearOf('nineteen ninety-six')).toBe(1996);
    expect(yearOf('nineteen hundred and eight')).toBe(1908);
  });
});

describe('findWordTime', () => {
  it("should read o'clock times only with the part of the day", () => {
    expect(findWordTime("at seven o'clock in the evening")?.hhmm).toBe('19:00');
    expect(findWordTime('at Seven oclock pm on Thursday')?.hhmm).toBe('19:00');
    expect(findWordTime('at half past ten in the morning')).toBeNull();
    expect(findWordTime("at half past ten o'clock in the morning")?.hhmm).toBe('10:30');
    expect(findWordTime("at seven o'clock")).toBeNull();
    expect(findWordTime('One morning the clerk found the door open')).toBeNull();
  });

  it('should give what follows the time, for the place after it', () => {
    expect(afterWordTime(", at seven o'clock in the evening in the Village Hall")).toBe(' in the Village Hall');
    expect(afterWordTime(' in the Village Hall')).toBe(' in the Village Hall');
  });
});

describe('findDate and findTime with words', () => {
  it('should find a date in words where no digit is written', () => {
    expect(findDate('the twelfth day of March, two thousand and twenty-four')?.iso).toBe('2024-03-12');
    expect(findDate('Minutes of the meeting')).toBeNull();
  });

  it("should find a time in words beside digits' times", () => {
    expect(findTime("commencing at eight o'clock in the evening")?.hhmm).toBe('20:00');
    expect(findTime('at 7.30pm')?.hhmm).toBe('19:30');
  });
});
