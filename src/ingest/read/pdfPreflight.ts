import { megabytes, type ReadLimits } from '../readLimits.js';
import { ascii85, asciiHex, inflate, lzw, runLength, type Stage } from './pdfStreamDecoders.js';

export type PreflightResult = { readonly ok: true } | { readonly ok: false; readonly problem: string };

interface StreamInfo {
  readonly object: number | null;
  readonly image: boolean;
  readonly decoded: number;
}

class OverLimit extends Error {}

/** The dictionary of a stream is looked for this far before its `stream` keyword. */
const DICT_WINDOW = 8192;
/** Object streams up to this size are read for the pages' /Contents they may hold. */
const OBJECT_STREAM_SCAN = 8 * 1024 * 1024;

/**
 * Measures, before PDF.js sees a PDF, what its compressed streams decode to, without holding the
 * result: a stream decoding to more than `maxPdfStreamBytes` (a compression bomb), or streams
 * that together, counting a content stream once per page that draws it, decode to more than
 * `maxPdfDecodedBytes`, refuse the document. PDF.js would otherwise decode each into memory, once
 * per page. Images are counted per stream only: PDF.js is told not to decode them. Encrypted
 * streams cannot be measured here; the import's memory watch and time limit bound them.
 * Never throws.
 */
export async function pdfPreflight(
  bytes: Uint8Array,
  limits: Pick<ReadLimits, 'maxPdfStreamBytes' | 'maxPdfDecodedBytes'>,
): Promise<PreflightResult> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const streams: StreamInfo[] = [];
  const objectStreams: Buffer[] = [];
  try {
    let pos = 0;
    for (;;) {
      const at = buf.indexOf('stream', pos, 'latin1');
      if (at < 0) break;
      pos = at + 6;
      if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
      let start = at + 6;
      if (buf[start] === 0x0d) start++;
      if (buf[start] === 0x0a) start++;
      else if (buf[start - 1] !== 0x0d) continue; // "stream" inside some other word
      const head = buf.toString('latin1', Math.max(0, at - DICT_WINDOW), at);
      const objectMatch = [...head.matchAll(/(\d+)\s+\d+\s+obj\b/g)].pop();
      const dict = objectMatch ? head.slice(objectMatch.index + objectMatch[0].length) : head.slice(-1024);
      const end = streamEnd(buf, start, dict);
      pos = end;
      const stages = stagesOf(dict);
      const isObjectStream = /\/Type\s*\/ObjStm\b/.test(dict);
      const keep: Buffer[] | null = isObjectStream ? [] : null;
      const object = objectMatch ? Number(objectMatch[1]) : null;
      const decoded = stages.length
        ? await decodedSize(buf.subarray(start, end), stages, limits.maxPdfStreamBytes, keep, object)
        : end - start;
      if (keep && decoded <= OBJECT_STREAM_SCAN) objectStreams.push(Buffer.concat(keep));
      streams.push({ object, image: /\/Subtype\s*\/Image\b/.test(dict), decoded });
    }
  } catch (error) {
    if (error instanceof OverLimit) return { ok: false, problem: error.message };
    throw error;
  }
  const reads = contentReads([buf, ...objectStreams]);
  let total = 0;
  for (const s of streams) {
    const drawn = s.object === null ? 0 : (reads.get(s.object) ?? 0);
    total += s.image ? s.decoded * drawn : s.decoded * Math.max(1, drawn);
  }
  if (total > limits.maxPdfDecodedBytes)
    return {
      ok: false,
      problem: `refused: its streams decompress to more than the ${megabytes(limits.maxPdfDecodedBytes)} limit (${megabytes(total)}, counting each page's contents)`,
    };
  return { ok: true };
}

