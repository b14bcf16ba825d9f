import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/domain/names/nameKey.js';
import { honorificPrefix, writtenName } from './arbitraries.js';

describe(nameKey.name, () => {
  it.each([
    ['Councillor Cheryl Barnard', 'cheryl barnard'],
    ['Councillor Cheryl Barnard (Chair)', 'cheryl barnard'],
    ['CHERYL BARNARD', 'cheryl barnard'],
    ['Barnard, Cheryl', 'cheryl barnard'],
    ['Cllr.\u00a0Cheryl  Barnard', 'cheryl barnard'],
    ['Cllr. A.J. Matsiko', 'a j matsiko'],
    ['AJ Matsiko', 'a j matsiko'],
    ['Dr Jane O’Neill-Brown MBE', 'jane oneill-brown'],
    ["Dr Jane O'Neill-Brown", 'jane oneill-brown'],
    ['Siân Öztürk', 'sian ozturk'],
    ['Cllr M.R. Smith', 'm r smith'],
    ['John Smith Jr', 'john smith jr'],
    ['Councillor', ''],
    ['   ', ''],
  ])('should key %j as %j', (raw, key) => {
    expect(nameKey(raw)).toBe(key);
  });

  it('should be idempotent on names', () => {
    fc.assert(
      fc.property(writtenName, (raw) => {
        const key = nameKey(raw);
        expect(nameKey(key)).toBe(key);
      }),
      { numRuns: 1000 },
    );
  });

  it('should be idempotent on any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (raw) => {
        const key = nameKey(raw);
        expect(nameKey(key)).toBe(key);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const key = nameKey(raw);
        expect(nameKey(key)).toBe(key);
      }),
      { numRuns: 3000 },
    );
  });

  it('should ignore titles, role marks and honours', () => {
    fc.assert(
      fc.property(
        writtenName,
        honorificPrefix,
        fc.constantFrom('', ' (Chair)', ' (Vice-Chair)', ' OBE', ', MBE JP'),
        (raw, title, after) => {
          expect(nameKey(title + raw)).toBe(nameKey(raw));
          expect(nameKey(raw + after)).toBe(nameKey(raw));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('should be lower case, single-spaced and free of punctuation other than inner hyphens', () => {
    fc.assert(
      fc.property(fc.oneof(writtenName, fc.string({ maxLength: 40 })), (raw) => {
        const key = nameKey(raw);
        expect(key).toBe(key.toLowerCase());
        expect(key).not.toMatch(/^\s|\s$|\s\s|[.,'’()]/);
      }),
      { numRuns: 1000 },
    );
  });
});
