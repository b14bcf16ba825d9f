import { describe, expect, it } from 'vitest';
import { isWithinCallInPeriod, membersFromText } from '../../../src/domain/callIn/callInRequest.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';

const d = (s: string): IsoDate => s as IsoDate;

describe('a call-in request', () => {
  const notice = { publishedOn: d('2026-04-01'), callInDeadline: d('2026-04-10') };

  it('should be in time from publication to the end of the deadline day, and never for a notice without a period', () => {
    expect(isWithinCallInPeriod(notice, d('2026-04-01'))).toBe(true);
    expect(isWithinCallInPeriod(notice, d('2026-04-10'))).toBe(true);
    expect(isWithinCallInPeriod(notice, d('2026-04-11'))).toBe(false);
    expect(isWithinCallInPeriod(notice, d('2026-03-31'))).toBe(false);
    expect(isWithinCallInPeriod({ ...notice, callInDeadline: null }, d('2026-04-02'))).toBe(false);
  });

  it('should read members one a line or separated by commas, dropping blanks and repeats', () => {
    expect(membersFromText('Cllr A Smith\n\n  Cllr  B Jones ; cllr a smith, Cllr C Patel\n')).toEqual([
      'Cllr A Smith',
      'Cllr B Jones',
      'Cllr C Patel',
    ]);
  });
});
