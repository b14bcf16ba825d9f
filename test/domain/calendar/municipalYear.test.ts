import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDateOf, compareIsoDates, formatIsoDate } from '../../../src/domain/calendar/isoDate.js';
import type { MunicipalYear, MunicipalYearRule } from '../../../src/domain/calendar/municipalYear.js';
import { municipalYearLabel, municipalYearOf, municipalYearStart } from '../../../src/domain/calendar/municipalYear.js';
import { councilDate, dateBetween } from './arbitraries.js';

const within = (date: string, year: MunicipalYear): boolean =>
  compareIsoDates(year.startsOn, date) <= 0 && compareIsoDates(date, year.endsOn) <= 0;

/** Recorded years with annual meetings on random days of May, some years left out. */
const knownYearRuns: fc.Arbitrary<MunicipalYear[]> = fc
  .record({
    first: fc.integer({ min: 1990, max: 2040 }),
    days: fc.array(fc.integer({ min: 1, max: 31 }), { minLength: 2, maxLength: 12 }),
    keep: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  })
  .map(({ first, days, keep }) => {
    const starts = days.map((day, i) => formatIsoDate({ year: first + i, month: 5, day }));
    return starts
      .slice(0, -1)
      .map((startsOn, i) => ({ label: municipalYearLabel(first + i), startsOn, endsOn: addDays(starts[i + 1]!, -1) }))
      .filter((_, i) => keep[i]);
  });

describe('municipal year', () => {
  it.each([
    [2023, '2023/24'],
    [1999, '1999/00'],
    [2009, '2009/10'],
    [2099, '2099/00'],
  ])('should label the year starting in %i as %s', (year, label) => {
    expect(municipalYearLabel(year)).toBe(label);
  });

  it('should start on the third Monday of May by default', () => {
    expect(municipalYearStart(2023)).toBe('2023-05-15');
    expect(municipalYearStart(2024)).toBe('2024-05-20');
  });

  it('should keep the seeds’ meeting of 15 May 2024 in 2023/24', () => {
    expect(municipalYearOf('2024-05-15')).toEqual({ label: '2023/24', startsOn: '2023-05-15', endsOn: '2024-05-19' });
    expect(municipalYearOf('2023-09-28').label).toBe('2023/24');
    expect(municipalYearOf('2023-03-30').label).toBe('2022/23');
    expect(municipalYearOf('2024-05-20').label).toBe('2024/25');
  });

  it('should follow another rule when a council sets one', () => {
    const lastMondayOfMay: MunicipalYearRule = { month: 5, weekday: 1, week: 'last' };
    expect(municipalYearOf('2024-05-26', [], lastMondayOfMay)).toEqual({
      label: '2023/24',
      startsOn: '2023-05-29',
      endsOn: '2024-05-26',
    });
  });

  it('should prefer the council’s recorded years and not overlap them', () => {
    const known: MunicipalYear[] = [{ label: '2023/24', startsOn: '2023-05-17', endsOn: '2024-05-21' }];
    expect(municipalYearOf('2024-05-21', known)).toBe(known[0]);
    expect(municipalYearOf('2023-05-16', known)).toEqual({
      label: '2022/23',
      startsOn: '2022-05-16',
      endsOn: '2023-05-16',
    });
    expect(municipalYearOf('2024-05-22', known)).toEqual({
      label: '2024/25',
      startsOn: '2024-05-22',
      endsOn: '2025-05-18',
    });
  });

  it('should be total and contain its date, with or without recorded years', () => {
    fc.assert(
      fc.property(councilDate, knownYearRuns, (date, known) => {
        const year = municipalYearOf(date, known);
        expect(within(date, year)).toBe(true);
        expect(year.label).toBe(municipalYearLabel(Number(year.label.slice(0, 4))));
        expect(calendarDateOf(year.startsOn).year).toBe(Number(year.label.slice(0, 4)));
        for (const k of known) if (k !== year) expect(within(year.startsOn, k) || within(year.endsOn, k)).toBe(false);
      }),
    );
  });

  it('should give every date of a year that same year', () => {
    fc.assert(
      fc.property(councilDate, knownYearRuns, fc.integer({ min: 0, max: 400 }), (date, known, offset) => {
        const year = municipalYearOf(date, known);
        const other = addDays(year.startsOn, offset);
        if (compareIsoDates(other, year.endsOn) > 0) return;
        expect(municipalYearOf(other, known)).toEqual(year);
      }),
    );
  });

  it('should still answer when recorded years are inconsistent', () => {
    const garbage = fc.array(
      fc.record({ label: fc.string({ maxLength: 8 }), startsOn: councilDate, endsOn: councilDate }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(dateBetween('1901-01-01', '2099-12-31'), garbage, (date, known) => {
        expect(within(date, municipalYearOf(date, known))).toBe(true);
      }),
    );
  });
});
