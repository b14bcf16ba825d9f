import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../src/domain/reports/reportDocument.js';
import { reportPdf } from '../../../src/publish/reportPdf/reportPdf.js';
import { ReportView } from '../../../src/web/portal/reports/reportView.js';
import { wordCounts, wordDifference } from '../documentPack/pdfTools.js';
import { htmlReportText, pdfInfo, pdfText, pdfTextWithoutRepeatedHeads } from './reportText.js';

/** A report with Welsh letters, markup typed as text, an empty table and a table longer than a page. */
function sampleReport(rows: number): ReportDocument {
  return {
    title: 'Adroddiad blynyddol: annual report',
    caption: 'Pwyllgor Craffu Gŵyl a Thŷ <b>not bold</b>',
    language: 'en-GB',
    blocks: [
      { kind: 'paragraph', text: 'Every figure is counted from the record; Welsh ŵ and ŷ are drawn as typed.' },
      { kind: 'heading', level: 2, text: 'Meetings & attendance' },
      {
        kind: 'table',
        caption: 'Attendance of members',
        head: ['Member', 'Expected', 'Attended'],
        numeric: [false, true, true],
        rows: Array.from({ length: rows }, (_, i) => [
          `Councillor Member${i} Rhys-Llewelyn of Llanfair ward, who chairs the task and finish group on homes`,
          String(i + 3),
          String(i),
        ]),
        empty: 'None.',
      },
      { kind: 'heading', level: 3, text: 'Nothing here' },
      {
        kind: 'table',
        caption: 'Calls-in',
        head: ['Decision', 'Outcome'],
        rows: [],
        empty: 'No decisions were called in.',
      },
    ],
  };
}

describe('a report drawn as HTML and as PDF', () => {
  it('should say the same words in both, over several pages', async () => {
    const report = sampleReport(60);
    const html = String(await (<ReportView report={report} />));
    const pdf = await reportPdf(report, { author: 'Cyngor Sir Harbourside', now: new Date('2025-04-01T09:00:00Z') });
    const text = pdfText(pdf);
    const pages = text.split('\f').length - 1;
    expect(pages).toBeGreaterThan(2);
    // The header row is drawn again on each page the table runs on to, and nothing else is extra.
    const head = ['Member', 'Expected', 'Attended'];
    expect(wordDifference(wordCounts(htmlReportText(html)), wordCounts(text))).toEqual(
      Object.fromEntries(head.map((h) => [h, -(pages - 1)])),
    );
    const unrepeated = pdfTextWithoutRepeatedHeads(text, [head]);
    expect(wordDifference(wordCounts(htmlReportText(html)), wordCounts(unrepeated))).toEqual({});
    // Typed markup is text on both sides.
    expect(html).toContain('&lt;b&gt;not bold&lt;/b&gt;');
    expect(text).toContain('<b>not bold</b>');
    expect(text).toContain('Gŵyl a Thŷ');
    expect(text).toContain('No decisions were called in.');
  });

  it('should repeat the table header on every page the table runs on', async () => {
    const pages = pdfText(await reportPdf(sampleReport(60), { author: 'Council' }))
      .split('\f')
      .slice(0, -1);
    for (const page of pages.slice(1, -1)) expect(page).toContain('Expected');
  });

  it('should name the document and its language in its properties', async () => {
    const info = pdfInfo(await reportPdf(sampleReport(2), { author: 'Cyngor Sir Harbourside' }));
    expect(info).toMatch(/Title:\s+Adroddiad blynyddol: annual report - Pwyllgor Craffu Gŵyl a Thŷ/);
    expect(info).toMatch(/Author:\s+Cyngor Sir Harbourside/);
  });

  it('should differ when the model differs (the comparison can fail)', async () => {
    const report = sampleReport(3);
    const html = String(await (<ReportView report={report} />));
    const other: ReportDocument = { ...report, blocks: [...report.blocks, { kind: 'paragraph', text: 'Extra words' }] };
    const text = pdfText(await reportPdf(other, { author: 'Council' }));
    expect(wordDifference(wordCounts(htmlReportText(html)), wordCounts(text))).toEqual({ Extra: -1, words: -1 });
  });
});
