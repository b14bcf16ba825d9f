import { describe, expect, it } from 'vitest';
import { isVenueLine } from '../../../src/ingest/minutes/venueLines.js';

describe('isVenueLine', () => {
  it('takes a building, a street address or a room set on a line of its own', () => {
    expect(isVenueLine('ALAMEDA CITY HALL')).toBe(true);
    expect(isVenueLine('2263 SANTA CLARA AVENUE, ALAMEDA')).toBe(true);
    expect(isVenueLine('CONFERENCE ROOM 391')).toBe(true);
    expect(isVenueLine('40 Elm Street')).toBe(true);
  });

  it('leaves sentences, dates, labels and numbered items alone', () => {
    expect(isVenueLine('The meeting was held in the Village Hall.')).toBe(false);
    expect(isVenueLine('HELD 4:30 P.M., MONDAY, JANUARY 31, 2005')).toBe(false);
    expect(isVenueLine('Present:')).toBe(false);
    expect(isVenueLine('4. CONSENT CALENDAR')).toBe(false);
    expect(isVenueLine('2 members of the public attended the meeting in the hall and spoke about the car park')).toBe(
      false,
    );
  });
});
