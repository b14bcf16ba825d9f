import { describe, expect, it } from 'vitest';
import { BODY_KINDS } from '../../../src/domain/body.js';
import { makerKindOfBody } from '../../../src/domain/decisions/makerKindOfBody.js';

describe('makerKindOfBody', () => {
  it('reads the council, the executive and committees from their bodies', () => {
    expect(makerKindOfBody('full_council')).toBe('council');
    expect(makerKindOfBody('executive')).toBe('executive');
    expect(makerKindOfBody('sub_committee')).toBe('committee');
    expect(makerKindOfBody('panel')).toBe('committee');
  });

  it('leaves partnerships and other bodies to the clerk', () => {
    expect(makerKindOfBody('partnership')).toBeNull();
    expect(makerKindOfBody('other')).toBeNull();
  });

  it('never names an officer or a single executive member for a body', () => {
    const kinds = BODY_KINDS.map(makerKindOfBody);
    expect(kinds).not.toContain('officer');
    expect(kinds).not.toContain('executive_member');
  });
});
