import { describe, expect, it } from 'vitest';
import { conductInWords, conductWarning, UNKNOWN_CONDUCT } from '../../src/domain/declaration.js';

describe('what a member did about an interest', () => {
  it('should warn when a disclosable pecuniary interest was declared and the member took part without a dispensation', () => {
    const tookPart = { leftRoom: false, tookNoPart: false, dispensation: false };
    expect(conductWarning('disclosable_pecuniary', tookPart)).toMatch(/took part without a dispensation/);
    expect(conductWarning('disclosable_pecuniary', { ...tookPart, dispensation: true })).toBeNull();
    expect(conductWarning('disclosable_pecuniary', { ...tookPart, tookNoPart: true })).toBeNull();
    expect(conductWarning('other_registrable', tookPart)).toBeNull();
    // An imported declaration says nothing of the member's conduct: unknown is not a breach.
    expect(conductWarning('disclosable_pecuniary', UNKNOWN_CONDUCT)).toBeNull();
  });

  it('should say in words only what the record says', () => {
    expect(conductInWords({ leftRoom: true, tookNoPart: true, dispensation: false })).toBe(
      'left the room; took no part',
    );
    expect(conductInWords({ leftRoom: false, tookNoPart: false, dispensation: true })).toBe(
      'stayed in the room; took part; dispensation granted',
    );
    expect(conductInWords(UNKNOWN_CONDUCT)).toBe('');
  });
});
