import { describe, expect, it } from 'vitest';
import { damagedSpellings } from '../../../src/domain/names/damagedSpelling.js';

function counter(text: string): (display: string) => number {
  return (display) => (text.match(new RegExp(display.replace(/\s+/g, '\\s+'), 'g')) ?? []).length;
}

describe('damagedSpellings', () => {
  it('should read a name written once, letters from another written more often, as damage of it', () => {
    const found = damagedSpellings(
      ['Same Garrard', 'Jane Garrard'],
      counter('Jane Garrard ... Same Garrard ... Jane Garrard'),
    );
    expect(found.map((d) => [d.written, d.intended])).toEqual([['Same Garrard', 'Jane Garrard']]);
    expect(found[0]!.evidence.join(' ')).toContain('written once');
  });

  it('should leave names alone when both are written often, or the other only once', () => {
    expect(damagedSpellings(['Same Garrard', 'Jane Garrard'], counter('Jane Garrard Same Garrard'))).toEqual([]);
    expect(
      damagedSpellings(
        ['Same Garrard', 'Jane Garrard'],
        counter('Jane Garrard Same Garrard Same Garrard Jane Garrard'),
      ),
    ).toEqual([]);
  });

  it('should leave to name matching what it already matches (short forms) and names too far apart', () => {
    const text = 'Sam Gardiner Samuel Gardiner Samuel Gardiner Peter Stone Alice Stone Alice Stone';
    expect(damagedSpellings(['Sam Gardiner', 'Samuel Gardiner', 'Peter Stone', 'Alice Stone'], counter(text))).toEqual(
      [],
    );
  });

  it('should need the same family name', () => {
    expect(damagedSpellings(['Jane Garrad', 'Jane Garrard'], counter('Jane Garrad Jane Garrard Jane Garrard'))).toEqual(
      [],
    );
  });
});
