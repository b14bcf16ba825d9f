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

/**
 * A PDF written by hand from its objects' bodies (object n is `bodies[n - 1]`; a body holding
 * `stream` data gets its /Length filled in), with a correct cross-reference table unless
 * `shiftXref` moves every offset by that many bytes, as a careless editor would, or
 * `misplace` breaks one object's.
 */
export function handMadePdf(
  bodies: readonly string[],
  options: { shiftXref?: number; root?: number; misplace?: number } = {},
): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    // `misplace`: that one object's offset points 3 bytes off, as if an editor changed it.
    offsets.push(out.length + (options.shiftXref ?? 0) + (options.misplace === i + 1 ? 3 : 0));
    const withLength = body.replace(
      /<<(.*?)>>\s*stream\n([\s\S]*?)\nendstream/,
      (_, dict: string, data: string) => `<<${dict} /Length ${data.length}>>\nstream\n${data}\nendstream`,
    );
    out += `${i + 1} 0 obj\n${withLength}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${bodies.length + 1} /Root ${options.root ?? 1} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
