import { describe, expect, it } from 'vitest';

import { joinCommaSplitNames } from '../../../src/ingest/minutes/commaSplitNames.js';

const listed = (...names: string[]) => names.map((name) => ({ name, role: null, note: null, after: null }));
const names = (entries: { name: string }[]) => entries.map((e) => e.name);

describe('joinCommaSplitNames', () => {
  it('should join a first name and a surname a stray comma split, in a list of full names', () => {
    expect(names(joinCommaSplitNames(listed('Tilda McCrimmon', 'Barbara', 'Barnes')))).toEqual([
      'Tilda McCrimmon',
      'Barbara Barnes',
    ]);
  });

  it('should leave lists of surnames or of first names as they are', () => {
    expect(names(joinCommaSplitNames(listed('Lynn', 'Payne', 'N Parry', 'James')))).toEqual([
      'Lynn',
      'Payne',
      'N Parry',
      'James',
    ]);
    expect(names(joinCommaSplitNames(listed('Gwydion', 'Emlyn', 'Ann', 'Elen')))).toEqual([
      'Gwydion',
      'Emlyn',
      'Ann',
      'Elen',
    ]);
    // Two first names are two people.
    expect(names(joinCommaSplitNames(listed('Jo Bloggs', 'Barbara', 'Susan')))).toEqual([
      'Jo Bloggs',
      'Barbara',
      'Susan',
    ]);
  });
});
