import { describe, expect, it } from 'vitest';

import { apologiesNamedInFull } from '../../../src/ingest/minutes/absentApologies.js';

const person = (name: string) => ({ name, span: null });

describe('apologiesNamedInFull', () => {
  it('should name an apology by initial in full from the absent list, and take the member off it', () => {
    const into = {
      apologies: [{ ...person('Member H Doig'), reason: null }],
      absent: [person('Harry Doig'), person('Ann Lee')],
    };
    apologiesNamedInFull(into);
    expect(into.apologies.map((a) => a.name)).toEqual(['Harry Doig']);
    expect(into.absent.map((a) => a.name)).toEqual(['Ann Lee']);
  });

  it('should leave an apology whose initial differs from the absent member', () => {
    const into = { apologies: [{ ...person('Cllr J Doig'), reason: null }], absent: [person('Harry Doig')] };
    apologiesNamedInFull(into);
    expect(into.apologies.map((a) => a.name)).toEqual(['Cllr J Doig']);
    expect(into.absent.map((a) => a.name)).toEqual(['Harry Doig']);
  });
});
