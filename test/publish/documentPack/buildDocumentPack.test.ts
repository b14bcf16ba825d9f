import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentPack, PackPart, PackPlan } from '../../../src/domain/documentPack.js';
import { AppError } from '../../../src/domain/errors.js';
import { buildDocumentPack } from '../../../src/publish/documentPack/buildDocumentPack.js';
import { makeInputPdf, pageMarker } from './packFixtures.js';
import {
  catalogOf,
  outlineOf,
  pageText,
  pageTexts,
  pdfInfo,
  qpdfCheck,
  wordBoxes,
  wordCounts,
  wordDifference,
  writeTemp,
  type OutlineItem,
  type WordBox,
} from './pdfTools.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Real council PDFs (agendas and minutes of Kent, Sutton Coldfield, Hertingfordbury, ...). */
const REAL_PDFS = path.resolve(ROOT, '../shared/eval/dev/docs');
const SEEDS = path.resolve(ROOT, '../shared/seeds');

const NOW = new Date('2024-05-07T09:30:00Z');

function planOf(parts: PackPart[], overrides: Partial<PackPlan> = {}): PackPlan {
  return {
    council: 'Nottingham City Council',
    body: 'Children and Young People Scrutiny Committee',
    meeting: { date: '2024-05-15', time: '14:00', venue: 'Ground Floor Committee Room, Loxley House, Nottingham' },
    frontSheet: {
      contact: { name: 'Adrian Mann', phone: '0115 876 4468', email: 'adrian.mann@example.gov.uk' },
      publishedOn: '2024-05-07',
      membership: ['Councillor Georgia Power (Chair)', 'Councillor Cheryl Barnard'],
    },
    parts,
    ...overrides,
  };
}

/** pdftotext of each page of an input file, the reference the pack's pages are compared with. */
function inputPageTexts(bytes: Uint8Array, name: string): string[] {
  return pageTexts(writeTemp(bytes, name));
}

/**
 * The page-by-page comparison: every page of the pack holds exactly the words of the input page
 * it came from, plus its stamp "Page N"; the front sheet's pages come first.
 */
function expectPagesMatchInputs(file: string, pack: DocumentPack, inputs: readonly string[][]): void {
  const total = pack.frontSheetPages + inputs.reduce((n, pages) => n + pages.length, 0);
  expect(Number(pdfInfo(file)['Pages'])).toBe(total);
  const texts = pageTexts(file);
  expect(texts).toHaveLength(total);
  for (let page = 1; page <= pack.frontSheetPages; page++) {
    expect(wordCounts(texts[page - 1]!).get('Page'), `stamp on front sheet page ${page}`).toBeGreaterThanOrEqual(1);
  }
  let page = pack.frontSheetPages;
  inputs.forEach((pages, partIndex) => {
    expect(pack.pageRanges[partIndex]).toEqual({ partIndex, firstPage: page + 1, lastPage: page + pages.length });
    for (const input of pages) {
      page++;
      const packWords = wordCounts(texts[page - 1]!);
      const stamp = { Page: 1, [String(page)]: 1 };
      // The input's own text may already hold "Page" or the number: the difference is still exactly the stamp.
      expect(wordDifference(packWords, wordCounts(input)), `page ${page} (part ${partIndex})`).toEqual(stamp);
    }
  });
}

/** On every page the stamp's words touch no other word's box: it sits in the margin. */
function expectStampsClear(file: string): void {
  wordBoxes(file).forEach((boxes, i) => expectStampClear(boxes, i + 1));
}

function expectStampClear(boxes: readonly WordBox[], page: number): void {
  const stampIndex = boxes.findIndex((b, i) => b.word === 'Page' && boxes[i + 1]?.word === String(page));
  expect(stampIndex, `stamp on page ${page}`).toBeGreaterThanOrEqual(0);
  const stamp = [boxes[stampIndex]!, boxes[stampIndex + 1]!];
  const others = boxes.filter((_, i) => i !== stampIndex && i !== stampIndex + 1);
  for (const s of stamp) {
    for (const o of others) {
      const overlaps = s.xMin < o.xMax && o.xMin < s.xMax && s.yMin < o.yMax && o.yMin < s.yMax;
      expect(overlaps, `stamp on page ${page} overlaps "${o.word}"`).toBe(false);
    }
  }
}

