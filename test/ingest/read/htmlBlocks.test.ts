import { describe, expect, it } from 'vitest';
import { htmlText } from '../../../src/ingest/read/htmlText.js';

const PAGE = `<html><body>
<h2>Parks Committee</h2>
<p>Minutes of the meeting held on 8 April 2025.</p>
<p><strong>5. Allotments</strong></p>
<ol><li>Councillor Ada Brook</li><li>Councillor Ben Carver</li></ol>
<table><tr><th>Member</th><th>Item</th></tr><tr><td>Cllr Ben Carver</td><td>4</td></tr></table>
</body></html>`;

describe('htmlText blocks', () => {
  const { text, blocks } = htmlText(PAGE);
  const slice = (span: { start: number; end: number }): string => text.slice(span.start, span.end);

  it('should give h1-h6 as headings with their level, and a paragraph set wholly in bold as a heading', () => {
    const headings = blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => [slice(h.span), h.level ?? null])).toEqual([
      ['Parks Committee', 2],
      ['5. Allotments', null],
    ]);
  });

  it('should give list items with the markers an ordered list shows', () => {
    const items = blocks.filter((b) => b.kind === 'list_item');
    expect(items.map((b) => [b.marker, slice(b.span)])).toEqual([
      ['1.', 'Councillor Ada Brook'],
      ['2.', 'Councillor Ben Carver'],
    ]);
  });

  it('should keep a table in rows and cells located exactly in the text', () => {
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(table.rows!.map((r) => r.cells.map((c) => slice(c.span)))).toEqual([
      ['Member', 'Item'],
      ['Cllr Ben Carver', '4'],
    ]);
  });

  it('should locate every block inside the text, in order', () => {
    for (const b of blocks) {
      expect(b.span.start).toBeGreaterThanOrEqual(0);
      expect(b.span.end).toBeLessThanOrEqual(text.length);
      expect(b.span.end).toBeGreaterThan(b.span.start);
    }
    const paragraph = blocks.find((b) => b.kind === 'paragraph')!;
    expect(slice(paragraph.span)).toBe('Minutes of the meeting held on 8 April 2025.');
  });
});
