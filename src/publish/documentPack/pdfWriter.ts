import { createHash } from 'node:crypto';
import type { PdfFile } from './pdfFile.js';
import { NULL, ref, serialize, type PdfDict, type PdfValue } from './pdfSyntax.js';

interface Entry {
  value: PdfValue;
  readonly data?: Uint8Array | undefined;
}

/**
 * A new PDF file: objects numbered from 1, written with a classic cross-reference table (no
 * object streams: nothing to deflate, so writing is a copy of the inputs' bytes).
 */
export class PdfWriter {
  readonly #objects: (Entry | undefined)[] = [undefined];

  allocate(): number {
    this.#objects.push(undefined);
    return this.#objects.length - 1;
  }

  set(num: number, value: PdfValue, data?: Uint8Array): void {
    this.#objects[num] = { value, data };
  }

  add(value: PdfValue, data?: Uint8Array): number {
    const num = this.allocate();
    this.set(num, value, data);
    return num;
  }

  /** How many objects there are: a point to roll back to when a copy fails half-way. */
  mark(): number {
    return this.#objects.length;
  }

  rollback(mark: number): void {
    this.#objects.length = mark;
  }

  /** The value of an object already set, or the value itself when it is not a reference. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value?.k === 'ref' ? this.#objects[value.n]?.value : value;
  }

  /**
   * Copies the pages of `file` with every object they reach, renumbered; returns the pages'
   * new numbers and their dictionaries (still to be given a /Parent, and open to changes until
   * `toBytes`). References to the source's page tree or catalog become null: a page must not
   * drag its old document along (a link's /P to its page is kept: the page is copied too).
   */
  copyPages(file: PdfFile): { num: number; dict: PdfDict }[] {
    const { pages, treeNodes } = file.pages();
    const map = new Map<number, number>();
    for (const page of pages) map.set(page.num, this.allocate());
    const queue: [number, number][] = [];
    const fix = (value: PdfValue): PdfValue => {
      if (value.k === 'ref') {
        if (treeNodes.has(value.n)) return NULL;
        let to = map.get(value.n);
        if (to === undefined) {
          to = this.allocate();
          map.set(value.n, to);
          queue.push([value.n, to]);
        }
        return ref(to);
      }
      if (value.k === 'arr') for (let i = 0; i < value.v.length; i++) value.v[i] = fix(value.v[i]!);
      else if (value.k === 'dict') for (const [key, v] of value.v) value.v.set(key, fix(v));
      return value;
    };
    const out = pages.map((page) => {
      page.dict.v.delete('Parent');
      fix(page.dict);
      const num = map.get(page.num)!;
      this.set(num, page.dict);
      return { num, dict: page.dict };
    });
    for (let next = queue.pop(); next; next = queue.pop()) {
      const [from, to] = next;
      const object = file.get(from);
      if (!object) {
        this.set(to, NULL);
        continue;
      }
      // A stream's /Length is written from its data: never copy an indirect length.
      if (object.data && object.value.k === 'dict') object.value.v.delete('Length');
      this.set(to, fix(object.value), object.data);
    }
    return out;
  }

  /** The file: header, objects, cross-reference table and trailer (`Root`, `Info`). */
  toBytes(root: number, info: number): Uint8Array {
    const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let size = chunks[0]!.length;
    const offsets: number[] = [0];
    for (let num = 1; num < this.#objects.length; num++) {
      const entry = this.#objects[num] ?? { value: NULL };
      offsets.push(size);
      let head: string;
      if (entry.data && entry.value.k === 'dict') {
        entry.value.v.set('Length', { k: 'num', v: String(entry.data.length) });
        head = `${num} 0 obj\n${serialize(entry.value)}\nstream\n`;
      } else head = `${num} 0 obj\n${serialize(entry.value)}\nendobj\n`;
      const headBytes = Buffer.from(head, 'latin1');
      chunks.push(headBytes);
      size += headBytes.length;
      if (entry.data && entry.value.k === 'dict') {
        const tail = Buffer.from('\nendstream\nendobj\n', 'latin1');
        chunks.push(Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength), tail);
        size += entry.data.length + tail.length;
      }
    }
    const count = this.#objects.length;
    let xref = `xref\n0 ${count}\n0000000000 65535 f\r\n`;
    for (let num = 1; num < count; num++) xref += `${String(offsets[num]).padStart(10, '0')} 00000 n\r\n`;
    // The file identifier (§14.4) from the objects' offsets and the trailer's targets: the same
    // pack built twice gets the same identifier, without hashing megabytes of page content.
    const id = `<${createHash('md5')
      .update(xref)
      .update(serialize(this.#objects[info]?.value ?? NULL))
      .digest('hex')}>`;
    xref += `trailer\n<</Size ${count}/Root ${root} 0 R/Info ${info} 0 R/ID [${id} ${id}]>>\nstartxref\n${size}\n%%EOF\n`;
    chunks.push(Buffer.from(xref, 'latin1'));
    return new Uint8Array(Buffer.concat(chunks));
  }
}
