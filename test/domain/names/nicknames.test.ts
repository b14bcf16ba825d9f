import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  givenNameRelation,
  givenNamesCompatible,
  SHORT_FORMS,
  SPELLING_VARIANTS,
} from '../../../src/domain/names/nicknames.js';

describe('given-name short forms', () => {
  it.each([
    ['Sam', 'Samuel'],
    ['Sam', 'Samantha'],
    ['Bob', 'Robert'],
    ['Rob', 'Robert'],
    ['Bob', 'Rob'],
    ['Bill', 'William'],
    ['Will', 'William'],
    ['Liz', 'Elizabeth'],
    ['Beth', 'Elizabeth'],
    ['Liz', 'Beth'],
    ['Kate', 'Katherine'],
    ['Katie', 'Catherine'],
    ['Catherine', 'Katherine'],
    ['Tony', 'Anthony'],
    ['Jim', 'James'],
    ['Dave', 'David'],
    ['Chris', 'Christopher'],
    ['Chris', 'Christine'],
    ['Pat', 'Patricia'],
    ['Steve', 'Steven'],
    ['Steve', 'Stephen'],
    ['Mike', 'Michael'],
    ['Andy', 'Andrew'],
    ['Nick', 'Nicholas'],
    ['Tom', 'Thomas'],
    ['Jo', 'Joanne'],
    ['Jo', 'Josephine'],
    ['Sue', 'Susan'],
    ['Di', 'Diane'],
    ['Phil', 'Philip'],
    ['Rich', 'Richard'],
    ['Dick', 'Richard'],
    ['SAM', 'samuel'],
    ['Zoë', 'Zoe'],
  ])('should accept %s and %s as one person’s names', (a, b) => {
    expect(givenNamesCompatible(a, b)).toBe(true);
    expect(givenNamesCompatible(b, a)).toBe(true);
  });

  it.each([
    ['Samuel', 'Samantha'],
    ['Christopher', 'Christine'],
    ['Patrick', 'Patricia'],
    ['John', 'Jane'],
    ['Sam', 'Robert'],
    ['', 'Sam'],
  ])('should not accept %s and %s', (a, b) => {
    expect(givenNamesCompatible(a, b)).toBe(false);
  });

  it('should hold about a hundred pairs, in matching form', () => {
    expect(SHORT_FORMS.length).toBeGreaterThanOrEqual(100);
    for (const [short, full] of [...SHORT_FORMS, ...SPELLING_VARIANTS.map((g) => [g[0], g[1]] as const)]) {
      expect(short).toMatch(/^[a-z]+$/);
      expect(full).toMatch(/^[a-z]+$/);
    }
  });

  it('should relate every listed pair, symmetrically, and each name to itself', () => {
    const names = fc.constantFrom(...SHORT_FORMS.flat(), ...SPELLING_VARIANTS.flat());
    fc.assert(
      fc.property(names, names, (a, b) => {
        expect(givenNamesCompatible(a, b)).toBe(givenNamesCompatible(b, a));
        expect(givenNameRelation(a, a)).toEqual({ kind: 'equal' });
      }),
    );
    for (const [short, full] of SHORT_FORMS) expect(givenNamesCompatible(short, full)).toBe(true);
  });
});
