import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/ingest/minutes/lines.js';
import { venueBeforeDate } from '../../../src/ingest/minutes/venueBeforeDate.js';

const venue = (text: string, dateAt: number): string | undefined => {
  const lines = toLines(text);
  return venueBeforeDate(lines, lines[dateAt]!.index)?.value;
};

describe('venueBeforeDate', () => {
  it("should read the place set before the date on the date's line", () => {
    expect(venue('Minutes of the Parish Council Meeting\nHollowby Village Hall Meeting Room 21 August 2022', 1)).toBe(
      'Hollowby Village Hall Meeting Room',
    );
  });

  it('should read a place alone on the line above a date alone on its line', () => {
    expect(venue('REGULAR COUNCIL MEETING MINUTES\nMUNICIPAL HALL RAVEN ROOM\nMARCH 29, 2021', 2)).toBe(
      'MUNICIPAL HALL RAVEN ROOM',
    );
  });

  it('should not read a body named after a hall as the place', () => {
    expect(venue('Village Hall Management Committee\n4 May 2022', 1)).toBeUndefined();
    expect(venue('Village Hall Committee 4 May 2022', 0)).toBeUndefined();
  });
});
