import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttendanceKind } from '../../../src/domain/attendance.js';
import type { VotingScope } from '../../../src/domain/membership.js';
import {
  attendsItem,
  itemSpan,
  quorumAtItems,
  quorumAtStart,
  seatsOf,
  type QuorumSetting,
} from '../../../src/domain/register/quorumAtItems.js';
import type { ItemMoment } from '../../../src/domain/register/registerLine.js';

const ITEMS = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8'].map((id) => ({ id }));
const IDS = ITEMS.map((i) => i.id);
/** Quorum of 3 (one quarter of 12, never fewer than three). */
const SETTING: QuorumSetting = {
  rule: { fraction: 0.25, minimum: 3 },
  size: 12,
  allowsSubstitutes: true,
  remoteCounts: false,
};

interface TestLine {
  personId: string;
  kind: AttendanceKind;
  remote: boolean;
  substituteForId: string | null;
  arrival: ItemMoment | null;
  departure: ItemMoment | null;
}

function line(personId: string, over: Partial<TestLine> = {}): TestLine {
  return { personId, kind: 'present', remote: false, substituteForId: null, arrival: null, departure: null, ...over };
}
const arrived = (itemId: string, during: boolean): ItemMoment => ({ itemId, during, time: null });
const left = arrived;

const members = (entries: Record<string, VotingScope>) => new Map(Object.entries(entries));
const FULL = members({ a: 'full', b: 'full', c: 'full', d: 'full' });
const quorate = (q: ReturnType<typeof quorumAtItems>) => q.map((i) => (i.quorate ? 'Q' : '-')).join('');

describe('who is in the meeting at item N', () => {
  it('should count someone arriving during item 5 from item 6, and before item 5 from item 5', () => {
    expect(itemSpan({ arrival: arrived('i5', true), departure: null }, IDS)).toEqual({ from: 5, to: 7 });
    expect(itemSpan({ arrival: arrived('i5', false), departure: null }, IDS)).toEqual({ from: 4, to: 7 });
  });

  it('should count someone leaving after item 7 up to item 7, and during item 7 up to item 6', () => {
    expect(itemSpan({ arrival: null, departure: left('i7', false) }, IDS)).toEqual({ from: 0, to: 6 });
    expect(itemSpan({ arrival: null, departure: left('i7', true) }, IDS)).toEqual({ from: 0, to: 5 });
  });

  it('should leave an end open when its item is unknown or no longer on the agenda', () => {
    expect(
      itemSpan({ arrival: { itemId: null, during: true, time: '19:05' }, departure: left('gone', false) }, IDS),
    ).toEqual({
      from: 0,
      to: 7,
    });
  });

  it('should count no one for an item they arrived and left during', () => {
    const l = line('a', { arrival: arrived('i3', true), departure: left('i3', true) });
    expect(IDS.map((_, i) => attendsItem(l, IDS, i))).toEqual(Array(8).fill(false));
  });

  it('should never put apologies, absence or those in attendance in the meeting', () => {
    for (const kind of ['apologies', 'absent', 'in_attendance'] as const)
      expect(attendsItem(line('a', { kind }), IDS, 0)).toBe(false);
  });
});