const flatten = (items: readonly OutlineItem[]): OutlineItem[] => items.flatMap((i) => [i, ...flatten(i.kids)]);

describe('buildDocumentPack', () => {
  describe('from PDFs made in the test', () => {
    let parts: PackPart[];
    let pack: DocumentPack;
    let file: string;

    beforeAll(async () => {
      parts = [
        { kind: 'agenda', title: 'Agenda', pdf: await makeInputPdf('agenda', 2) },
        {
          kind: 'minutes',
          itemNumber: '3',
          title: 'Minutes of the meeting held on 30 March 2024',
          pdf: await makeInputPdf('minutes', 3),
        },
        { kind: 'report', itemNumber: '5', title: 'Ofsted monitoring visits', pdf: await makeInputPdf('report5', 4) },
        // A landscape letter stored as rotated portrait pages.
        {
          kind: 'appendix',
          itemNumber: '5',
          title: 'Appendix A: inspector’s letter',
          pdf: await makeInputPdf('appendix5a', 2, { rotate: 90 }),
        },
        {
          kind: 'report',
          itemNumber: '6',
          title: 'Work programme 2024/25',
          pdf: await makeInputPdf('report6', 3, { size: [841.89, 595.28] }),
        },
        { kind: 'appendix', title: 'Appendix B: work programme table', pdf: await makeInputPdf('appendix6b', 1) },
      ];
      pack = await buildDocumentPack(planOf(parts), { now: NOW });
      file = writeTemp(pack.pdf);
    });

    it('should put every input page in order after the front sheet, with its text and a "Page N" stamp', async () => {
      expect(pack.frontSheetPages).toBe(1);
      const inputs = parts.map((part, i) => inputPageTexts(part.pdf, `input-${i}.pdf`));
      expectPagesMatchInputs(file, pack, inputs);
      // The markers prove the order: page k of each part holds that part's k-th page.
      const labels = ['agenda', 'minutes', 'report5', 'appendix5a', 'report6', 'appendix6b'];
      const texts = pageTexts(file);
      pack.pageRanges.forEach((range, i) => {
        for (let page = range.firstPage; page <= range.lastPage; page++) {
          expect(texts[page - 1]).toContain(pageMarker(labels[i]!, page - range.firstPage + 1));
        }
      });
    });

    it('should keep every stamp clear of the page text, rotated and landscape pages too', () => {
      expectStampsClear(file);
    });

    it('should read the same page text one page at a time (pdftotext -f N -l N) as split from the whole', () => {
      const texts = pageTexts(file);
      for (const page of [1, 2, 7, 11, 16]) expect(pageText(file, page)).toBe(`${texts[page - 1]}\f`);
    });

    it('should list the meeting and each document with its pages on the front sheet', () => {
      const text = pageText(file, 1).replace(/\s+/g, ' ');
      for (const words of [
        'Nottingham City Council',
        'Children and Young People Scrutiny Committee',
        'Wednesday 15 May 2024',
        '2pm',
        'Ground Floor Committee Room, Loxley House, Nottingham',
        'Adrian Mann',
        '0115 876 4468',
        'adrian.mann@example.gov.uk',
        'Councillor Georgia Power (Chair)',
      ]) {
        expect(text).toContain(words);
      }
      const layout = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
      const rows = layout.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
      expect(rows).toContain('Agenda 2-3');
      expect(rows).toContain('3 Minutes of the meeting held on 30 March 2024 4-6');
      expect(rows).toContain('5 Ofsted monitoring visits 7 - 10');
      expect(rows).toContain('Appendix A: inspector’s letter 11 - 12');
      expect(rows).toContain('6 Work programme 2024/25 13 - 15');
      expect(rows).toContain('Appendix B: work programme table 16');
    });

    it('should have a bookmark per document opening at its first page, appendices under their report', () => {
      const outline = outlineOf(file);
      expect(outline.map((i) => [i.title, i.page])).toEqual([
        ['Front sheet', 1],
        ['Agenda', 2],
        ['3. Minutes of the meeting held on 30 March 2024', 4],
        ['5. Ofsted monitoring visits', 7],
        ['6. Work programme 2024/25', 13],
      ]);
      expect(outline[3]!.kids.map((i) => [i.title, i.page])).toEqual([['Appendix A: inspector’s letter', 11]]);
      expect(outline[4]!.kids.map((i) => [i.title, i.page])).toEqual([['Appendix B: work programme table', 16]]);
      // One bookmark per part, each at the first page of its range.
      const byPart = flatten(outline).slice(1);
      expect(byPart).toHaveLength(parts.length);
    });

    it('should link each front-sheet row to its document', () => {
      const links = execFileSync('qpdf', ['--json', '--json-key=pages', file], { encoding: 'utf8' });
      const page1 = (JSON.parse(links) as { pages: { object: string }[] }).pages[0]!;
      const annots = execFileSync('qpdf', [`--show-object=${page1.object.split(' ')[0]}`, file], { encoding: 'utf8' });
      expect(annots).toMatch(/\/Annots \[ (\d+ 0 R ?){6}\]/);
    });

    it('should set the title, author, subject, creator, dates and language, and pass qpdf --check', () => {
      const info = pdfInfo(file);
      expect(info['Title']).toBe('Children and Young People Scrutiny Committee, 15 May 2024: document pack');
      expect(info['Author']).toBe('Nottingham City Council');
      expect(info['Subject']).toContain('15 May 2024');
      expect(info['Creator']).toBe('Quorum');
      expect(info['CreationDate']).toMatch(/Tue May {1,2}7 09:30:00 2024/);
      const catalog = catalogOf(file);
      expect(catalog).toContain('/Lang (en-GB)');
      expect(catalog).toContain('/PageMode /UseOutlines');
      expect(catalog).toMatch(/\/ViewerPreferences/);
      const check = qpdfCheck(file);
      expect(check.output).toContain('No syntax or stream encoding errors');
      expect(check.status).toBe(0);
    });
  });

  it('should run the front sheet onto more pages when the agenda is long, and number everything after it', async () => {
    const parts: PackPart[] = [];
    for (let i = 1; i <= 70; i++) {
      parts.push({
        kind: 'report',
        itemNumber: String(i),
        title: `Report number ${i} on a matter of some length and importance to the committee`,
        pdf: await makeInputPdf(`r${i}`, 1),
      });
    }
    const pack = await buildDocumentPack(planOf(parts), { now: NOW });
    const file = writeTemp(pack.pdf);
    expect(pack.frontSheetPages).toBeGreaterThan(1);
    const texts = pageTexts(file);
    const front = texts.slice(0, pack.frontSheetPages).join('\n');
    for (let i = 1; i <= 70; i++) {
      const range = pack.pageRanges[i - 1]!;
      expect(range.firstPage).toBe(pack.frontSheetPages + i);
      expect(front).toContain(`Report number ${i} on a matter`);
      expect(texts[range.firstPage - 1]).toContain(pageMarker(`r${i}`, 1));
    }
    expect(front.replace(/\s+/g, ' ')).toContain(`${pack.frontSheetPages + 70}`);
    expect(
      outlineOf(file)
        .slice(1)
        .map((i) => i.page),
    ).toEqual(pack.pageRanges.map((r) => r.firstPage));
    expect(qpdfCheck(file).status).toBe(0);
  });

  it('should draw what a clerk typed whatever its letters, and keep them exactly in the bookmarks', async () => {
    const title = 'Adroddiad: Ŵyl y Gŵr a’r Ŷd 🎉\nline two <script>';
    const pack = await buildDocumentPack(
      planOf([{ kind: 'report', itemNumber: '4', title, pdf: await makeInputPdf('welsh', 1) }], {
        council: 'Cyngor Sir Ynys Môn',
      }),
      { now: NOW },
    );
    const file = writeTemp(pack.pdf);
    expect(outlineOf(file)[1]!.title).toBe(`4. ${title}`);
    const front = pageText(file, 1);
    expect(front).toContain('Cyngor Sir Ynys Môn');
    // Welsh letters the standard fonts lack come in DejaVu Sans (welshFrontSheet.test.ts); what no
    // font here has (an emoji) is "?", never nothing.
    expect(front.replace(/\s+/g, ' ')).toContain('Adroddiad: Ŵyl y Gŵr a’r Ŷd ? line two <script>');
    expect(pdfInfo(file)['Author']).toBe('Cyngor Sir Ynys Môn');
  });

  describe('refuses bad input with one line naming the document', () => {
    const rejects = async (plan: PackPlan, message: RegExp): Promise<void> => {
      const error = await buildDocumentPack(plan).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('INPUT_INVALID');
      expect((error as AppError).message).toMatch(message);
      expect((error as AppError).message).not.toContain('\n');
    };

    it('should refuse a file that is not a PDF', async () => {
      const html = new TextEncoder().encode('<html><body>Report</body></html>');
      await rejects(
        planOf([
          { kind: 'agenda', title: 'Agenda', pdf: await makeInputPdf('a', 1) },
          { kind: 'report', itemNumber: '5', title: 'Budget', pdf: html },
        ]),
        /^part 2 \(5\. Budget\): not a PDF/,
      );
    });

    it('should refuse a damaged PDF', async () => {
      const pdf = await makeInputPdf('a', 2);
      await rejects(planOf([{ kind: 'report', title: 'Cut short', pdf: pdf.slice(0, 40) }]), /^part 1 \(Cut short\): /);
    });

    it('should refuse an encrypted PDF', async () => {
      const plain = writeTemp(await makeInputPdf('secret', 1), 'plain.pdf');
      const locked = path.join(path.dirname(plain), 'locked.pdf');
      execFileSync('qpdf', ['--encrypt', '', 'owner-secret', '256', '--', plain, locked]);
      await rejects(
        planOf([{ kind: 'report', itemNumber: '7', title: 'Exempt report', pdf: fs.readFileSync(locked) }]),
        /^part 1 \(7\. Exempt report\): the PDF is encrypted/,
      );
    });

    it('should refuse a plan with no documents or a bad date', async () => {
      await rejects(planOf([]), /parts: a pack needs at least one document/);
      const part: PackPart = { kind: 'agenda', title: 'Agenda', pdf: await makeInputPdf('a', 1) };
      await rejects(planOf([part], { meeting: { date: '15/05/2024' } }), /meeting\.date: a date as YYYY-MM-DD/);
    });
  });

  describe('from real council PDFs', () => {
    const real = fs.existsSync(REAL_PDFS)
      ? fs
          .readdirSync(REAL_PDFS)
          .filter((f) => f.endsWith('.pdf'))
          .sort()
      : [];
    const seedPdfs = fs.existsSync(SEEDS)
      ? fs
          .readdirSync(SEEDS)
          .filter((f) => f.endsWith('.pdf'))
          .sort()
      : [];
    const files = [...seedPdfs.map((f) => path.join(SEEDS, f)), ...real.map((f) => path.join(REAL_PDFS, f))];

    it.skipIf(files.length === 0)(
      `should merge ${files.length} published agendas and minutes page by page`,
      async () => {
        const parts: PackPart[] = files.map((f, i) => ({
          kind: i === 0 ? 'agenda' : 'report',
          itemNumber: i === 0 ? undefined : String(i + 1),
          title: path.basename(f, '.pdf'),
          pdf: new Uint8Array(fs.readFileSync(f)),
        }));
        const pack = await buildDocumentPack(planOf(parts), { now: NOW });
        const file = writeTemp(pack.pdf);
        const inputs = files.map((f) => inputPageTexts(fs.readFileSync(f), path.basename(f)));
        expectPagesMatchInputs(file, pack, inputs);
        expectStampsClear(file);
        expect(
          outlineOf(file)
            .slice(1)
            .map((i) => [i.title, i.page]),
        ).toEqual(
          pack.pageRanges.map((r) => [
            `${parts[r.partIndex]!.itemNumber ? `${r.partIndex + 1}. ` : ''}${parts[r.partIndex]!.title}`,
            r.firstPage,
          ]),
        );
        expect(qpdfCheck(file).status).toBe(0);
      },
    );
  });
});
