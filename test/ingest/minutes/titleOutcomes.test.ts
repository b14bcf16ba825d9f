import { describe, expect, it } from 'vitest';
import { splitTrailingNothing } from '../../../src/ingest/minutes/titleOutcomes.js';

describe('splitTrailingNothing', () => {
  it('cuts a one-word minute of nothing from a heading in capitals', () => {
    expect(splitTrailingNothing('APOLOGIES FOR ABSENCE none')).toEqual({
      title: 'APOLOGIES FOR ABSENCE',
      rest: 'none',
    });
    expect(splitTrailingNothing('DECLARATIONS OF INTERESTS None.')?.title).toBe('DECLARATIONS OF INTERESTS');
  });

  it('cuts a short sentence that nothing was declared from a heading in sentence case', () => {
    expect(splitTrailingNothing('Declaration of Interest on agenda items No declarations were made.')).toEqual({
      title: 'Declaration of Interest on agenda items',
      rest: 'No declarations were made.',
    });
  });

  it('leaves titles without such a minute, or whose last words are the heading itself', () => {
    expect(splitTrailingNothing('Apologies for Absence')).toBeNull();
    expect(splitTrailingNothing('NONE')).toBeNull();
    expect(splitTrailingNothing('Matters arising for none of the items')).toBeNull();
    expect(splitTrailingNothing('No Parking Zones on Mill Lane')).toBeNull();
  });
});