describe('the quorum at each item', () => {
  it('should become quorate when a third member arrives and inquorate when one leaves', () => {
    const q = quorumAtItems(
      [line('a'), line('b'), line('c', { arrival: arrived('i3', true) }), line('b2', { departure: left('i6', false) })],
      ITEMS,
      members({ a: 'full', b: 'full', c: 'full', b2: 'full' }),
      SETTING,
    );
    // a and b throughout, b2 to item 6, c from item 4.
    expect(q.map((i) => i.counted.length)).toEqual([3, 3, 3, 4, 4, 4, 3, 3]);
    expect(q[0]).toMatchObject({ itemId: 'i1', needed: 3, quorate: true });
  });

  it('should warn on exactly the items taken while inquorate', () => {
    const q = quorumAtItems(
      [
        line('a'),
        line('b'),
        line('c', { departure: left('i4', true), arrival: null }),
        line('d', { arrival: arrived('i6', false) }),
      ],
      ITEMS,
      FULL,
      SETTING,
    );
    // c there for items 1-3, d from item 6: items 4 and 5 have a and b only.
    expect(quorate(q)).toBe('QQQ--QQQ');
  });

  it("should count a substitute in the place of an absent member, with that member's voting rights", () => {
    const lines = [line('a'), line('b'), line('s', { kind: 'substitute', substituteForId: 'c' })];
    expect(quorate(quorumAtItems(lines, ITEMS, FULL, SETTING))).toBe('QQQQQQQQ');
    expect(quorate(quorumAtItems(lines, ITEMS, FULL, { ...SETTING, allowsSubstitutes: false }))).toBe('--------');
    const forCoOptee = [line('a'), line('b'), line('s', { kind: 'substitute', substituteForId: 'co' })];
    expect(quorate(quorumAtItems(forCoOptee, ITEMS, members({ a: 'full', b: 'full', co: 'none' }), SETTING))).toBe(
      '--------',
    );
  });

  it('should not count a substitute while the member they stand for is counted', () => {
    const q = quorumAtItems(
      [
        line('a'),
        line('c', { arrival: arrived('i4', false) }),
        line('s', { kind: 'substitute', substituteForId: 'c', departure: left('i3', false) }),
      ],
      ITEMS,
      FULL,
      SETTING,
    );
    expect(q.map((i) => i.counted.length)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it('should not count co-optees without a vote, and education co-optees only on education items', () => {
    const items = [{ id: 'i1' }, { id: 'i2', educationItem: true }];
    const q = quorumAtItems(
      [line('a'), line('b'), line('co'), line('edu')],
      items,
      members({ a: 'full', b: 'full', co: 'none', edu: 'education' }),
      SETTING,
    );
    expect(q.map((i) => [...i.counted].sort())).toEqual([
      ['a', 'b'],
      ['a', 'b', 'edu'],
    ]);
    expect(quorate(q)).toBe('-Q');
  });

  it('should not count remote attendance unless the setting says it counts', () => {
    const lines = [line('a'), line('b'), line('c', { remote: true })];
    expect(quorate(quorumAtItems(lines, ITEMS, FULL, SETTING))).toBe('--------');
    expect(quorumAtItems(lines, ITEMS, FULL, SETTING)[0]!.attending).toContain('c');
    expect(quorate(quorumAtItems(lines, ITEMS, FULL, { ...SETTING, remoteCounts: true }))).toBe('QQQQQQQQ');
  });

  it('should count at the start only those there before the first item', () => {
    const start = quorumAtStart(
      [line('a'), line('b', { arrival: arrived('i1', false) }), line('c', { arrival: arrived('i1', true) })],
      IDS,
      FULL,
      SETTING,
    );
    expect([...start.counted].sort()).toEqual(['a', 'b']);
    expect(start.quorate).toBe(false);
  });

  it('should take the seats from the body size (vacancies count), else from members with a vote', () => {
    expect(seatsOf(15, FULL)).toBe(15);
    expect(seatsOf(null, members({ a: 'full', b: 'education', c: 'none' }))).toBe(2);
  });

  it('should never count more than attend, and count the same whatever the order of the lines (property)', () => {
    const moment = fc.option(
      fc.record({ itemId: fc.constantFrom(...IDS, 'gone'), during: fc.boolean(), time: fc.constant(null) }),
      {
        nil: null,
      },
    );
    const arbLine = fc.record({
      personId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 's1', 's2'),
      kind: fc.constantFrom<AttendanceKind>('present', 'substitute', 'apologies', 'absent', 'in_attendance'),
      remote: fc.boolean(),
      substituteForId: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null }),
      arrival: moment,
      departure: moment,
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbLine, { selector: (l) => l.personId, maxLength: 7 }), (lines) => {
        const q = quorumAtItems(lines, ITEMS, FULL, SETTING);
        const reversed = quorumAtItems([...lines].reverse(), ITEMS, FULL, SETTING);
        for (const [i, item] of q.entries()) {
          expect(item.counted.every((p) => item.attending.includes(p))).toBe(true);
          expect(item.quorate).toBe(item.counted.length >= 3);
          expect(reversed[i]!.quorate).toBe(item.quorate);
        }
      }),
    );
  });
});
