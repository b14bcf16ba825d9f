import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../../src/ingest/minutes/givenNames.js';

describe('isGivenName', () => {
  it('should know common given names and their short forms, as written with a capital', () => {
    expect(['Jo', 'Rob', 'Alasdair', 'Mary', 'Sue'].every(isGivenName)).toBe(true);
    expect(isGivenName('mary')).toBe(false);
  });

  it('should not hold names as often surnames, nor places', () => {
    expect(['Grant', 'Scott', 'Thomas', 'Craig', 'Neil', 'Elgin', 'Smith'].some(isGivenName)).toBe(false);
  });
});
