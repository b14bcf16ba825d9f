import { describe, expect, it } from 'vitest';
import { sixMonthStatus, WARNING_DAYS } from '../../src/domain/sixMonthRule.js';
import type { IsoDate } from '../../src/domain/isoDateType.js';

const d = (s: string): IsoDate => s as IsoDate;

describe('the six-month non-attendance rule (section 85)', () => {
  it('should end the period six calendar months after the last attendance, clamped to the month', () => {
    expect(sixMonthStatus(d('2026-01-15'), [], d('2026-02-01')).periodEndsOn).toBe('2026-07-15');
    expect(sixMonthStatus(d('2025-08-31'), [], d('2025-09-01')).periodEndsOn).toBe('2026-02-28');
  });

  it('should warn in the last weeks, and say the membership has lapsed once the period has passed', () => {
    expect(sixMonthStatus(d('2026-01-15'), [], d('2026-03-01')).state).toBe('attending');
    const warned = sixMonthStatus(d('2026-01-15'), [], d('2026-06-01'));
    expect(warned.state).toBe('warning');
    expect(warned.daysLeft).toBe(44);
    expect(warned.daysLeft).toBeLessThanOrEqual(WARNING_DAYS);
    expect(sixMonthStatus(d('2026-01-15'), [], d('2026-07-15')).state).toBe('warning');
    expect(sixMonthStatus(d('2026-01-15'), [], d('2026-07-16')).state).toBe('lapsed');
  });

  it('should excuse absence only for an approval made within the period', () => {
    const inTime = { approvedOn: d('2026-06-20'), reason: 'Illness', until: d('2027-01-31') };
    expect(sixMonthStatus(d('2026-01-15'), [inTime], d('2026-09-01')).state).toBe('excused');
    const tooLate = { approvedOn: d('2026-07-20'), reason: 'Illness', until: null };
    expect(sixMonthStatus(d('2026-01-15'), [tooLate], d('2026-09-01')).state).toBe('lapsed');
    const beforeLastAttendance = { approvedOn: d('2025-12-01'), reason: 'Old', until: null };
    expect(sixMonthStatus(d('2026-01-15'), [beforeLastAttendance], d('2026-09-01')).state).toBe('lapsed');
  });

  it('should warn again as an approval runs out, and stop excusing once it has', () => {
    const approval = { approvedOn: d('2026-06-20'), reason: 'Illness', until: d('2026-10-31') };
    expect(sixMonthStatus(d('2026-01-15'), [approval], d('2026-10-01')).state).toBe('warning');
    expect(sixMonthStatus(d('2026-01-15'), [approval], d('2026-11-01')).state).toBe('lapsed');
    const open = { approvedOn: d('2026-06-20'), reason: 'Maternity leave', until: null };
    const status = sixMonthStatus(d('2026-01-15'), [open], d('2027-06-01'));
    expect(status.state).toBe('excused');
    expect(status.approval?.reason).toBe('Maternity leave');
  });
});
