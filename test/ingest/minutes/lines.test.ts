import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../src/ingest/documentBlock.js';
import { toLines, withLayout } from '../../../src/ingest/minutes/lines.js';

describe('toLines', () => {
  it('should open a line at each bullet inside a line, keeping exact ranges', () => {
    const text = 'Item 1: Record • Members: Cllrs A, B • Apologies: Cllr C';
    const lines = toLines(text);
    expect(lines.map((l) => l.text)).toEqual(['Item 1: Record', 'Members: Cllrs A, B', 'Apologies: Cllr C']);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it('should not take two spaces after full stops in a long paragraph for gaps between blocks', () => {
    const paragraph =
      'a.  Following the complaints procedure the Council heard both parties and it was agreed to write to them.  ' +
      'However, the Council were sympathetic to the tenant and would not pursue the matter further.  Further, the ' +
      'Council wished the tenant well and thanked the officers for their work on the lease over many months.  The ' +
      'Clerk would write to confirm the decision and the dates by which the site must be cleared by the tenant.';
    const text = `Present   The Mayor, Cllr A Dunn (in the chair).\nCouncillors:  B Eyre (BE), C Fox (CF)\n${paragraph}`;
    expect(
      toLines(text)
        .slice(0, 2)
        .map((l) => l.text),
    ).toEqual(['Present The Mayor, Cllr A Dunn (in the chair).', 'Councillors: B Eyre (BE), C Fox (CF)']);
  });

  it('should break an agenda run on in one line before each "N.0" heading, also one ending in a colon', () => {
    const agenda =
      'RIDGE COUNTY Council Meeting Agenda Call to Order - 9:00 a.m. 1.0 Adoption of Agenda 2.0 Approval of May 3, ' +
      '2011 Council Minutes 3.0 Delegations: 3.1 Ann Lowe - 9:30 a.m. (Roads Report) 4.0 Operations 4.1 Director of ' +
      'Operations Report 5.0 Business Arising from Previous Minutes 6.0 New Business 6.1 Office Renovation Quotes ' +
      '7.0 Correspondence Report 8.0 Council and Committee Reports 9.0 In Camera Adjournment';
    const texts = toLines(agenda).map((l) => l.text);
    expect(texts).toContain('2.0 Approval of May 3, 2011 Council Minutes');
    expect(texts.some((t) => t.startsWith('3.0 Delegations:'))).toBe(true);
  });

  it("should keep an item's number with its title across the gap after it in a long line", () => {
    const line =
      '3.  Previous Minutes: / Item 2a of the minutes for the meeting on 4th May was amended to read that the bench ' +
      'will be repainted before the summer fete. Proposed by Cllr Hale, seconded by Cllr Moss. Minutes of the ' +
      'Extraordinary meeting on 18th May were accepted. Proposed by Cllr Hale and seconded by Cllr Pike. Both sets ' +
      'of minutes were signed by the Chairman, Cllr Hale, at the close of the item, and filed by the Clerk.';
    expect(toLines(line)[0]!.text.startsWith('3. Previous Minutes:')).toBe(true);
  });

  it('should break a very long run-on line before labels in capitals and numbered capitals headings', () => {
    const text = `${'Word '.repeat(90)}PRESENT: Cllr A Jones Cllr B Smith APOLOGIES: Cllr C Brown 1358 DECLARATIONS OF INTEREST None.`;
    const lines = toLines(text).map((l) => l.text);
    expect(lines.slice(1)).toEqual([
      'PRESENT: Cllr A Jones Cllr B Smith',
      'APOLOGIES: Cllr C Brown',
      '1358 DECLARATIONS OF INTEREST None.',
    ]);
  });
});

describe('withLayout', () => {
  it('should mark each line with its block, and take a Markdown heading mark out of the text but not the range', () => {
    const text = '## 1. Apologies\nCllr Reed sent apologies.\nPlain line';
    const blocks: DocumentBlock[] = [
      { kind: 'heading', span: { start: 0, end: 15 }, page: null, level: 2 },
      { kind: 'paragraph', span: { start: 16, end: 41 }, page: null },
    ];
    const lines = withLayout(toLines(text), blocks);
    expect(lines.map((l) => [l.text, l.layout?.kind ?? null, l.layout?.level ?? null])).toEqual([
      ['1. Apologies', 'heading', 2],
      ['Cllr Reed sent apologies.', 'paragraph', null],
      ['Plain line', null, null],
    ]);
    expect(text.slice(lines[0]!.start, lines[0]!.end)).toBe('1. Apologies');
  });
});
