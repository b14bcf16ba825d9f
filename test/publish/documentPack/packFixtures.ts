import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';

/** The distinctive words printed on page `page` (1-based) of the input called `label`. */
export function pageMarker(label: string, page: number): string {
  return `${label}-page-${page}-marker`;
}

/**
 * A PDF of `pages` pages, each saying `pageMarker(label, n)` in its middle (away from the
 * margins, where the pack's stamp goes), with enough body text to be a page of a report.
 * `rotate` sets /Rotate on every page; `size` defaults to A4.
 */
export async function makeInputPdf(
  label: string,
  pages: number,
  options: { rotate?: number; size?: [number, number]; title?: string } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (options.title) doc.setTitle(options.title);
  const font = doc.embedStandardFont(StandardFonts.Helvetica);
  const [width, height] = options.size ?? [595.28, 841.89];
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([width, height]);
    if (options.rotate) page.setRotation(degrees(options.rotate));
    page.drawText(pageMarker(label, n), { x: 72, y: height / 2, size: 14, font });
    for (let line = 0; line < 20; line++) {
      page.drawText(`Paragraph ${line + 1} of ${label}, page ${n}: the committee considered the report.`, {
        x: 72,
        y: height - 90 - line * 14,
        size: 10,
        font,
      });
    }
  }
  return doc.save();
}
