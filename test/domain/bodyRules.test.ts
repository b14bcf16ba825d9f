import { describe, expect, it } from 'vitest';
import {
  balanceWarnings,
  concernsEducation,
  isCurrentMembership,
  sizeWarning,
  votingScopeWarnings,
  type SeatHolder,
} from '../../src/domain/bodyRules.js';
import { correctionText } from '../../src/domain/correction.js';
import { readSeatLines, seatLines } from '../../src/domain/politicalBalance.js';

const holder = (personId: string, party: string | null): SeatHolder => ({ personId, name: `Cllr ${personId}`, party });

describe('a body’s rules', () => {
  it('should warn when more people hold seats than the body has, counting a person once', () => {
    const three = [holder('a', 'Labour'), holder('b', 'Labour'), holder('c', 'Green')];
    expect(sizeWarning(3, three)).toBeNull();
    expect(sizeWarning(null, three)).toBeNull();
    expect(sizeWarning(2, three)?.kind).toBe('over_size');
    expect(sizeWarning(2, three)?.message).toBe('3 members hold seats, but the body has 2 seats');
    expect(sizeWarning(2, [holder('a', null), holder('a', null)])).toBeNull();
  });

  it('should compare seats held by each group with its allocation, and name members of no recorded group', () => {
    const seats = [
      { party: 'Labour', seats: 2 },
      { party: 'Green', seats: 1 },
    ];
    expect(balanceWarnings(seats, [holder('a', 'Labour'), holder('b', 'labour '), holder('c', 'Green')])).toEqual([]);
    expect(balanceWarnings([], [holder('a', 'Reform')])).toEqual([]);
    const off = balanceWarnings(seats, [holder('a', 'Labour'), holder('c', 'Reform'), holder('d', null)]);
    expect(off.map((w) => w.message)).toEqual([
      'Labour holds 1 of its 2 seats',
      'Green holds 0 of its 1 seat',
      '1 member is of Reform, which has no seats in the allocation',
      'No political group is recorded for Cllr d',
    ]);
    expect(off.every((w) => w.kind === 'balance_off')).toBe(true);
  });

  it('should warn of a co-optee without a vote recorded voting, and an education co-optee voting on other matters', () => {
    const coOptees = [
      {
        personId: 'p',
        name: 'Pat Church',
        role: 'co_optee' as const,
        votingScope: 'education' as const,
        startsOn: '2024-01-01',
        endsOn: null,
      },
      {
        personId: 'q',
        name: 'Quinn Parent',
        role: 'co_optee' as const,
        votingScope: 'none' as const,
        startsOn: null,
        endsOn: null,
      },
      {
        personId: 'r',
        name: 'Rae Full',
        role: 'co_optee' as const,
        votingScope: 'full' as const,
        startsOn: null,
        endsOn: null,
      },
    ];
    const votes = [
      { personId: 'p', date: '2024-03-01', itemTitle: 'Schools admissions policy' },
      { personId: 'p', date: '2024-03-01', itemTitle: 'Car parking charges' },
      { personId: 'p', date: '2023-06-01', itemTitle: 'Car parking charges' },
      { personId: 'q', date: '2024-03-01', itemTitle: 'Schools admissions policy' },
      { personId: 'r', date: '2024-03-01', itemTitle: 'Car parking charges' },
    ];
    const warnings = votingScopeWarnings(coOptees, votes);
    expect(warnings.map((w) => [w.kind, w.message])).toEqual([
      [
        'vote_outside_scope',
        'Pat Church may vote only on education matters, but is recorded voting on “Car parking charges” (2024-03-01), which does not read as one',
      ],
      [
        'non_voting_co_optee_voted',
        'Quinn Parent is a co-optee without a vote, but is recorded voting on “Schools admissions policy” (2024-03-01)',
      ],
    ]);
    expect(concernsEducation('Special Educational Needs (SEND) update')).toBe(true);
    expect(concernsEducation('Highways maintenance')).toBe(false);
  });

  it('should take a membership’s own dates over the evidence of attendance to say whether it is current', () => {
    const base = { basis: 'inferred' as const, firstSeenOn: '2024-01-10', lastSeenOn: '2024-03-10' };
    expect(isCurrentMembership({ ...base, startsOn: null, endsOn: null }, '2024-03-10', '2024-04-01')).toBe(true);
    expect(isCurrentMembership({ ...base, startsOn: null, endsOn: '2024-03-31' }, '2024-03-10', '2024-04-01')).toBe(
      false,
    );
    expect(isCurrentMembership({ ...base, startsOn: '2024-05-01', endsOn: null }, '2024-03-10', '2024-04-01')).toBe(
      false,
    );
    expect(isCurrentMembership({ ...base, startsOn: null, endsOn: null }, '2024-04-10', '2024-04-20')).toBe(false);
  });
});

describe('political balance lines', () => {
  it('should read one group a line and write them back the same', () => {
    const read = readSeatLines('Labour: 7\n\n  Green Party = 2 \r\nIndependent:1');
    expect(read).toEqual({
      ok: true,
      seats: [
        { party: 'Labour', seats: 7 },
        { party: 'Green Party', seats: 2 },
        { party: 'Independent', seats: 1 },
      ],
    });
    expect(read.ok && seatLines(read.seats)).toBe('Labour: 7\nGreen Party: 2\nIndependent: 1');
  });

  it('should name the line it cannot read, and a group given twice', () => {
    expect(readSeatLines('Labour: 7\nGreens')).toEqual({
      ok: false,
      problem: 'Line 2 must be a group and its seats, like "Labour: 7"',
    });
    expect(readSeatLines('Labour: 7\nlabour: 2')).toEqual({ ok: false, problem: 'Line 2 names labour a second time' });
    expect(readSeatLines('')).toEqual({ ok: true, seats: [] });
  });
});

describe('corrections', () => {
  it('should say what the document said, what it is now, who corrected it and when', () => {
    const c = {
      id: 'x',
      subjectKind: 'membership' as const,
      subjectId: 'm',
      sourceDocumentId: null,
      correctedBy: 'clerk@council.example',
      correctedAt: '2025-05-05T09:00:00.000Z',
    };
    expect(correctionText({ ...c, field: 'role', documentValue: 'member', correctedValue: 'chair' })).toBe(
      'Role: the document said member; corrected to chair by clerk@council.example on 5 May 2025.',
    );
    expect(correctionText({ ...c, field: 'endsOn', documentValue: null, correctedValue: '2025-03-31' })).toBe(
      'End date: the document said nothing; corrected to 31 March 2025 by clerk@council.example on 5 May 2025.',
    );
    expect(correctionText({ ...c, field: 'name', documentValue: 'Same Garrard', correctedValue: 'Jane Garrard' })).toBe(
      'Name: the document said “Same Garrard”; corrected to “Jane Garrard” by clerk@council.example on 5 May 2025.',
    );
  });
});
