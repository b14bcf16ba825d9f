import { describe, expect, it } from 'vitest';
import { pdfBlocks, type PdfLine } from '../../../src/ingest/read/pdfBlocks.js';

const line = (text: string, y: number, options: Partial<PdfLine> = {}): PdfLine => ({
  text,
  y,
  x: 50,
  size: 11,
  bold: false,
  ...options,
});

/** Pages as pdfText joins them: lines by newlines, pages by form feeds. */
function layout(pages: PdfLine[][]): { text: string; pageStarts: number[] } {
  const texts = pages.map((p) => p.map((l) => l.text).join('\n'));
  const pageStarts: number[] = [];
  let offset = 0;
  for (const t of texts) {
    pageStarts.push(offset);
    offset += t.length + 1;
  }
  return { text: texts.join('\f'), pageStarts };
}

describe('pdfBlocks', () => {
  const pages: PdfLine[][] = [
    [
      line('HARBOUR BOARD', 800, { size: 16, bold: true }),
      line('Minutes of the meeting held on 11 February 2025.', 770),
      line('Apologies for Absence', 740, { bold: true }),
      line('Apologies were received from Cllr Reed and Cllr Oak who', 720),
      line('sent their regrets.', 706),
      line('Harbour Board 11.02.25', 40),
      line('Page 1', 26),
    ],
    [
      line('a) the harbour master reported', 800),
      line('Item\tPages', 780),
      line('Mooring charges\t3 - 10', 765),
      line('REPORTS:', 740),
      line('The board noted the report.', 710),
      line('Harbour Board 11.02.25', 40),
      line('Page 2', 26),
    ],
  ];
  const { text, pageStarts } = layout(pages);
  const blocks = pdfBlocks(pages, pageStarts);
  const slice = (b: { span: { start: number; end: number } }): string => text.slice(b.span.start, b.span.end);

  it('should set running footers and page numbers aside as page furniture, with their page', () => {
    const furniture = blocks.filter((b) => b.kind === 'page_footer');
    expect(furniture.map((b) => [slice(b), b.page])).toEqual([
      ['Harbour Board 11.02.25', 1],
      ['Page 1', 1],
      ['Harbour Board 11.02.25', 2],
      ['Page 2', 2],
    ]);
  });

  it("should keep an item's reference that opens or closes a page: only its number differs from page to page", () => {
    const words = ['harbour', 'budget', 'schools', 'parks', 'housing', 'roads'];
    const items: PdfLine[][] = words.map((word, k) => [
      line(k === 1 || k === 4 ? `(Item ${k * 2 + 2})` : `The ${word} report was introduced.`, 800),
      line(`Members asked about the ${word} figures.`, 780),
      line(`The ${word} officer answered them.`, 760),
      line(`Discussion of the ${word} plan went on.`, 740),
      line(`The ${word} plan was noted by all.`, 720),
      line(`Minutes - Page ${k + 1} of 6`, 26),
    ]);
    const laid = layout(items);
    const found = pdfBlocks(items, laid.pageStarts);
    const text = (b: { span: { start: number; end: number } }): string => laid.text.slice(b.span.start, b.span.end);
    const furniture = found.filter((b) => b.kind === 'page_header' || b.kind === 'page_footer').map(text);
    expect(furniture).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Minutes - Page ${n} of 6`));
  });

  it('should take larger and wholly bold short lines, and capitals standing apart, for headings', () => {
    const headings = blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((b) => [slice(b), b.level, b.bold])).toEqual([
      ['HARBOUR BOARD', 1, true],
      ['Apologies for Absence', 2, true],
      ['REPORTS:', null, false],
    ]);
  });

  it('should join evenly spaced lines into one paragraph, and give list items and table cells', () => {
    const paragraph = blocks.find((b) => b.kind === 'paragraph' && slice(b).startsWith('Apologies were'))!;
    expect(slice(paragraph)).toBe('Apologies were received from Cllr Reed and Cllr Oak who\nsent their regrets.');
    expect(blocks.find((b) => b.kind === 'list_item')).toMatchObject({ marker: 'a)', page: 2 });
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(table.rows!.map((r) => r.cells.map((c) => text.slice(c.span.start, c.span.end)))).toEqual([
      ['Item', 'Pages'],
      ['Mooring charges', '3 - 10'],
    ]);
  });
});

describe('pdfBlocks page numbers', () => {
  it('should set bare numbers aside as page numbers only when they go up with the pages', () => {
    const pages: PdfLine[][] = [
      [line('Minutes of the board', 800), line('The board met.', 780), line('460', 30)],
      [line('5', 800), line('Planning', 780), line('The board noted the plans.', 760), line('461', 30)],
    ];
    const { text, pageStarts } = layout(pages);
    const blocks = pdfBlocks(pages, pageStarts);
    const footers = blocks.filter((b) => b.kind === 'page_footer' || b.kind === 'page_header');
    expect(footers.map((b) => text.slice(b.span.start, b.span.end))).toEqual(['460', '461']);
  });
});

describe('pdfBlocks furniture by position', () => {
  it("should set aside text repeated at one height, and keep an item's reference standing wherever its page's text ends", () => {
    const pages: PdfLine[][] = [1, 2, 3, 4, 5, 6].map((n) => [
      line('Parks Committee', 812, { size: 9 }),
      line(`The report on plan ${n} was introduced.`, 790),
      line(`Members asked about plan ${n}.`, 770),
      line(`(Item ${n + 2})`, 760 - n * 30),
      line(`${n}`, 30),
    ]);
    const laid = layout(pages);
    const blocks = pdfBlocks(pages, laid.pageStarts);
    const text = (b: { span: { start: number; end: number } }): string => laid.text.slice(b.span.start, b.span.end);
    const furniture = blocks.filter((b) => b.kind === 'page_header' || b.kind === 'page_footer').map(text);
    expect(furniture.filter((t) => t.startsWith('(Item'))).toEqual([]);
    expect(furniture.filter((t) => t === 'Parks Committee')).toHaveLength(6);
    expect(blocks.filter((b) => b.kind === 'paragraph' && text(b).startsWith('(Item'))).toHaveLength(6);
  });
});

describe('pdfBlocks run-in labels, wrapped headings and list items', () => {
  const pages: PdfLine[][] = [
    [
      line('Roads – Main was regraded before the rains and is', 800, { runIn: 7 }),
      line('holding up well.', 786),
      line('Regional Adoption Agency Annual Report for the year', 750, { bold: true }),
      line('2023/2024', 736, { bold: true }),
      line('1. The Chair agreed to write to the group leaders', 700, { x: 50 }),
      line('about their duty as corporate parents.', 686, { x: 68 }),
      line('Members noted the report.', 650),
    ],
  ];
  const laid = layout(pages);
  const blocks = pdfBlocks(pages, laid.pageStarts);
  const text = (b: { span: { start: number; end: number } }): string => laid.text.slice(b.span.start, b.span.end);

  it('should give a bold run-in label as a heading of its own, below standalone headings, and the rest as a paragraph', () => {
    const label = blocks.find((b) => text(b).startsWith('Roads'))!;
    expect([label.kind, text(label), label.bold]).toEqual(['heading', 'Roads –', true]);
    const standalone = blocks.find((b) => text(b).startsWith('Regional'))!;
    expect(label.level).toBeGreaterThan(standalone.level!);
    const rest = blocks.find((b) => text(b).startsWith('Main was'))!;
    expect([rest.kind, text(rest)]).toEqual([
      'paragraph',
      'Main was regraded before the rains and is\nholding up well.',
    ]);
  });

  it("should keep a long heading's second line in it, even without letters, and a list item's hanging lines in the item", () => {
    const heading = blocks.find((b) => text(b).startsWith('Regional'))!;
    expect(text(heading)).toBe('Regional Adoption Agency Annual Report for the year\n2023/2024');
    const item = blocks.find((b) => b.kind === 'list_item')!;
    expect([item.marker, text(item)]).toEqual([
      '1.',
      '1. The Chair agreed to write to the group leaders\nabout their duty as corporate parents.',
    ]);
    expect(blocks.find((b) => text(b) === 'Members noted the report.')?.kind).toBe('paragraph');
  });
});

describe('pdfBlocks numbers set apart and long bold titles', () => {
  const pages: PdfLine[][] = [
    [
      line('Minutes of the meeting of the Harbour Board held on Wednesday 13 February 2008 at', 800, { bold: true }),
      line('8.00pm in the Harbour Office', 787, { bold: true }),
      line('Members present: Cllrs Reed and Oak', 760),
      line('114.\tAPOLOGIES FOR ABSENCE', 730),
      line('None were received.', 715),
      line('Berth\tRate', 690),
      line('North quay\t£12', 676),
    ],
  ];
  const laid = layout(pages);
  const blocks = pdfBlocks(pages, laid.pageStarts);
  const text = (b: { span: { start: number; end: number } }): string => laid.text.slice(b.span.start, b.span.end);

  it('should read a bold title wrapped onto a second bold line as one heading', () => {
    const title = blocks[0]!;
    expect([title.kind, text(title).split('\n').length]).toEqual(['heading', 2]);
  });

  it('should take a number set apart from its title by a gap for a list item, and keep real tables', () => {
    const item = blocks.find((b) => text(b).startsWith('114.'))!;
    expect([item.kind, item.marker]).toEqual(['list_item', '114.']);
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(table.rows!.length).toBe(2);
  });
});

describe('pdfBlocks page numbers standing alone', () => {
  it("should set aside a page's own number at its foot away from the margin, and keep a short page's other lines", () => {
    const pages: PdfLine[][] = [
      [line('Minutes of the board', 800), line('The board met.', 780), line('1', 30, { x: 520 })],
      [line('Planning', 800), line('The board noted the plans.', 780), line('2023/2024', 760)],
    ];
    const { text, pageStarts } = layout(pages);
    const furniture = pdfBlocks(pages, pageStarts).filter((b) => b.kind === 'page_footer' || b.kind === 'page_header');
    expect(furniture.map((b) => text.slice(b.span.start, b.span.end))).toEqual(['1']);
  });
});

describe('pdfBlocks headings in capitals with an aside, and long run-in labels', () => {
  const pages: PdfLine[][] = [
    [
      line('The meeting of the Harbour Board was called to order at 6:05 p.m.', 800),
      line('PUBLIC FORUM, AGENDA ITEMS (Public Comment)', 770),
      line('None.', 750),
      line('Speakers were heard (see the Clerk)', 720),
      line('SITE VISIT WITH THE MAYOR AND THE HARBOUR MASTER FOR JUNE 2025: Staff reported', 690),
      line('that the visit would be arranged.', 676),
    ],
  ];
  const laid = layout(pages);
  const blocks = pdfBlocks(pages, laid.pageStarts);
  const text = (b: { span: { start: number; end: number } }): string => laid.text.slice(b.span.start, b.span.end);

  it('should take a line in capitals closed by an aside in ordinary case for a heading, not a sentence with one', () => {
    const forum = blocks.find((b) => text(b).startsWith('PUBLIC FORUM'))!;
    expect([forum.kind, forum.bold]).toEqual(['heading', false]);
    expect(blocks.find((b) => text(b).startsWith('Speakers'))?.kind).toBe('paragraph');
  });

  it('should read a label of up to twelve words in capitals before a colon as a run-in heading', () => {
    const label = blocks.find((b) => text(b).startsWith('SITE VISIT'))!;
    expect([label.kind, text(label)]).toEqual([
      'heading',
      'SITE VISIT WITH THE MAYOR AND THE HARBOUR MASTER FOR JUNE 2025',
    ]);
    expect(blocks.find((b) => text(b).startsWith('Staff reported'))?.kind).toBe('paragraph');
  });
});
