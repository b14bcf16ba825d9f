import { describe, expect, it } from 'vitest';

import { withMemberCellLabel } from '../../../src/ingest/minutes/memberCells.js';

const isLabel = (cell: string) => /^apologies(?: for absence)?$/i.test(cell);

describe('withMemberCellLabel', () => {
  it('should read a first cell naming the members by group as Present', () => {
    expect(withMemberCellLabel('Parish Councillors: | Cllrs A Dent, B Ford |', isLabel)).toBe(
      'Present: | Cllrs A Dent, B Ford |',
    );
    expect(withMemberCellLabel('City & County Cllrs: | City Cllr C Grey |', isLabel)).toBe(
      'Present: | City Cllr C Grey |',
    );
    expect(withMemberCellLabel('Councillors who attended the meeting Item 1 | Dent, Ford |', isLabel)).toBe(
      'Present: | Dent, Ford |',
    );
  });

  it('should drop the item number fused to a label cell, and leave other rows', () => {
    expect(withMemberCellLabel('Apologies for Absence Item 2 | Hebden |', isLabel)).toBe(
      'Apologies for Absence | Hebden |',
    );
    expect(withMemberCellLabel('Agenda item 3 | The council agreed. |', isLabel)).toBe(
      'Agenda item 3 | The council agreed. |',
    );
    expect(withMemberCellLabel('Councillors agreed | the budget |', isLabel)).toBe('Councillors agreed | the budget |');
  });
});
