import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/ingest/minutes/lines.js';
import { readResolutions } from '../../../src/ingest/minutes/resolutions.js';

const read = (text: string): string[] => readResolutions(toLines(text)).resolutions.map((r) => r.text);

describe('readResolutions', () => {
  it('should read the keyword inside a line: "and RESOLVED", ", RESOLVED", "BE IT RESOLVED"', () => {
    expect(read('Selectman Hale moved, Selectman Ortiz seconded, RESOLVED to waive late fees.')).toEqual([
      'to waive late fees.',
    ]);
    expect(
      read('WHEREAS the library is a hundred years old; NOW THEREFORE BE IT RESOLVED that May be Library Month.'),
    ).toEqual(['that May be Library Month.']);
    expect(read('It was unanimously RESOLVED that the report be noted.')).toEqual(['that the report be noted.']);
  });

  it('should read "Resolved:-" over a quoted resolution, which ends at its closing quote', () => {
    const text = [
      'Proposed by Cllr. H. Kenny',
      'Resolved:-',
      '“That Standing Orders be suspended.”',
      '(B)',
      'Minutes of the meeting',
    ].join('\n');
    expect(read(text)).toEqual(['“That Standing Orders be suspended.”']);
  });

  it('should read a resolution wrapped over lines and ORDERED, but not "It was resolved" in prose', () => {
    const text = ['it was RESOLVED', 'that the Board award the contract', 'in the sum of $184,000.'].join('\n');
    expect(read(text)).toEqual(['that the Board award the contract in the sum of $184,000.']);
    expect(read('ORDERED that the signs be removed.')).toEqual(['that the signs be removed.']);
    expect(read('It was resolved at this point to suspend standing order 70.')).toEqual([]);
  });
});
