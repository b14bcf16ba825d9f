import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/ingest/minutes/parseText.js';
import { pdfBlocks, type PdfLine } from '../../../src/ingest/read/pdfBlocks.js';

const line = (text: string, y: number, options: Partial<PdfLine> = {}): PdfLine => ({
  text,
  y,
  x: 50,
  size: 11,
  bold: false,
  ...options,
});

/** The text and blocks the PDF reader gives for one page of lines. */
function read(lines: PdfLine[]): { text: string; blocks: ReturnType<typeof pdfBlocks> } {
  return { text: lines.map((l) => l.text).join('\n'), blocks: pdfBlocks([lines], [0]) };
}

describe('items from a PDF layout', () => {
  it('should title an item by its run-in label alone', () => {
    const { text, blocks } = read([
      line('MINUTES OF THE HARBOUR BOARD MEETING HELD ON 4 MARCH 2024', 820, { bold: true, size: 14 }),
      line('Call to Order – The meeting was called to order at 6:03 p.m. by the', 790, { runIn: 15 }),
      line('President, who welcomed the members.', 776),
      line('Approval of Minutes – The minutes were approved as printed and', 750, { runIn: 21 }),
      line('signed by the President.', 736),
    ]);
    const titles = parseText(text, { blocks }).meetings[0]!.items.map((i) => i.title);
    expect(titles).toEqual(['Call to Order', 'Approval of Minutes']);
  });

  it('should take the second line of a wrapped heading ("2023/2024") for no item of its own', () => {
    const { text, blocks } = read([
      line('HARBOUR BOARD – 29 October 2024', 820, { bold: true }),
      line('Harbour Master Report', 790, { bold: true }),
      line('(Item 5)', 776),
      line('The report was noted by the members present.', 760),
      line('Regional Adoption Agency Annual Report for the year', 730, { bold: true }),
      line('2023/2024', 716, { bold: true }),
      line('(Item 6)', 702),
      line('The annual report was noted by the members.', 686),
    ]);
    const items = parseText(text, { blocks }).meetings[0]!.items.map((i) => [i.number, i.title.slice(0, 38)]);
    expect(items).toEqual([
      ['5', 'Harbour Master Report'],
      ['6', 'Regional Adoption Agency Annual Report'],
    ]);
  });
});

describe('items from a PDF layout: testimony under speakers', () => {
  it("should keep a speaker's name and street address, styled as a heading, out of the items", () => {
    const { text, blocks } = read([
      line('Harbour Board Meeting Minutes', 820, { bold: true }),
      line('March 4, 2024', 806, { bold: true }),
      line('NEW BUSINESS', 780, { bold: true }),
      line('The Chair opened the public hearing on the mooring fees.', 766),
      line('Dana Reed, 5638 SW Dogwood Drive, Rivergrove, OR', 740, { bold: true }),
      line('Ms. Reed spoke against the increase.', 726),
      line('Alex Oak, 19 Marlin Court, Rivergrove, OR', 700, { bold: true }),
      line('Mr. Oak spoke in favour.', 686),
      line('ADJOURNMENT', 660, { bold: true }),
      line('The meeting was adjourned at 9:11 p.m.', 646),
    ]);
    const titles = parseText(text, { blocks }).meetings[0]!.items.map((i) => i.title);
    expect(titles).toEqual(['NEW BUSINESS', 'ADJOURNMENT']);
  });
});
