import { describe, expect, it } from 'vitest';
import type { PackPart, PackPlan } from '../../../src/domain/documentPack.js';
import { AppError } from '../../../src/domain/errors.js';
import { buildDocumentPack } from '../../../src/publish/documentPack/buildDocumentPack.js';
import { handMadePdf, makeInputPdf, pageMarker } from './packFixtures.js';
import { outlineOf, pageTexts, qpdfCheck, wordBoxes, writeTemp } from './pdfTools.js';

const plan = (parts: PackPart[]): PackPlan => ({
  council: 'Test Borough Council',
  body: 'Cabinet',
  meeting: { date: '2025-03-12' },
  frontSheet: {},
  parts,
});

/**
 * A two-page file the way older tools write them: size, rotation and resources inherited from
 * the page tree, one page's content scaling the page without q/Q, and a link on page 1 to page 2.
 */
const INHERITING = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 400 300] /Rotate 90 /Resources 5 0 R >>',
  '<< /Type /Page /Parent 2 0 R /Contents 7 0 R /Annots [9 0 R] >>',
  '<< /Type /Page /Parent 2 0 R /Contents 8 0 R /Rotate 0 >>',
  '<< /Font << /F1 6 0 R >> >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
  '<< >>\nstream\n2 0 0 2 0 0 cm BT /F1 6 Tf 20 20 Td (handmade-page-1-marker) Tj ET\nendstream',
  '<< >>\nstream\nBT /F1 12 Tf 40 150 Td (handmade-page-2-marker) Tj ET\nendstream',
  '<< /Type /Annot /Subtype /Link /Rect [0 0 50 50] /P 3 0 R /Dest [4 0 R /Fit] >>',
];

async function linkTargets(pdf: Uint8Array): Promise<Map<number, number[]>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const out = new Map<number, number[]>();
  for (let n = 1; n <= doc.numPages; n++) {
    const annotations = (await (await doc.getPage(n)).getAnnotations()) as { subtype: string; dest?: unknown[] }[];
    const targets: number[] = [];
    for (const a of annotations) {
      if (a.subtype === 'Link' && Array.isArray(a.dest)) targets.push((await doc.getPageIndex(a.dest[0] as never)) + 1);
    }
    out.set(n, targets);
  }
  await doc.destroy();
  return out;
}

describe('the pack copies pages as readers show them', () => {
  it('should keep inherited size and rotation, and stamp at the displayed bottom even after an unbalanced transform', async () => {
    const pack = await buildDocumentPack(plan([{ kind: 'report', title: 'Old tool', pdf: handMadePdf(INHERITING) }]));
    const file = writeTemp(pack.pdf);
    const texts = pageTexts(file);
    expect(texts[1]).toContain(pageMarker('handmade', 1));
    expect(texts[2]).toContain(pageMarker('handmade', 2));
    const boxes = wordBoxes(file);
    // Page 2 of the pack is displayed 300 wide and 400 high (rotated 90): its stamp sits at the
    // bottom right at the normal size, not scaled by the page's "2 0 0 2 0 0 cm".
    const stamp = boxes[1]!.filter((b) => b.word === 'Page' || b.word === '2');
    expect(stamp).toHaveLength(2);
    for (const b of stamp) {
      expect(b.yMin).toBeGreaterThan(400 - 30);
      expect(b.yMax).toBeLessThanOrEqual(400);
      expect(b.xMax).toBeLessThan(300 - 30);
      expect(b.yMax - b.yMin).toBeLessThan(12);
    }
    // Page 3 overrides the rotation: 400 wide, 300 high.
    const third = boxes[2]!.filter((b) => b.word === 'Page');
    expect(third[0]!.yMin).toBeGreaterThan(300 - 30);
    expect(third[0]!.xMax).toBeGreaterThan(300);
    expect(qpdfCheck(file).status).toBe(0);
  });

  it('should keep a link inside a document pointing at the same page in the pack, and link the front sheet rows', async () => {
    const parts: PackPart[] = [
      { kind: 'agenda', title: 'Agenda', pdf: await makeInputPdf('agenda', 2) },
      { kind: 'report', itemNumber: '4', title: 'Old tool', pdf: handMadePdf(INHERITING) },
    ];
    const pack = await buildDocumentPack(plan(parts));
    const links = await linkTargets(pack.pdf);
    expect(links.get(1)).toEqual([2, 4]);
    // The hand-made file's page 1 linked to its page 2: pack pages 4 and 5.
    expect(links.get(4)).toEqual([5]);
  });

  it('should repair a file whose cross-reference offsets are wrong, and copy what it says', async () => {
    const broken = handMadePdf(INHERITING, { shiftXref: 7 });
    const pack = await buildDocumentPack(plan([{ kind: 'report', title: 'Shifted', pdf: broken }]));
    const file = writeTemp(pack.pdf);
    const texts = pageTexts(file);
    expect(texts).toHaveLength(3);
    expect(texts[1]).toContain(pageMarker('handmade', 1));
    expect(texts[2]).toContain(pageMarker('handmade', 2));
    expect(outlineOf(file).map((o) => o.page)).toEqual([1, 2]);
    expect(qpdfCheck(file).status).toBe(0);
  });

  it('should repair a file when an object is found misplaced only while its pages are copied', async () => {
    // Object 6 (the font) is reached from the pages' resources, after the page tree was read.
    const pack = await buildDocumentPack(
      plan([{ kind: 'report', title: 'Misplaced', pdf: handMadePdf(INHERITING, { misplace: 6 }) }]),
    );
    const file = writeTemp(pack.pdf);
    const texts = pageTexts(file);
    expect(texts).toHaveLength(3);
    expect(texts[1]).toContain(pageMarker('handmade', 1));
    expect(qpdfCheck(file).status).toBe(0);
  });

  it('should refuse a page tree that loops, naming the document', async () => {
    const looping = [...INHERITING];
    looping[1] = '<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 /MediaBox [0 0 400 300] >>';
    const error = await buildDocumentPack(
      plan([{ kind: 'report', itemNumber: '9', title: 'Loop', pdf: handMadePdf(looping) }]),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('part 1 (9. Loop): not a readable PDF (a page tree that loops)');
  });

  it('should copy files saved with object streams and cross-reference streams (pdf-lib, PDF 1.5+)', async () => {
    const input = await makeInputPdf('compressed', 3);
    expect(Buffer.from(input).toString('latin1')).toContain('/ObjStm');
    const pack = await buildDocumentPack(plan([{ kind: 'report', title: 'Compressed', pdf: input }]));
    const texts = pageTexts(writeTemp(pack.pdf));
    for (let n = 1; n <= 3; n++) expect(texts[n]).toContain(pageMarker('compressed', n));
  });
});
