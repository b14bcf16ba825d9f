import type { PdfWriter } from './pdfWriter.js';
import { arr, dict, name, num, ref, textString, type PdfDict } from './pdfSyntax.js';

/** A bookmark to write: its title, the page (object number) it opens at, and the bookmarks under it. */
export interface OutlineEntry {
  readonly title: string;
  readonly page: number;
  readonly children: readonly OutlineEntry[];
}

/**
 * Writes the document outline (bookmarks); returns the /Outlines object's number, or null when
 * there is nothing to list.
 *
 * pdf-lib has no outline API, and the libraries that have one write new documents only (pdfkit)
 * or are native modules (muhammara). An outline is a small linked structure (ISO 32000-1
 * §12.3.3), so it is built here: an /Outlines dictionary with /First, /Last and /Count, and items
 * linked by /Parent, /Prev, /Next, each with /Title (UTF-16, so any name survives) and a /Dest
 * that opens its page fitted in the window. Every item is open: /Count on an item is the number
 * of its descendants, on the root the number of all items.
 */
export function writeOutline(writer: PdfWriter, entries: readonly OutlineEntry[]): number | null {
  if (entries.length === 0) return null;
  const rootNum = writer.allocate();
  const root = dict({ Type: name('Outlines') });
  root.v.set('Count', num(writeLevel(writer, entries, rootNum, root)));
  writer.set(rootNum, root);
  return rootNum;
}

/** Writes one level under `parent`; returns how many items it holds, all levels counted. */
function writeLevel(writer: PdfWriter, entries: readonly OutlineEntry[], parentNum: number, parent: PdfDict): number {
  const nums = entries.map(() => writer.allocate());
  let total = 0;
  entries.forEach((entry, i) => {
    const item = dict({
      Title: textString(entry.title),
      Parent: ref(parentNum),
      Dest: arr(ref(entry.page), name('Fit')),
    });
    if (i > 0) item.v.set('Prev', ref(nums[i - 1]!));
    if (i < nums.length - 1) item.v.set('Next', ref(nums[i + 1]!));
    if (entry.children.length > 0) {
      const descendants = writeLevel(writer, entry.children, nums[i]!, item);
      item.v.set('Count', num(descendants));
      total += descendants;
    }
    writer.set(nums[i]!, item);
    total += 1;
  });
  parent.v.set('First', ref(nums[0]!));
  parent.v.set('Last', ref(nums[nums.length - 1]!));
  return total;
}
