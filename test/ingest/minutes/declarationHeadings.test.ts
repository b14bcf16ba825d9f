import { describe, expect, it } from 'vitest';
import { isDeclarationsHeading } from '../../../src/ingest/minutes/declarationHeadings.js';

describe('isDeclarationsHeading', () => {
  it('should know the headings councils give the item where interests are declared', () => {
    for (const heading of [
      'Declarations of Interest',
      'DISCLOSURE OF PECUNIARY INTEREST AND THE GENERAL NATURE THEREOF',
      "Disclosure of Members' interests and dispensations",
      'Conflicts of interest',
      'Indications of Pecuniary and Conflicts of Interest',
      'Roll Call of Members Present, Apologies for Absence and Members Declarations of Interest',
      "Members' Interests",
    ])
      expect(isDeclarationsHeading(heading), heading).toBe(true);
  });

  it('should not take other headings for it', () => {
    for (const heading of [
      'Apologies for absence',
      'Register of Interests review',
      'Public interest report',
      'Minutes',
    ])
      expect(isDeclarationsHeading(heading), heading).toBe(false);
  });
});
