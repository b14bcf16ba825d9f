import { describe, expect, it } from 'vitest';
import { isCurrentStatedMember, isMembershipEvidence, membershipBasisText } from '../../src/domain/membership.js';
import { officerPostKey, officerPostTitle } from '../../src/domain/officerPost.js';

const date = (d: string): string => `[${d}]`;

describe('membership evidence and labels', () => {
  it('should take presence, apologies and absence as a member as evidence, not substitutes or those in attendance', () => {
    expect(['present', 'apologies', 'absent'].every((k) => isMembershipEvidence(k as never))).toBe(true);
    expect(isMembershipEvidence('substitute')).toBe(false);
    expect(isMembershipEvidence('in_attendance')).toBe(false);
  });

  it('should label a stated membership with its record and an inferred one with its first and last evidence', () => {
    const base = { statement: null, firstSeenOn: '2025-02-10', lastSeenOn: '2025-03-10' };
    expect(membershipBasisText({ ...base, basis: 'stated' }, date)).toBe(
      'Member (stated in the record of [2025-02-10])',
    );
    expect(membershipBasisText({ ...base, basis: 'inferred' }, date)).toBe(
      'Member, inferred from attendance, first seen [2025-02-10], last seen [2025-03-10]',
    );
    expect(membershipBasisText({ ...base, lastSeenOn: '2025-02-10', basis: 'inferred' }, date)).toBe(
      'Member, inferred from attendance, first seen [2025-02-10]',
    );
  });

  it('should hold a stated membership current until a later meeting goes without the member, or a year passes', () => {
    expect(isCurrentStatedMember('2025-02-10', '2025-02-10', '2025-06-01')).toBe(true);
    expect(isCurrentStatedMember('2025-02-10', null, '2025-06-01')).toBe(true);
    expect(isCurrentStatedMember('2025-02-10', '2025-03-10', '2025-06-01')).toBe(false);
    expect(isCurrentStatedMember('2025-02-10', '2025-02-10', '2026-06-01')).toBe(false);
  });
});

describe('officer posts', () => {
  it('should read job titles, not role marks or bare words', () => {
    expect(officerPostTitle('Governance  Officer', null)).toBe('Governance Officer');
    expect(officerPostTitle('Head of Environmental Services', 'other')).toBe('Head of Environmental Services');
    expect(officerPostTitle('Chair', null)).toBeNull();
    expect(officerPostTitle('Ward councillor for Eastfield', 'other')).toBeNull();
    expect(officerPostTitle(null, 'officer')).toBeNull();
  });

  it('should give two spellings of one title one key', () => {
    expect(officerPostKey('Governance Officer.')).toBe(officerPostKey('governance  officer'));
  });
});
