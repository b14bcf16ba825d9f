import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Hostile inputs for the importer, written at test time (nothing large is committed): PDFs with
 * compression bombs, built by a minimal PDF writer, and special files.
 */

/** Deflates `size` zero bytes without holding them: a 1 GB bomb is about 1 MB. */
export async function deflatedZeros(size: number): Promise<Buffer> {
  const deflate = zlib.createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let written = 0; written < size; written += block.length) {
    const part = Math.min(block.length, size - written);
    if (!deflate.write(part === block.length ? block : block.subarray(0, part)))
      await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

/**
 * A PDF of `pages` pages whose every page draws the same content stream, given already deflated;
 * the first page also shows a line of text so the document is otherwise readable.
 */
export function pdfWithSharedContent(deflated: Buffer, pages: number): Buffer {
  const objects: Buffer[] = [];
  const add = (body: string | Buffer): number => {
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objects.length;
  };
  // Object numbers: 1 catalog, 2 page tree, 3 font, 4 the shared stream, 5 the text stream, then pages.
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = Array.from({ length: pages }, (_, n) => `${6 + n} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  add(
    Buffer.concat([
      Buffer.from(`<< /Length ${deflated.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      deflated,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  );
  const text = 'BT /F1 12 Tf 72 720 Td (Minutes of the Parish Council held on 14 January 2025) Tj ET';
  add(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
  for (let n = 0; n < pages; n++)
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents [5 0 R 4 0 R] >>`,
    );
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, n) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${n + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

/** A named pipe; nothing ever writes to it, so reading it would wait forever. */
export function makeFifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** A text file of `size` bytes written in pieces. */
export function writeRepeated(file: string, size: number, unit: (n: number) => string): void {
  const fd = fs.openSync(file, 'w');
  try {
    let written = 0;
    for (let n = 0; written < size; n++) {
      let piece = '';
      while (piece.length < 65536) piece += unit(n * 10000 + piece.length);
      const buf = Buffer.from(piece).subarray(0, Math.min(65536 * 4, size - written));
      fs.writeSync(fd, buf);
      written += buf.length;
    }
  } finally {
    fs.closeSync(fd);
  }
}

export const dirOf = (file: string): string => path.dirname(file);
