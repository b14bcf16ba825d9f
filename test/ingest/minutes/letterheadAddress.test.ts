import { describe, expect, it } from 'vitest';
import { withoutAddress } from '../../../src/ingest/minutes/letterheadAddress.js';

describe('withoutAddress', () => {
  it("should end a letterhead's name before the house number of its address", () => {
    expect(withoutAddress('Parish Council 50 Pepys Way • • Rochester')).toBe('Parish Council');
    expect(withoutAddress('Ashby Town Council, 12 High Street, Ashby')).toBe('Ashby Town Council');
  });

  it('should keep a name whose number is no house number', () => {
    expect(withoutAddress('Planning Committee 2 Minutes')).toBe('Planning Committee 2 Minutes');
    expect(withoutAddress('Council 14 March Meeting')).toBe('Council 14 March Meeting');
  });
});
