import { describe, expect, it } from 'vitest';

import { isGuestByRank, isMemberPost } from '../../../src/ingest/minutes/guestApologies.js';

describe('isGuestByRank', () => {
  it('should take a police officer named by rank for a guest', () => {
    for (const name of [
      'P.C. Meller',
      'PC Dorran',
      'PCSO Jo Hale',
      'Sgt Vance',
      'Inspector Royle',
      'the Community Police Officer',
    ])
      expect(isGuestByRank(name), name).toBe(true);
  });

  it('should leave members and initials alone', () => {
    for (const name of ['Cllr PC Smith', 'P. C. Meller', 'Mrs. Ashby', 'Councillor Pcsoley', 'Policeman Street'])
      expect(isGuestByRank(name), name).toBe(false);
  });
});

describe('isMemberPost', () => {
  it('should read a councillor post written after a name as a post, not a reason', () => {
    expect(isMemberPost('Borough Councillor')).toBe(true);
    expect(isMemberPost('District Cllr')).toBe(true);
    expect(isMemberPost('holiday')).toBe(false);
    expect(isMemberPost('work commitments')).toBe(false);
  });
});
