import fc from 'fast-check';
import { epochDayOf, isoDateFromEpochDay } from '../../../src/domain/calendar/isoDate.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';

/** Any date between two bounds, inclusive. */
export function dateBetween(from: IsoDate, to: IsoDate): fc.Arbitrary<IsoDate> {
  return fc.integer({ min: epochDayOf(from), max: epochDayOf(to) }).map(isoDateFromEpochDay);
}

/** Dates a council will meet on: 1900-2100. */
export const councilDate: fc.Arbitrary<IsoDate> = dateBetween('1900-01-01', '2100-12-31');

/** Every date an ISO string can hold. */
export const anyDate: fc.Arbitrary<IsoDate> = dateBetween('0000-01-01', '9999-12-31');

/** The oracle for day arithmetic: JS Date in UTC, which has no zone to shift it. */
export function utcOracle(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(0);
  at.setUTCFullYear(y, m - 1, d);
  return at;
}
