import { inflateSync } from 'node:zlib';
import {
  asInt,
  clone,
  hasKeyword,
  isWhite,
  parseValue,
  PdfSyntaxError,
  readInt,
  skipSpace,
  type PdfDict,
  type PdfValue,
} from './pdfSyntax.js';

/** An indirect object as read: its value and, for a stream, its raw (still encoded) data. */
export interface PdfObject {
  readonly value: PdfValue;
  readonly data?: Buffer;
}

/** A page with the attributes it inherits from the page tree made its own. */
export interface PdfPageEntry {
  readonly num: number;
  readonly dict: PdfDict;
}

/**
 * A fault no repair should be tried on: a page tree that loops or nests without end is refused,
 * not handed to a second parser that might loop on it.
 */
export class PdfRefusedError extends Error {
  override readonly name = 'PdfRefusedError';
}

/** The file is encrypted: copying its objects would copy ciphertext. */
export class PdfEncryptedError extends Error {
  override readonly name = 'PdfEncryptedError';
}

type XrefEntry =
  { readonly kind: 1; readonly offset: number } | { readonly kind: 2; readonly stream: number; readonly index: number };

const INHERITED = ['Resources', 'MediaBox', 'CropBox', 'Rotate'] as const;
/** Bounds that keep a hostile file from looping or exhausting memory. */
const MAX_XREF_SECTIONS = 1000;
const MAX_TREE_DEPTH = 64;
/** Cross-reference and object streams are small; a larger one is a zip bomb, not a document. */
const MAX_INFLATED = 64 * 1024 * 1024;

/**
 * A PDF file read through its cross-reference table or stream, objects parsed on demand (from
 * the file or from object streams). What it does not handle — a damaged cross-reference, a
 * filter other than Flate on an object or cross-reference stream — it refuses with a
 * PdfSyntaxError, and the caller repairs the file first (pdf-lib re-saves it).
 */
export class PdfFile {
  readonly text: string;
  readonly trailer: PdfDict;
  readonly #buffer: Buffer;
  readonly #xref = new Map<number, XrefEntry>();
  readonly #objectStreams = new Map<number, { text: string; offsets: Map<number, number> }>();
  #pages: { pages: PdfPageEntry[]; treeNodes: Set<number> } | undefined;

  constructor(bytes: Uint8Array) {
    this.#buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.text = this.#buffer.toString('latin1');
    const tail = this.text.lastIndexOf('startxref');
    if (tail < 0) throw new PdfSyntaxError('no startxref');
    const start = readInt(this.text, tail + 9);
    if (!start) throw new PdfSyntaxError('no cross-reference offset');
    let trailer: PdfDict | null = null;
    const seen = new Set<number>();
    let offset: number | null = start.value;
    while (offset !== null) {
      if (seen.has(offset) || seen.size > MAX_XREF_SECTIONS) throw new PdfSyntaxError('a cross-reference loop');
      seen.add(offset);
      const section = this.#readXrefSection(offset);
      trailer ??= section;
      offset = asInt(section.v.get('Prev'));
    }
    this.trailer = trailer!;
    if (this.trailer.v.has('Encrypt')) throw new PdfEncryptedError('the PDF is encrypted');
  }

  /** Reads one section at `offset` (a table or a stream), adding entries not already known; returns its trailer. */
  #readXrefSection(offset: number): PdfDict {
    const s = this.text;
    const at = skipSpace(s, offset);
    if (hasKeyword(s, at, 'xref')) {
      let pos = at + 4;
      for (;;) {
        pos = skipSpace(s, pos);
        if (hasKeyword(s, pos, 'trailer')) break;
        const first = readInt(s, pos);
        const count = first && readInt(s, first.end);
        if (!first || !count) throw new PdfSyntaxError(`a bad cross-reference table at byte ${pos}`);
        pos = count.end;
        for (let i = 0; i < count.value; i++) {
          const off = readInt(s, pos);
          const gen = off && readInt(s, off.end);
          if (!off || !gen) throw new PdfSyntaxError('a bad cross-reference entry');
          const type = skipSpace(s, gen.end);
          const num = first.value + i;
          if (s[type] === 'n' && !this.#xref.has(num)) this.#xref.set(num, { kind: 1, offset: off.value });
          else if (s[type] === 'f' && !this.#xref.has(num)) this.#xref.set(num, { kind: 1, offset: -1 });
          pos = type + 1;
        }
      }
      const trailer = parseValue(s, pos + 7).value;
      if (trailer.k !== 'dict') throw new PdfSyntaxError('a bad trailer');
      // A hybrid file: the stream holds the objects the table does not.
      const stm = asInt(trailer.v.get('XRefStm'));
      if (stm !== null) this.#readXrefStream(stm);
      return trailer;
    }
    return this.#readXrefStream(offset);
  }

  #readXrefStream(offset: number): PdfDict {
    const object = this.#readAt(offset, null);
    if (object.value.k !== 'dict' || !object.data) throw new PdfSyntaxError('no cross-reference at its offset');
    const dict = object.value;
    const data = this.#decode(dict, object.data);
    const w = dict.v.get('W');
    if (w?.k !== 'arr' || w.v.length !== 3) throw new PdfSyntaxError('a bad cross-reference stream');
    const widths = w.v.map((x) => asInt(x) ?? -1);
    if (widths.some((x) => x < 0 || x > 8)) throw new PdfSyntaxError('a bad cross-reference stream');
    const index = dict.v.get('Index');
    const ranges = index?.k === 'arr' ? index.v.map((x) => asInt(x) ?? 0) : [0, asInt(dict.v.get('Size')) ?? 0];
    const rowLength = widths[0]! + widths[1]! + widths[2]!;
    let row = 0;
    const field = (start: number, width: number, fallback: number): number => {
      if (width === 0) return fallback;
      let n = 0;
      for (let i = 0; i < width; i++) n = n * 256 + data[start + i]!;
      return n;
    };
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      for (let i = 0; i < ranges[r + 1]!; i++, row++) {
        const base = row * rowLength;
        if (base + rowLength > data.length) throw new PdfSyntaxError('a short cross-reference stream');
        const type = field(base, widths[0]!, 1);
        const a = field(base + widths[0]!, widths[1]!, 0);
        const b = field(base + widths[0]! + widths[1]!, widths[2]!, 0);
        const num = ranges[r]! + i;
        if (this.#xref.has(num)) continue;
        if (type === 1) this.#xref.set(num, { kind: 1, offset: a });
        else if (type === 2) this.#xref.set(num, { kind: 2, stream: a, index: b });
        else this.#xref.set(num, { kind: 1, offset: -1 });
      }
    }
    return dict;
  }

