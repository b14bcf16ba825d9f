import { describe, expect, it } from 'vitest';
import { withoutPreamble } from '../../../src/ingest/minutes/resolutionPreamble.js';

describe('withoutPreamble', () => {
  it('should leave out the vote before what was resolved', () => {
    expect(withoutPreamble('by all that the notes be approved')).toBe('that the notes be approved');
    expect(withoutPreamble('by a majority that a grant be made')).toBe('that a grant be made');
    expect(withoutPreamble('(unanimously) to accept the quotation')).toBe('to accept the quotation');
    expect(withoutPreamble('by 5 votes to 2, with 1 abstention, to replace the swings')).toBe('to replace the swings');
    expect(withoutPreamble('nem con that the Clerk write')).toBe('that the Clerk write');
  });

  it('should leave out the mover and the body resolving', () => {
    expect(withoutPreamble('on the motion of Cllr Ash, seconded by Cllr Birch, that the fee rise')).toBe(
      'the fee rise',
    );
    expect(withoutPreamble('by the City Council of the City of Lakeview, that the plan be adopted')).toBe(
      'that the plan be adopted',
    );
  });

  it('should keep a resolution that only begins with "by"', () => {
    expect(withoutPreamble('by-laws be reviewed. The Clerk reported that the hall was let')).toBe(
      'by-laws be reviewed. The Clerk reported that the hall was let',
    );
    expect(withoutPreamble('that the report be noted')).toBe('that the report be noted');
  });
});
