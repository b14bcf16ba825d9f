import { describe, expect, it } from 'vitest';
import { itemStartAt, type ItemStart } from '../../../src/ingest/minutes/itemStarts.js';
import { letteredTopLevel } from '../../../src/ingest/minutes/letteredItems.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';

const AGENDA = [
  'A. WELCOME – Chair Ames',
  'B. INVOCATION – Commissioner Lund',
  'C. CONSENT ITEMS:',
  '1. Warrants in the amount of $12,400.00',
  '2. Purchase orders in the amount of $3,105.50',
  '3. Minutes of the meeting held on May 7, 2024',
  'D. ACTION ITEMS:',
  '1. CONTRACT WITH HALE PAVING',
  'E. PUBLIC COMMENTS: None',
  'F. ADJOURN',
].join('\n');

function numberedOf(lines: ReturnType<typeof toLines>, from: number, to: number): ItemStart[] {
  return lines.slice(from, to).map((l) => itemStartAt(l)!);
}

describe('letteredTopLevel', () => {
  it('should take the letters as the items when the numbered run lies inside one lettered item', () => {
    const lines = toLines(AGENDA);
    const items = letteredTopLevel(lines, numberedOf(lines, 3, 6));
    expect(items?.map((s) => [s.number, s.title, s.inlineText ?? null])).toEqual([
      ['A', 'WELCOME', 'Chair Ames'],
      ['B', 'INVOCATION', 'Commissioner Lund'],
      ['C', 'CONSENT ITEMS', null],
      ['D', 'ACTION ITEMS', null],
      ['E', 'PUBLIC COMMENTS', 'None'],
      ['F', 'ADJOURN', null],
    ]);
  });

  it('should keep a numbered run that crosses the letters, and ignore letters before names in ordinary case', () => {
    const lines = toLines(
      ['A. APOLOGIES', '1. Apologies', 'B. MINUTES', '2. Minutes', 'C. FINANCE', '3. Finance'].join('\n'),
    );
    expect(
      letteredTopLevel(
        lines,
        [1, 3, 5].map((n) => itemStartAt(lines[n]!)!),
      ),
    ).toBeNull();
    const points = toLines(['A. Smith said the road was closed', 'B. Jones agreed', 'C. Patel asked'].join('\n'));
    expect(letteredTopLevel(points, [])).toBeNull();
  });

  it('should not read two lettered headings as the top level', () => {
    const lines = toLines(['A. CONSENT ITEMS:', '1. Warrants', '2. Purchase orders', 'B. ADJOURN'].join('\n'));
    expect(letteredTopLevel(lines, numberedOf(lines, 1, 3))).toBeNull();
  });
});
