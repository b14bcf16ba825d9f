import { describe, expect, it } from 'vitest';
import { emailSchema, mayAdminister, mayClerk, passwordSchema, type Account } from '../../src/domain/account.js';

const account = (over: Partial<Account>): Account => ({
  id: 'a',
  email: 'a@example.org',
  role: 'clerk',
  bodyIds: [],
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  ...over,
});

describe('account rules', () => {
  it.each([
    [{ role: 'admin' }, 'b1', true],
    [{ role: 'clerk' }, 'b1', true],
    [{ role: 'clerk', bodyIds: ['b1'] }, 'b1', true],
    [{ role: 'clerk', bodyIds: ['b1'] }, 'b2', false],
    [{ role: 'councillor' }, 'b1', false],
    [{ role: 'decision_maker' }, 'b1', false],
    [{ role: 'admin', active: false }, 'b1', false],
    [{ role: 'clerk', active: false }, 'b1', false],
  ] as const)('should let %j clerk body %s: %s', (over, body, expected) => {
    expect(mayClerk(account(over), body)).toBe(expected);
  });

  it('should let only an active admin administer', () => {
    expect(mayAdminister(account({ role: 'admin' }))).toBe(true);
    expect(mayAdminister(account({ role: 'admin', active: false }))).toBe(false);
    expect(mayAdminister(account({ role: 'clerk' }))).toBe(false);
  });

  it('should compare addresses without case or spaces and refuse what is not one', () => {
    expect(emailSchema.parse('  Jo.Clerk@Council.GOV.uk ')).toBe('jo.clerk@council.gov.uk');
    expect(emailSchema.safeParse('jo at council').success).toBe(false);
  });

  it('should ask for 8 to 256 characters and nothing else of a password', () => {
    expect(passwordSchema.safeParse('short').success).toBe(false);
    expect(passwordSchema.safeParse('correct horse').success).toBe(true);
    expect(passwordSchema.safeParse('x'.repeat(257)).success).toBe(false);
  });
});