  /** Flate with an optional PNG predictor: what cross-reference and object streams use. */
  #decode(dict: PdfDict, data: Buffer): Buffer {
    const filter = dict.v.get('Filter');
    const filters = filter === undefined ? [] : filter.k === 'arr' ? filter.v : [filter];
    let out = data;
    for (const f of filters) {
      if (f.k !== 'name' || f.v !== 'FlateDecode') throw new PdfSyntaxError('a filter other than Flate');
      try {
        out = inflateSync(out, { maxOutputLength: MAX_INFLATED });
      } catch (error) {
        throw new PdfSyntaxError(`a Flate stream that cannot be inflated (${(error as Error).message})`);
      }
    }
    const parms = dict.v.get('DecodeParms');
    const p = parms?.k === 'arr' ? parms.v[0] : parms;
    const predictor = p?.k === 'dict' ? (asInt(p.v.get('Predictor')) ?? 1) : 1;
    if (predictor < 10) {
      if (predictor !== 1) throw new PdfSyntaxError('a TIFF predictor');
      return out;
    }
    const columns = p?.k === 'dict' ? (asInt(p.v.get('Columns')) ?? 1) : 1;
    return unpredictPng(out, columns);
  }

  /** Parses the object at byte `offset`; `expected` checks its number. */
  #readAt(offset: number, expected: number | null, streamAllowed = true): PdfObject {
    const s = this.text;
    const num = readInt(s, offset);
    const gen = num && readInt(s, num.end);
    const kw = gen ? skipSpace(s, gen.end) : -1;
    if (!num || !gen || !hasKeyword(s, kw, 'obj') || (expected !== null && num.value !== expected)) {
      throw new PdfSyntaxError(`object ${expected ?? '?'} is not at its offset ${offset}`);
    }
    const { value, end } = parseValue(s, kw + 3);
    const after = skipSpace(s, end);
    if (value.k !== 'dict' || !hasKeyword(s, after, 'stream')) return { value };
    if (!streamAllowed) throw new PdfSyntaxError(`object ${num.value}: a stream's length is a stream`);
    let start = after + 6;
    if (s.charCodeAt(start) === 13) start++;
    if (s.charCodeAt(start) === 10) start++;
    const declared = this.#lengthOf(value.v.get('Length'));
    let stop = declared === null ? -1 : start + declared;
    if (stop < start || stop > s.length || !endsStream(s, stop)) {
      // A wrong /Length, common in files from small tools: the data ends at "endstream".
      const found = s.indexOf('endstream', start);
      if (found < 0) throw new PdfSyntaxError(`object ${num.value}: a stream without endstream`);
      stop = found;
      if (s.charCodeAt(stop - 1) === 10) stop--;
      if (s.charCodeAt(stop - 1) === 13) stop--;
    }
    return { value, data: this.#buffer.subarray(start, stop) };
  }

  #lengthOf(value: PdfValue | undefined): number | null {
    if (value?.k === 'ref') {
      const entry = this.#xref.get(value.n);
      if (entry?.kind !== 1 || entry.offset < 0) return null;
      return asInt(this.#readAt(entry.offset, value.n, false).value);
    }
    return asInt(value);
  }

  /** The object numbered `num`; null for a free or missing one (a reference to it means null). */
  get(num: number): PdfObject | null {
    const entry = this.#xref.get(num);
    if (!entry) return null;
    if (entry.kind === 1) return entry.offset < 0 ? null : this.#readAt(entry.offset, num);
    const stream = this.#objectStream(entry.stream);
    const at = stream.offsets.get(num);
    if (at === undefined) return null;
    return { value: parseValue(stream.text, at).value };
  }

  #objectStream(num: number): { text: string; offsets: Map<number, number> } {
    let cached = this.#objectStreams.get(num);
    if (cached) return cached;
    const entry = this.#xref.get(num);
    if (entry?.kind !== 1 || entry.offset < 0) throw new PdfSyntaxError(`object stream ${num} is missing`);
    const object = this.#readAt(entry.offset, num);
    if (object.value.k !== 'dict' || !object.data) throw new PdfSyntaxError(`object ${num} is not an object stream`);
    const text = this.#decode(object.value, object.data).toString('latin1');
    const count = asInt(object.value.v.get('N')) ?? 0;
    const first = asInt(object.value.v.get('First')) ?? 0;
    const offsets = new Map<number, number>();
    let pos = 0;
    for (let i = 0; i < count; i++) {
      const n = readInt(text, pos);
      const off = n && readInt(text, n.end);
      if (!n || !off) throw new PdfSyntaxError(`object stream ${num}: a bad header`);
      offsets.set(n.value, first + off.value);
      pos = off.end;
    }
    cached = { text, offsets };
    this.#objectStreams.set(num, cached);
    return cached;
  }

  /** The value behind a reference (once), or the value itself. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value?.k === 'ref' ? this.get(value.n)?.value : value;
  }

  /**
   * The pages in order, each with the attributes it inherits (§7.7.3.4) copied in, and the
   * numbers of the page tree's inner nodes and the catalog (never to be copied with a page).
   */
  pages(): { pages: PdfPageEntry[]; treeNodes: Set<number> } {
    this.#pages ??= this.#readPages();
    return this.#pages;
  }

  #readPages(): { pages: PdfPageEntry[]; treeNodes: Set<number> } {
    const root = this.trailer.v.get('Root');
    const catalog = this.resolve(root);
    if (catalog?.k !== 'dict') throw new PdfSyntaxError('no document catalog');
    const treeNodes = new Set<number>(root?.k === 'ref' ? [root.n] : []);
    const pages: PdfPageEntry[] = [];
    const pageNums = new Set<number>();
    const walk = (node: PdfValue | undefined, inherited: Map<string, PdfValue>, depth: number): void => {
      if (depth > MAX_TREE_DEPTH) throw new PdfRefusedError('a page tree nested too deeply');
      if (node?.k !== 'ref') throw new PdfSyntaxError('a bad page tree');
      if (treeNodes.has(node.n) || pageNums.has(node.n)) throw new PdfRefusedError('a page tree that loops');
      const dict = this.get(node.n)?.value;
      if (dict?.k !== 'dict') throw new PdfSyntaxError(`page tree node ${node.n} is not a dictionary`);
      const here = new Map(inherited);
      for (const key of INHERITED) {
        const v = dict.v.get(key);
        if (v !== undefined) here.set(key, v);
      }
      const kids = dict.v.get('Kids');
      const type = dict.v.get('Type');
      if (kids !== undefined && !(type?.k === 'name' && type.v === 'Page')) {
        treeNodes.add(node.n);
        const list = this.resolve(kids);
        if (list?.k !== 'arr') throw new PdfSyntaxError('a page tree node without kids');
        for (const kid of list.v) walk(kid, here, depth + 1);
        return;
      }
      // Each page gets its own copy of what it inherits: the copier renumbers values in place.
      for (const [key, v] of here) if (!dict.v.has(key)) dict.v.set(key, clone(v));
      pages.push({ num: node.n, dict });
      pageNums.add(node.n);
    };
    walk(catalog.v.get('Pages'), new Map(), 0);
    return { pages, treeNodes };
  }
}

