import { describe, expect, it } from 'vitest';
import { definedInitials, readInitialsDeclarations } from '../../../src/ingest/minutes/declarationInitials.js';

describe('definedInitials', () => {
  it('takes initials written after a name whose first and last words they open', () => {
    const found = definedInitials('Present Ann Vaughan AV, Cllr. W. Bowkett (WB), Elen H Edwards EHE and the RFO');
    expect([...found].sort()).toEqual(['AV', 'EHE', 'WB']);
  });

  it('ignores capitals that are no one\u2019s initials', () => {
    expect(definedInitials('Declared a DPI in item 4; the RFO reported').size).toBe(0);
  });
});

describe('readInitialsDeclarations', () => {
  const initials = new Set(['AV', 'GLL', 'PM', 'GW']);

  it('splits numbered entries run onto one line, one declaration each', () => {
    const found = readInitialsDeclarations(
      '2.1 AV – Invoice submitted for item 11. 2.2 Av – Bryn Gwylan planning application 2.3 GLL – Planning application',
      initials,
    );
    expect(found.map((d) => d.name)).toEqual(['AV', 'Av', 'GLL']);
    expect(found[0]!.text).toBe('Invoice submitted for item 11.');
  });

  it('reads several initials as the subject of "declared"', () => {
    const found = readInitialsDeclarations('PM and GW declared an interest in the Acre field', initials);
    expect(found.map((d) => d.name)).toEqual(['PM', 'GW']);
  });

  it('reads nothing when the initials are not defined', () => {
    expect(readInitialsDeclarations('DPI – see the register', initials)).toEqual([]);
  });
});
