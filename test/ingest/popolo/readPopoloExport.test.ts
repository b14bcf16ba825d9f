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

  it('should read decision notices with their call-ins, and refuse one naming an item the file lacks', () => {
    const notice = {
      id: 'dn1',
      title: 'Library hours',
      decision: 'To extend them',
      maker_kind: 'executive',
      decision_maker: 'Cabinet',
      organization_id: 'b1',
      item_id: null,
      is_key: false,
      reasons: 'Demand',
      alternatives: null,
      call_in: 'subject_to_call_in',
      urgency_reason: null,
      decided_on: '2025-03-03',
      published_on: '2025-03-05',
      call_in_deadline: '2025-03-12',
      implementable_on: '2025-03-13',
      call_ins: [
        {
          id: 'c1',
          requested_on: '2025-03-10',
          members: ['Cllr A'],
          grounds: 'Not consulted',
          outcome: 'pending',
          outcome_on: null,
          outcome_notes: null,
        },
      ],
      created_at: '2025-03-05T09:00:00Z',
      updated_at: '2025-03-10T09:00:00Z',
    };
    const doc = (n: unknown) => ({
      meta: META,
      organizations: [ORGANIZATION],
      persons: [],
      events: [],
      'quorum:decision_notices': [n],
    });
    const read = readPopoloExport(bytes(doc(notice)));
    expect(read['quorum:decision_notices'][0]!.call_ins[0]).toMatchObject({ id: 'c1', created_at: null });
    expect(read['quorum:forward_plan']).toEqual([]);
    expect(problem(doc({ ...notice, item_id: 'i9' }))).toBe(
      'quorum:decision_notices[0].item_id names item "i9", which is not in the file',
    );
    expect(problem(doc({ ...notice, call_in: 'maybe' }))).toMatch(/^quorum:decision_notices\.0\.call_in/);
  });
});
