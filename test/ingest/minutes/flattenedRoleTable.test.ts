import { describe, expect, it } from 'vitest';
import { splitFlattenedRoleTable } from '../../../src/ingest/minutes/flattenedRoleTable.js';
import { splitPostAfterName } from '../../../src/ingest/minutes/postAfterName.js';
import { withLabelColons } from '../../../src/ingest/minutes/bareLabels.js';

describe('splitFlattenedRoleTable', () => {
  it('splits a role column run into names', () => {
    expect(splitFlattenedRoleTable('Chairperson Ann Bell Deputy Chairperson Tom Hale Members Sue Dyer Ken Ward')).toBe(
      'Chairperson Ann Bell; Deputy Chairperson Tom Hale; Sue Dyer; Ken Ward',
    );
  });
  it('keeps a deputy mayor whole and leaves an ordinary list alone', () => {
    expect(splitFlattenedRoleTable('Ann Bell Deputy Mayor Tom Hale')).toBe('Ann Bell; Deputy Mayor Tom Hale');
    expect(splitFlattenedRoleTable('Ann Bell, Tom Hale')).toBe('Ann Bell, Tom Hale');
  });
});

describe('splitPostAfterName', () => {
  it('cuts a member post after an initials name', () => {
    expect(splitPostAfterName('Alderman M Koen Executive Mayor (Chairperson)', () => false)?.name).toBe(
      'Alderman M Koen',
    );
    expect(splitPostAfterName('Councillor C van Nooi', () => false)).toBeNull();
  });
});

describe('withLabelColons', () => {
  it('puts back a colon after a bare label before a person', () => {
    expect(withLabelColons('Present The Mayor, Cllr. A. Bell')).toBe('Present: The Mayor, Cllr. A. Bell');
    expect(withLabelColons('HALL PRESENT Alderman O Daniels')).toBe('HALL PRESENT: Alderman O Daniels');
    expect(withLabelColons('PRESENT AT THE MEETING')).toBe('PRESENT AT THE MEETING');
  });
});
