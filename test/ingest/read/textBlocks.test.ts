import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../src/ingest/read/textBlocks.js';

const TEXT = `---
body: Harbour Board
date: 2025-02-11
---

# Harbour Board

Minutes of the meeting held at the Harbour Office
on 11 February 2025.

## 1. Apologies

- Cllr Sam Reed
2) Cllr Ann Oak

| Name | Role |
|------|------|
| Jo Bloggs | Member CC |

REPORTS:
The harbour master reported.`;

describe('textBlocks', () => {
  const blocks = textBlocks(TEXT);
  const at = (n: number): string => TEXT.slice(blocks[n]!.span.start, blocks[n]!.span.end);

  it('should give front matter, headings with levels, paragraphs, list items with markers, tables and capitals headings in order', () => {
    expect(blocks.map((b) => b.kind)).toEqual([
      'metadata',
      'heading',
      'paragraph',
      'heading',
      'list_item',
      'list_item',
      'table',
      'heading',
      'paragraph',
    ]);
    expect(blocks[1]).toMatchObject({ level: 1 });
    expect(blocks[3]).toMatchObject({ level: 2 });
    expect(blocks.filter((b) => b.kind === 'list_item').map((b) => b.marker)).toEqual(['-', '2)']);
  });

  it('should give each block the exact range of its text', () => {
    expect(at(1)).toBe('# Harbour Board');
    expect(at(2)).toBe('Minutes of the meeting held at the Harbour Office\non 11 February 2025.');
    expect(at(4)).toBe('- Cllr Sam Reed');
    expect(at(7)).toBe('REPORTS:');
  });

  it('should keep a table in rows and cells, the rule line set aside, each cell with its range', () => {
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(table.rows!.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Name', 'Role'],
      ['Jo Bloggs', 'Member CC'],
    ]);
    for (const row of table.rows!)
      for (const cell of row.cells) expect(TEXT.slice(cell.span.start, cell.span.end)).toBe(cell.text);
  });

  it('should not take a line in capitals inside a paragraph for a heading', () => {
    const text = 'The clerk read the letter\nFROM THE COUNTY ENGINEER\nabout culverts.';
    expect(textBlocks(text).map((b) => b.kind)).toEqual(['paragraph']);
  });
});