function endsStream(s: string, pos: number): boolean {
  let p = pos;
  while (p < s.length && isWhite(s.charCodeAt(p))) p++;
  return s.startsWith('endstream', p);
}

/** Undoes PNG row predictors (RFC 2083 §6): one filter byte, then `columns` bytes a row. */
function unpredictPng(data: Buffer, columns: number): Buffer {
  const rowLength = columns + 1;
  const rows = Math.floor(data.length / rowLength);
  const out = Buffer.alloc(rows * columns);
  for (let r = 0; r < rows; r++) {
    const type = data[r * rowLength]!;
    for (let c = 0; c < columns; c++) {
      const raw = data[r * rowLength + 1 + c]!;
      const left = c > 0 ? out[r * columns + c - 1]! : 0;
      const up = r > 0 ? out[(r - 1) * columns + c]! : 0;
      const upLeft = r > 0 && c > 0 ? out[(r - 1) * columns + c - 1]! : 0;
      let value: number;
      if (type === 0) value = raw;
      else if (type === 1) value = raw + left;
      else if (type === 2) value = raw + up;
      else if (type === 3) value = raw + Math.floor((left + up) / 2);
      else if (type === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      } else throw new PdfSyntaxError('a bad PNG predictor');
      out[r * columns + c] = value & 0xff;
    }
  }
  return out;
}