/** Where a stream's data ends: by its /Length when that is right (as PDF.js reads it), else at `endstream`. */
function streamEnd(buf: Buffer, start: number, dict: string): number {
  const length = /\/Length\s+(\d+)(?:\s+(\d+)\s+R\b)?/.exec(dict);
  let n: number | null = null;
  if (length && length[2] === undefined) n = Number(length[1]);
  else if (length) n = indirectInteger(buf, Number(length[1]), Number(length[2]));
  if (n !== null && start + n <= buf.length) {
    const after = buf.toString('latin1', start + n, Math.min(buf.length, start + n + 32));
    if (/^\s*endstream/.test(after)) return start + n;
  }
  const end = buf.indexOf('endstream', start, 'latin1');
  return end < 0 ? buf.length : end;
}

function indirectInteger(buf: Buffer, object: number, generation: number): number | null {
  const at = buf.indexOf(`${object} ${generation} obj`, 0, 'latin1');
  if (at < 0) return null;
  const m = /^\d+\s+\d+\s+obj\s*(\d+)\s*endobj/.exec(buf.toString('latin1', at, Math.min(buf.length, at + 64)));
  return m ? Number(m[1]) : null;
}

/** The decoders of a stream's /Filter, in order; an image codec or unknown filter ends the chain. */
function stagesOf(dict: string): Stage[] {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  if (!filter) return [];
  const names = [...filter[1]!.matchAll(/\/([A-Za-z0-9]+)/g)].map((m) => m[1]!);
  const earlyChange = /\/EarlyChange\s+0\b/.test(dict) ? 0 : 1;
  const stages: Stage[] = [];
  for (const name of names) {
    if (name === 'FlateDecode' || name === 'Fl') stages.push(inflate);
    else if (name === 'LZWDecode' || name === 'LZW') stages.push(lzw(earlyChange));
    else if (name === 'RunLengthDecode' || name === 'RL') stages.push(runLength);
    else if (name === 'ASCIIHexDecode' || name === 'AHx') stages.push(asciiHex);
    else if (name === 'ASCII85Decode' || name === 'A85') stages.push(ascii85);
    else break;
  }
  return stages;
}

/** Runs the data through the stages, counting each stage's output (PDF.js holds every one) against the limit. */
async function decodedSize(
  data: Buffer,
  stages: readonly Stage[],
  limit: number,
  keep: Buffer[] | null,
  object: number | null,
): Promise<number> {
  let sizes: number[] = [];
  let flow: AsyncIterable<Uint8Array> = (async function* () {
    yield data;
  })();
  for (const [n, stage] of stages.entries()) {
    sizes = [...sizes, 0];
    flow = counted(stage(flow), (size) => {
      sizes[n] = size;
      if (size > limit)
        throw new OverLimit(
          `refused: a compressed stream${object === null ? '' : ` (object ${object})`} decompresses to more than the ${megabytes(limit)} limit`,
        );
    });
  }
  let kept = 0;
  for await (const chunk of flow) {
    if (keep && kept <= OBJECT_STREAM_SCAN) {
      keep.push(Buffer.from(chunk));
      kept += chunk.length;
    }
  }
  return sizes[sizes.length - 1] ?? 0;
}

async function* counted(flow: AsyncIterable<Uint8Array>, check: (size: number) => void): AsyncIterable<Uint8Array> {
  let size = 0;
  for await (const chunk of flow) {
    size += chunk.length;
    check(size);
    yield chunk;
  }
}

/** How many times each object is named as a page's /Contents (directly or in an array). */
function contentReads(texts: readonly Buffer[]): Map<number, number> {
  const reads = new Map<number, number>();
  for (const text of texts) {
    let pos = 0;
    for (;;) {
      const at = text.indexOf('/Contents', pos, 'latin1');
      if (at < 0) break;
      pos = at + 9;
      const after = text.toString('latin1', pos, Math.min(text.length, pos + 65536));
      const value = /^\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(after);
      if (!value) continue;
      for (const ref of value[1]!.matchAll(/(\d+)\s+\d+\s+R/g)) {
        const object = Number(ref[1]);
        reads.set(object, (reads.get(object) ?? 0) + 1);
      }
    }
  }
  return reads;
}
