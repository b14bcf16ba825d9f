import { describe, expect, it } from 'vitest';
import { readPopoloExport } from '../../../src/ingest/popolo/readPopoloExport.js';

const META = { 'quorum:extension': { version: '1' } };
const ORGANIZATION = {
  id: 'b1',
  name: 'Audit Committee',
  classification: 'committee',
  parent_id: null,
  created_at: '2025-01-01T00:00:00Z',
  'quorum:slug': 'audit-committee',
  'quorum:is_scrutiny': false,
  'quorum:size': null,
  'quorum:quorum_fraction': 0.25,
  'quorum:quorum_minimum': 3,
  'quorum:allows_substitutes': true,
};

const bytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

function problem(value: unknown): string {
  try {
    readPopoloExport(typeof value === 'string' ? new TextEncoder().encode(value) : bytes(value));
  } catch (error) {
    expect(error).toMatchObject({ code: 'INPUT_INVALID' });
    return (error as Error).message;
  }
  throw new Error('read without a problem');
}

describe('readPopoloExport', () => {
  it('should read a small export with booleans as booleans', () => {
    const doc = readPopoloExport(bytes({ meta: META, organizations: [ORGANIZATION], persons: [], events: [] }));
    expect(doc.organizations[0]).toMatchObject({ 'quorum:is_scrutiny': false, 'quorum:allows_substitutes': true });
    expect(doc.memberships).toEqual([]);
  });

  it('should name what is wrong: not JSON, not Quorum, a value outside a closed set, a dangling reference', () => {
    expect(problem('{"meta":')).toMatch(/^not JSON/);
    expect(problem({ meta: {}, organizations: [], persons: [], events: [] })).toMatch(/quorum:extension/);
    expect(
      problem({ meta: META, organizations: [{ ...ORGANIZATION, classification: 'club' }], persons: [], events: [] }),
    ).toMatch(/^organizations\.0\.classification/);
    expect(
      problem({ meta: META, organizations: [{ ...ORGANIZATION, parent_id: 'b9' }], persons: [], events: [] }),
    ).toBe('organizations[0].parent_id names organization "b9", which is not in the file');
  });
});
