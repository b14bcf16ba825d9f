import { describe, expect, it } from 'vitest';
import { packOutlineTree, packPageRanges, packPartLabel, pageRangeText } from '../../src/domain/documentPack.js';

describe('document pack rules', () => {
  it('should give each part the pages after the front sheet and the parts before it', () => {
    expect(packPageRanges(2, [3, 1, 20])).toEqual([
      { partIndex: 0, firstPage: 3, lastPage: 5 },
      { partIndex: 1, firstPage: 6, lastPage: 6 },
      { partIndex: 2, firstPage: 7, lastPage: 26 },
    ]);
    expect(packPageRanges(1, [])).toEqual([]);
  });

  it('should print a range as packs do, and a single page alone', () => {
    expect(pageRangeText({ firstPage: 3, lastPage: 10 })).toBe('3 - 10');
    expect(pageRangeText({ firstPage: 7, lastPage: 7 })).toBe('7');
  });

  it('should name a part with its item number when it has one', () => {
    expect(packPartLabel({ itemNumber: 'CAB.12', title: 'Budget' })).toBe('CAB.12. Budget');
    expect(packPartLabel({ title: 'Agenda' })).toBe('Agenda');
  });

  it('should put an appendix under the report before it when the item matches or is not given', () => {
    const tree = packOutlineTree([
      { kind: 'agenda' },
      { kind: 'appendix' }, // no report before it: its own bookmark
      { kind: 'minutes', itemNumber: '3' },
      { kind: 'report', itemNumber: '5' },
      { kind: 'appendix', itemNumber: '5' },
      { kind: 'appendix' },
      { kind: 'appendix', itemNumber: '6' }, // another item's: its own bookmark
      { kind: 'report' },
      { kind: 'appendix', itemNumber: '9' }, // the report gives no number: not assumed to be its
    ]);
    expect(tree).toEqual([
      { partIndex: 0, children: [] },
      { partIndex: 1, children: [] },
      { partIndex: 2, children: [] },
      {
        partIndex: 3,
        children: [
          { partIndex: 4, children: [] },
          { partIndex: 5, children: [] },
        ],
      },
      { partIndex: 6, children: [] },
      { partIndex: 7, children: [] },
      { partIndex: 8, children: [] },
    ]);
  });
});
