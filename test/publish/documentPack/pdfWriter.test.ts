import { describe, expect, it } from 'vitest';
import { PdfFile } from '../../../src/publish/documentPack/pdfFile.js';
import { dict, name, num, ref, arr, type PdfValue } from '../../../src/publish/documentPack/pdfSyntax.js';
import { PdfWriter } from '../../../src/publish/documentPack/pdfWriter.js';
import { handMadePdf } from './packFixtures.js';

/** Two pages inheriting a direct resources dictionary that refers to a font by reference. */
const SHARED_DIRECT_RESOURCES = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 200 200] /Resources << /Font << /F1 5 0 R >> >> >>',
  '<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>',
  '<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
  '<< >>\nstream\nBT /F1 12 Tf 20 100 Td (shared) Tj ET\nendstream',
];

function written(writer: PdfWriter, pageNums: number[]): PdfFile {
  const tree = writer.add(dict({ Type: name('Pages'), Kids: arr(...pageNums.map(ref)), Count: num(pageNums.length) }));
  const info = writer.add(dict({}));
  const root = writer.add(dict({ Type: name('Catalog'), Pages: ref(tree) }));
  return new PdfFile(writer.toBytes(root, info));
}

const at = (file: PdfFile, value: PdfValue | undefined, ...keys: string[]): PdfValue | undefined => {
  let v = file.resolve(value);
  for (const key of keys) v = v?.k === 'dict' ? file.resolve(v.v.get(key)) : undefined;
  return v;
};

describe('PdfWriter.copyPages', () => {
  it('should give each page its inherited resources with references renumbered once', () => {
    const writer = new PdfWriter();
    // Objects already in the writer, so that a number renumbered twice lands on another object.
    writer.add(dict({ Filler: num(1) }));
    writer.add(dict({ Filler: num(2) }));
    const pages = writer.copyPages(new PdfFile(handMadePdf(SHARED_DIRECT_RESOURCES)));
    for (const page of pages) page.dict.v.delete('Parent');
    const out = written(
      writer,
      pages.map((p) => p.num),
    );
    const outPages = out.pages().pages;
    expect(outPages).toHaveLength(2);
    for (const page of outPages) {
      expect(at(out, page.dict, 'Resources', 'Font', 'F1', 'BaseFont')).toEqual({ k: 'name', v: 'Times-Roman' });
      expect(at(out, page.dict, 'MediaBox')).toEqual(arr(num(0), num(0), num(200), num(200)));
    }
  });

  it('should copy a stream shared by two pages once, with its data unchanged', () => {
    const writer = new PdfWriter();
    const pages = writer.copyPages(new PdfFile(handMadePdf(SHARED_DIRECT_RESOURCES)));
    const contents = pages.map((p) => p.dict.v.get('Contents'));
    expect(contents[0]).toEqual(contents[1]);
    const out = written(
      writer,
      pages.map((p) => p.num),
    );
    const stream = out.get((contents[0] as { n: number }).n)!;
    expect(stream.data!.toString('latin1')).toBe('BT /F1 12 Tf 20 100 Td (shared) Tj ET');
  });
});
