import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import type { Membership } from '../../../src/domain/membership.js';
import { membersOnTheDay } from '../../../src/domain/register/membersOnTheDay.js';

type M = Parameters<typeof membersOnTheDay>[0][number];

function m(id: string, over: Partial<Membership> = {}): M {
  return {
    person: { id, name: `Councillor ${id.toUpperCase()}` },
    role: 'member',
    votingScope: 'full',
    startsOn: null,
    endsOn: null,
    basis: 'stated',
    firstSeenOn: null,
    lastSeenOn: null,
    ...over,
  };
}
const DAY = '2025-06-10' as IsoDate;
const ids = (list: { personId: string }[]) => list.map((x) => x.personId);

describe('members of the body on the day of a meeting', () => {
  it('should take stated memberships by their dates', () => {
    const { members } = membersOnTheDay(
      [
        m('a'),
        m('b', { startsOn: '2025-06-11' as IsoDate }),
        m('c', { endsOn: '2025-06-09' as IsoDate }),
        m('d', { endsOn: DAY }),
      ],
      DAY,
      null,
    );
    expect(ids(members)).toEqual(['a', 'd']);
  });

  it('should let a stated membership decide over an inferred one for the same person', () => {
    const inferred = {
      basis: 'inferred' as const,
      firstSeenOn: '2025-01-01' as IsoDate,
      lastSeenOn: '2025-12-01' as IsoDate,
    };
    const { members } = membersOnTheDay(
      [m('a', { endsOn: '2025-05-01' as IsoDate }), m('a', inferred), m('b', inferred)],
      DAY,
      null,
    );
    expect(ids(members)).toEqual(['b']);
  });

  it('should hold an inferred membership from its first evidence, and past its last while that was the latest recorded meeting', () => {
    const inf = (first: string, last: string) =>
      ({ basis: 'inferred', firstSeenOn: first as IsoDate, lastSeenOn: last as IsoDate }) as const;
    const { members } = membersOnTheDay(
      [
        m('old', inf('2024-01-01', '2024-06-01')),
        m('cur', inf('2024-01-01', '2025-05-01')),
        m('new', inf('2025-07-01', '2025-07-01')),
      ],
      DAY,
      '2025-05-01' as IsoDate,
    );
    expect(ids(members)).toEqual(['cur']);
  });

  it('should list the chair first, co-optees after members, and named substitutes apart', () => {
    const { members, substitutes } = membersOnTheDay(
      [
        m('z'),
        m('co', { role: 'co_optee', votingScope: 'none' }),
        m('ch', { role: 'chair' }),
        m('sub', { role: 'substitute' }),
      ],
      DAY,
      null,
    );
    expect(ids(members)).toEqual(['ch', 'z', 'co']);
    expect(ids(substitutes)).toEqual(['sub']);
    expect(members[2]).toMatchObject({ role: 'co_optee', votingScope: 'none' });
  });
});
