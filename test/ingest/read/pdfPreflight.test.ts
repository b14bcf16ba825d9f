import zlib from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfPreflight } from '../../../src/ingest/read/pdfPreflight.js';
import { ascii85, asciiHex, inflate, lzw, runLength, type Stage } from '../../../src/ingest/read/pdfStreamDecoders.js';
import { DEFAULT_READ_LIMITS, MB } from '../../../src/ingest/readLimits.js';
import { deflatedZeros, pdfWithSharedContent } from '../../app/import/hostileFiles.js';

async function decode(stage: Stage, input: Uint8Array): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stage(
    (async function* () {
      // Fed in pieces, small for small inputs, so that state carried across chunks is exercised.
      const piece = input.length < 10_000 ? 3 : 4096;
      for (let n = 0; n < input.length; n += piece) yield input.subarray(n, n + piece);
    })(),
  ))
    chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** LZW as PDF writes it (early change 1): the encoder the decoder is checked against. */
function lzwEncode(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let count = 0;
  let width = 9;
  const write = (code: number): void => {
    bits = (bits << width) | code;
    count += width;
    while (count >= 8) {
      out.push((bits >>> (count - 8)) & 0xff);
      count -= 8;
    }
    bits &= (1 << count) - 1;
  };
  // A code and the next byte name the longer string's code.
  let table = new Map<number, number>();
  let next = 258;
  write(256);
  let w = -1;
  for (const byte of data) {
    if (w < 0) {
      w = byte;
      continue;
    }
    const longer = table.get(w * 256 + byte);
    if (longer !== undefined) {
      w = longer;
      continue;
    }
    write(w);
    table.set(w * 256 + byte, next++);
    if (next + 1 > 1 << width) width++;
    if (next >= 4094) {
      write(256);
      table = new Map();
      next = 258;
      width = 9;
    }
    w = byte;
  }
  if (w >= 0) write(w);
  write(257);
  if (count > 0) out.push((bits << (8 - count)) & 0xff);
  return Uint8Array.from(out);
}

async function minutesPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 0; n < 3; n++)
    doc.addPage([595, 842]).drawText(`Page ${n + 1} of the minutes`, { x: 50, y: 780, size: 11, font });
  return doc.save();
}

describe('pdfStreamDecoders', () => {
  const text = Buffer.from('RESOLVED that the minutes be approved. '.repeat(50));

  it('should inflate, and end quietly where the data is damaged', async () => {
    expect(await decode(inflate, zlib.deflateSync(text))).toEqual(text);
    const cut = zlib.deflateSync(text).subarray(0, 20);
    expect((await decode(inflate, cut)).length).toBeLessThan(text.length);
  });

  it('should decode ASCIIHex, ASCII85, run-length and LZW as PDF writes them', async () => {
    expect((await decode(asciiHex, Buffer.from('48 65 6c6C6f 2>'))).toString('latin1')).toBe('Hello ');
    expect((await decode(ascii85, Buffer.from(`87cURD_*#@Dfor-Bl"o/Bl8'8ATK!~>`))).toString()).toBe(
      'Hello, council minutes!',
    );
    expect((await decode(runLength, Uint8Array.from([2, 97, 98, 99, 254, 120, 128, 100]))).toString()).toBe('abcxxx');
    expect(await decode(lzw(1), lzwEncode(text))).toEqual(text);
    const zeros = new Uint8Array(100_000);
    expect(await decode(lzw(1), lzwEncode(zeros))).toEqual(Buffer.from(zeros));
  });
});

describe('pdfPreflight', () => {
  it('should pass an ordinary PDF', async () => {
    expect(await pdfPreflight(await minutesPdf(), DEFAULT_READ_LIMITS)).toEqual({ ok: true });
  });

  it('should refuse a stream that inflates past the per-stream limit, without inflating it all', async () => {
    const pdf = pdfWithSharedContent(await deflatedZeros(80 * MB), 1);
    const started = Date.now();
    expect(await pdfPreflight(pdf, DEFAULT_READ_LIMITS)).toEqual({
      ok: false,
      problem: 'refused: a compressed stream (object 4) decompresses to more than the 64 MB limit',
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('should count a content stream once per page that draws it', async () => {
    const deflated = await deflatedZeros(8 * MB);
    expect(await pdfPreflight(pdfWithSharedContent(deflated, 2), DEFAULT_READ_LIMITS)).toEqual({ ok: true });
    expect(await pdfPreflight(pdfWithSharedContent(deflated, 50), DEFAULT_READ_LIMITS)).toEqual({
      ok: false,
      problem:
        "refused: its streams decompress to more than the 256 MB limit (400.0 MB, counting each page's contents)",
    });
  });

  it('should see through filter chains: an LZW bomb inside ASCIIHex', async () => {
    const bomb = Buffer.from(lzwEncode(new Uint8Array(3 * MB))).toString('hex') + '>';
    const pdf = Buffer.from(
      `%PDF-1.4\n1 0 obj\n<< /Length ${bomb.length} /Filter [/AHx /LZW] >>\nstream\n${bomb}\nendstream\nendobj\n%%EOF\n`,
      'latin1',
    );
    expect(await pdfPreflight(pdf, { ...DEFAULT_READ_LIMITS, maxPdfStreamBytes: 2 * MB })).toEqual({
      ok: false,
      problem: 'refused: a compressed stream (object 1) decompresses to more than the 2 MB limit',
    });
    expect(await pdfPreflight(pdf, DEFAULT_READ_LIMITS)).toEqual({ ok: true });
  });
});
