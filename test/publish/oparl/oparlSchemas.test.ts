import { describe, expect, it } from 'vitest';
import { oparlErrors } from './oparlSchemas.js';

// The schemas must be able to say no, or a green test proves nothing.
describe('OParl 1.1 schemas as compiled for the tests', () => {
  it('should reject objects that break them', () => {
    expect(
      oparlErrors('System', {
        id: 'https://x.example/oparl/v1/system',
        type: 'https://schema.oparl.org/1.1/System',
        oparlVersion: 'https://schema.oparl.org/1.1/',
        body: 'https://x.example/b',
      }),
    ).toEqual([]);
    expect(
      oparlErrors('System', {
        id: 'https://x.example/s',
        type: 'https://schema.oparl.org/1.0/System',
        oparlVersion: 'x',
        body: 'https://x.example/b',
      }).length,
    ).toBeGreaterThan(0);
    expect(
      oparlErrors('Body', { id: 'https://x.example/b', type: 'https://schema.oparl.org/1.1/Body', name: 'B' }).join(),
    ).toContain('organization');
    expect(
      oparlErrors('Meeting', {
        id: 'https://x.example/m',
        type: 'https://schema.oparl.org/1.1/Meeting',
        start: '2025-01-01 10:00',
      }).join(),
    ).toContain('date-time');
    expect(
      oparlErrors('File', { id: 'https://x.example/f', type: 'https://schema.oparl.org/1.1/File' }).join(),
    ).toContain('accessUrl');
  });

  it('should check embedded objects against their own schema', () => {
    const meeting = {
      id: 'https://x.example/m',
      type: 'https://schema.oparl.org/1.1/Meeting',
      agendaItem: [{ id: 'https://x.example/a', type: 'https://schema.oparl.org/1.1/AgendaItem', public: 'yes' }],
    };
    expect(oparlErrors('Meeting', meeting).join()).toContain('boolean');
    const person = {
      id: 'https://x.example/p',
      type: 'https://schema.oparl.org/1.1/Person',
      membership: [{ id: 'https://x.example/ms', type: 'wrong' }],
    };
    expect(oparlErrors('Person', person).length).toBeGreaterThan(0);
    const item = {
      id: 'https://x.example/a',
      type: 'https://schema.oparl.org/1.1/AgendaItem',
      auxiliaryFile: [{ id: 'https://x.example/f', type: 'https://schema.oparl.org/1.1/File' }],
    };
    expect(oparlErrors('AgendaItem', item).join()).toContain('accessUrl');
  });
});
