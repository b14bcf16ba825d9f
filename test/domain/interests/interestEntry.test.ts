import { describe, expect, it } from 'vitest';
import {
  daysLate,
  REGISTER_DEADLINE_DAYS,
  registrationDeadline,
  reviewStatus,
} from '../../../src/domain/interests/interestEntry.js';

describe('registering an interest within 28 days', () => {
  it('should count the 28 days from the day the interest arose, across a month end', () => {
    expect(REGISTER_DEADLINE_DAYS).toBe(28);
    expect(registrationDeadline('2026-01-31')).toBe('2026-02-28');
    expect(registrationDeadline('2024-02-01')).toBe('2024-02-29');
  });

  it('should call an entry registered on the 28th day in time, and on the 29th one day late', () => {
    expect(daysLate({ aroseOn: '2026-03-01', registeredOn: '2026-03-01' })).toBe(0);
    expect(daysLate({ aroseOn: '2026-03-01', registeredOn: '2026-03-29' })).toBe(0);
    expect(daysLate({ aroseOn: '2026-03-01', registeredOn: '2026-03-30' })).toBe(1);
    expect(daysLate({ aroseOn: '2025-12-20', registeredOn: '2026-02-16' })).toBe(30);
  });
});

describe('reviewing a register each year', () => {
  it('should flag a register never reviewed, or last reviewed over a year ago', () => {
    expect(reviewStatus(null, '2026-05-01')).toBe('never');
    expect(reviewStatus('2025-05-01', '2026-05-01')).toBe('current');
    expect(reviewStatus('2025-04-30', '2026-05-01')).toBe('overdue');
  });
});
