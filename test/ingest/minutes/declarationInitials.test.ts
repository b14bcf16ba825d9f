import { describe, expect, it } from 'vitest';
import { definedInitials, readInitialsDeclarations } from '../../../src/ingest/minutes/declarationInitials.js';

describe('definedInitials', () => {
  it('takes initials written after a name whose first and last words they open', () => {
    const found = definedInitials('Present Ann Vaughan AV, Cllr. W. Bowkett (WB), Elen H Edwards EHE and the RFO');
    expect([...found].sort()).toEqual(['AV', 'EHE', 'WB']);
  });

  it('takes the given-name initials of members listed as "Mr JB Adams", alone and with the surname\u2019s', () => {
    const found = definedInitials('Mr AC Rickards (Chairman) A Mr JB Adams P Mrs YD Moore P');
    expect([...found].sort()).toEqual(['AC', 'ACR', 'JB', 'JBA', 'YD', 'YDM']);
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

  it('leaves out the clerk declaring beside a member', () => {
    const found = readInitialsDeclarations('GW and Clerk declared non- prejudicial interest in the Twinning', initials);
    expect(found.map((d) => d.name)).toEqual(['GW']);
  });

  it('reads several initials as the subject of "declared"', () => {
    const found = readInitialsDeclarations('PM and GW declared an interest in the Acre field', initials);
    expect(found.map((d) => d.name)).toEqual(['PM', 'GW']);
  });

  it('reads nothing when the initials are not defined', () => {
    expect(readInitialsDeclarations('DPI – see the register', initials)).toEqual([]);
  });

  it('asks for the initials only when an entry opens with initials, and reads the same as with the set', () => {
    let asked = 0;
    const lazily = (): ReadonlySet<string> => {
      asked++;
      return initials;
    };
    expect(readInitialsDeclarations('The Clerk declared no interest in any item.', lazily)).toEqual([]);
    expect(asked).toBe(0);
    const text = '2.1 AV – Invoice submitted for item 11. 2.2 PM and GW declared an interest in the Acre field';
    expect(readInitialsDeclarations(text, lazily)).toEqual(readInitialsDeclarations(text, initials));
    expect(asked).toBe(1);
    expect(readInitialsDeclarations('PM declared an interest', () => new Set<string>())).toEqual([]);
  });
});
