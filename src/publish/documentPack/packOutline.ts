import { PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import type { PDFDict, PDFDocument, PDFRef } from 'pdf-lib';

/** A bookmark to write: its title, the page it opens at, and the bookmarks under it. */
export interface OutlineEntry {
  readonly title: string;
  readonly page: PDFRef;
  readonly children: readonly OutlineEntry[];
}

/**
 * Writes the document outline (bookmarks) of `doc` and opens the bookmarks pane with the file.
 *
 * pdf-lib has no outline API, and the libraries that have one either re-write the whole file
 * through their own model (pdfkit writes new documents only; HummusJS/muhammara is a native
 * module) or cost a second pass over 300 pages. An outline is a small linked structure (ISO
 * 32000-1 §12.3.3), so it is built here: an /Outlines dictionary with /First, /Last and /Count,
 * and items linked by /Parent, /Prev, /Next, each with /Title (UTF-16, so any name survives) and
 * a /Dest that opens its page fitted in the window. Every item is open: /Count on an item is the
 * number of its descendants, on the root the number of all items.
 */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const context = doc.context;
  const rootRef = context.nextRef();
  const root = context.obj({ Type: 'Outlines' });
  const count = writeLevel(doc, entries, rootRef, root);
  root.set(PDFName.of('Count'), PDFNumber.of(count));
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Writes one level under `parent`; returns how many items it holds, all levels counted. */
function writeLevel(doc: PDFDocument, entries: readonly OutlineEntry[], parentRef: PDFRef, parent: PDFDict): number {
  const context = doc.context;
  const refs = entries.map(() => context.nextRef());
  let total = 0;
  entries.forEach((entry, i) => {
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: parentRef,
      Dest: [entry.page, 'Fit'],
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    if (entry.children.length > 0) {
      const descendants = writeLevel(doc, entry.children, refs[i]!, item);
      item.set(PDFName.of('Count'), PDFNumber.of(descendants));
      total += descendants;
    }
    context.assign(refs[i]!, item);
    total += 1;
  });
  parent.set(PDFName.of('First'), refs[0]!);
  parent.set(PDFName.of('Last'), refs[refs.length - 1]!);
  return total;
}
