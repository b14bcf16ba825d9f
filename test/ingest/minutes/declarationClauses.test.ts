import { describe, expect, it } from 'vitest';
import { declarationClauses } from '../../../src/ingest/minutes/declarationClauses.js';

describe('declarationClauses', () => {
  it('cuts a sentence before a second subject with its own verb', () => {
    expect(declarationClauses('NO declared interest in Mill Cottage and NS declared interest in item 11')).toEqual([
      'NO declared interest in Mill Cottage',
      'NS declared interest in item 11',
    ]);
    expect(
      declarationClauses(
        'Cllr Ann Bell declared a personal interest in item 4; Cllr Tom Hale declared an interest in item 5',
      ),
    ).toEqual(['Cllr Ann Bell declared a personal interest in item 4', 'Cllr Tom Hale declared an interest in item 5']);
  });

  it('keeps one subject of several people, and a list of items, whole', () => {
    expect(declarationClauses('Cllrs Ann Bell and Tom Hale declared an interest in item 4')).toHaveLength(1);
    expect(
      declarationClauses(
        'Cllr Ann Bell declared an interest in items 4 and 5 and Cllr Tom Hale declared one in item 6',
      ),
    ).toEqual(['Cllr Ann Bell declared an interest in items 4 and 5', 'Cllr Tom Hale declared one in item 6']);
  });

  it('cuts at a full stop before a second subject, not at an initial or a title', () => {
    expect(
      declarationClauses(
        'GH and Clerk declared an interest in the Allotment Society. SWL declared an interest in item 5',
      ),
    ).toEqual(['GH and Clerk declared an interest in the Allotment Society', 'SWL declared an interest in item 5']);
    expect(declarationClauses('Cllr A. Bell declared an interest in item 4 with Cllr. Hale declared too')).toHaveLength(
      1,
    );
  });
});
