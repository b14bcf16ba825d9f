import { PDFDocument } from 'pdf-lib';
import { formatDate } from '../../domain/calendar/dateInWords.js';
import {
  packOutlineTree,
  packPageRanges,
  packPartLabel,
  PackPlanSchema,
  type DocumentPack,
  type PackOutlineNode,
  type PackPlan,
} from '../../domain/documentPack.js';
import { AppError } from '../../domain/errors.js';
import { A4, drawFrontSheet, layoutFrontSheet } from './frontSheet.js';
import { frontSheetFonts, planTexts } from './frontSheetFonts.js';
import { loadPartPdf, repaired } from './loadPartPdf.js';
import { writeOutline, type OutlineEntry } from './packOutline.js';
import { packInfo, PAGE_MODE, VIEWER_PREFERENCES } from './packProperties.js';
import { pageStampContent } from './pageStamp.js';
import { PdfFile } from './pdfFile.js';
import {
  arr,
  asciiString,
  asNumber,
  dict,
  name,
  num,
  PdfSyntaxError,
  ref,
  textString,
  type PdfDict,
  type PdfValue,
} from './pdfSyntax.js';
import { PdfWriter } from './pdfWriter.js';

export interface BuildDocumentPackOptions {
  /** The pack's creation date in its properties; now by default. */
  readonly now?: Date;
  /** The catalog's /Lang; English (United Kingdom) by default. */
  readonly language?: string;
  /** Where DejaVuSans.ttf and DejaVuSans-Bold.ttf are (see frontSheetFonts.ts). */
  readonly fontDir?: string;
}

/** The resource name of the stamp's font on every page. */
const STAMP_FONT = 'QuorumStamp';

/** What a part is called in error messages: `part 3 (5. Budget monitoring)`. */
const partName = (index: number, plan: PackPlan): string => `part ${index + 1} (${packPartLabel(plan.parts[index]!)})`;

/**
 * Builds a meeting's document pack: Quorum's front sheet (the meeting, its contact and an agenda
 * list giving each document's pages in the pack, each row a link), then every part's pages in
 * the plan's order, a "Page N" stamp in the bottom margin of every page, a bookmark per part
 * (appendices under their report), and the document's properties and language.
 *
 * Two passes: the front sheet is laid out first to learn how many pages it takes, which fixes
 * every part's page range; then it is drawn with those ranges.
 *
 * The front sheet is drawn with pdf-lib; the pages are merged by Quorum's own object copier
 * (pdfFile.ts, pdfWriter.ts), not pdf-lib's copyPages: pdf-lib parses every object into its
 * object model and re-serialises it, which made a 300-page pack 3.5 to 6 times slower than
 * qpdf (bench/pack); the copier parses only dictionaries and copies stream data as it is.
 *
 * Throws AppError INPUT_INVALID, naming the part, when the plan breaks its schema or a part is
 * not a readable, unencrypted PDF with pages; nothing is returned half-built.
 */
export async function buildDocumentPack(plan: PackPlan, options: BuildDocumentPackOptions = {}): Promise<DocumentPack> {
  const checked = PackPlanSchema.safeParse(plan);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : 'plan';
    throw new AppError('INPUT_INVALID', `document pack: ${where}: ${issue.message}`);
  }
  const sources: PdfFile[] = [];
  for (const [index, part] of plan.parts.entries()) sources.push(await loadPartPdf(part.pdf, partName(index, plan)));

  // The front sheet, drawn by pdf-lib in a document of its own.
  const sheet = await PDFDocument.create({ updateMetadata: false });
  const fonts = {
    ...(await frontSheetFonts(sheet, planTexts(plan), options.fontDir)),
    logo: await embedLogo(sheet, plan),
  };
  const layout = layoutFrontSheet(plan, fonts);
  const sheetPages = layout.pages.map(() => sheet.addPage(A4));
  const ranges = packPageRanges(
    sheetPages.length,
    sources.map((source) => source.pages().pages.length),
  );
  const links = drawFrontSheet(layout, sheetPages, fonts, ranges);
  const sheetFile = new PdfFile(
    await sheet.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY }),
  );

  const writer = new PdfWriter();
  const pages: { num: number; dict: PdfDict }[] = [];
  for (const [index, source] of [sheetFile, ...sources].entries()) {
    const which = index === 0 ? 'the front sheet' : partName(index - 1, plan);
    const mark = writer.mark();
    try {
      pages.push(...writer.copyPages(source));
    } catch (error) {
      // A fault found only while copying (an object not where the cross-reference says): undo
      // the half-copy, repair the file and copy it again.
      writer.rollback(mark);
      if (!(error instanceof PdfSyntaxError) || index === 0) throw cannotCopy(which, error);
      const again = await repaired(plan.parts[index - 1]!.pdf, which);
      try {
        pages.push(...writer.copyPages(again));
      } catch (retryError) {
        throw cannotCopy(which, retryError);
      }
    }
  }

  const pageTree = writer.allocate();
  stampPages(writer, pages);
  for (const link of links) {
    const target = pages[ranges[link.partIndex]!.firstPage - 1]!.num;
    addLink(writer, pages[link.pageIndex]!.dict, link.rect, target);
  }
  for (const page of pages) page.dict.v.set('Parent', ref(pageTree));
  writer.set(
    pageTree,
    dict({ Type: name('Pages'), Kids: arr(...pages.map((p) => ref(p.num))), Count: num(pages.length) }),
  );

  // An appendix under its report is named without the report's item number, as on the front sheet.
  const toEntry = (node: PackOutlineNode, depth: number): OutlineEntry => {
    const part = plan.parts[node.partIndex]!;
    return {
      title: depth === 0 ? packPartLabel(part) : part.title,
      page: pages[ranges[node.partIndex]!.firstPage - 1]!.num,
      children: node.children.map((child) => toEntry(child, depth + 1)),
    };
  };
  const outline = writeOutline(writer, [
    { title: 'Front sheet', page: pages[0]!.num, children: [] },
    ...packOutlineTree(plan.parts).map((node) => toEntry(node, 0)),
  ]);
  const info = writer.add(
    packInfo({
      title: `${plan.body}, ${formatDate(plan.meeting.date)}: document pack`,
      author: plan.council,
      subject: `Agenda, minutes of the last meeting and reports for the ${plan.body} meeting of ${formatDate(plan.meeting.date)}`,
      keywords: [plan.body, 'agenda', 'document pack', plan.meeting.date],
      createdAt: options.now ?? new Date(),
    }),
  );
  const catalog = dict({
    Type: name('Catalog'),
    Pages: ref(pageTree),
    Lang: asciiString(languageTag(options.language)),
    ViewerPreferences: VIEWER_PREFERENCES,
  });
  if (outline !== null) {
    catalog.v.set('Outlines', ref(outline));
    catalog.v.set('PageMode', PAGE_MODE);
  }
  const root = writer.add(catalog);
  return { pdf: writer.toBytes(root, info), pageRanges: ranges, frontSheetPages: sheetPages.length };
}

/** The council's logo as an image of the front sheet; a logo pdf-lib cannot read is left off, not fatal. */
async function embedLogo(sheet: PDFDocument, plan: PackPlan) {
  const logo = plan.frontSheet.logo;
  if (!logo) return undefined;
  try {
    return logo.mediaType === 'image/png' ? await sheet.embedPng(logo.bytes) : await sheet.embedJpg(logo.bytes);
  } catch {
    return undefined;
  }
}

function cannotCopy(which: string, error: unknown): AppError {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new AppError('INPUT_INVALID', `${which}: its pages cannot be copied (${reason})`, { cause: error });
}

/** A box as [x0 y0 x1 y1] numbers, or null. */
function boxOf(writer: PdfWriter, value: PdfValue | undefined): [number, number, number, number] | null {
  const box = writer.resolve(value);
  if (box?.k !== 'arr' || box.v.length !== 4) return null;
  const n = box.v.map((v) => asNumber(writer.resolve(v)));
  if (n.some((x) => x === null)) return null;
  const [a, b, c, d] = n as number[];
  return [Math.min(a!, c!), Math.min(b!, d!), Math.max(a!, c!), Math.max(b!, d!)];
}

/**
 * Stamps "Page N" on every page: the page's content wrapped in q/Q (two streams shared by all
 * pages), then a small stream of its own that draws the number in Helvetica, added to the page's
 * fonts (a font dictionary shared by several pages gets the same entry once more: harmless).
 */
function stampPages(writer: PdfWriter, pages: readonly { num: number; dict: PdfDict }[]): void {
  const font = writer.add(
    dict({
      Type: name('Font'),
      Subtype: name('Type1'),
      BaseFont: name('Helvetica'),
      Encoding: name('WinAnsiEncoding'),
    }),
  );
  const save = writer.add(dict({}), Buffer.from('q\n', 'latin1'));
  const restore = writer.add(dict({}), Buffer.from('\nQ\n', 'latin1'));
  pages.forEach((page, i) => {
    const media = boxOf(writer, page.dict.v.get('MediaBox')) ?? [0, 0, 612, 792];
    const crop = boxOf(writer, page.dict.v.get('CropBox')) ?? media;
    // What a viewer shows: the crop box, clipped to the media box.
    const x0 = Math.max(media[0], crop[0]);
    const y0 = Math.max(media[1], crop[1]);
    const x1 = Math.min(media[2], crop[2]);
    const y1 = Math.min(media[3], crop[3]);
    const box =
      x1 > x0 && y1 > y0
        ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
        : { x: media[0], y: media[1], width: media[2] - media[0], height: media[3] - media[1] };
    const rotate = asNumber(writer.resolve(page.dict.v.get('Rotate'))) ?? 0;
    const stamp = writer.add(dict({}), Buffer.from(pageStampContent(box, rotate, i + 1, STAMP_FONT), 'latin1'));

    let resources = writer.resolve(page.dict.v.get('Resources'));
    if (resources?.k !== 'dict') {
      resources = dict({});
      page.dict.v.set('Resources', resources);
    }
    let fonts = writer.resolve(resources.v.get('Font'));
    if (fonts?.k !== 'dict') {
      fonts = dict({});
      resources.v.set('Font', fonts);
    }
    fonts.v.set(STAMP_FONT, ref(font));

    const contents = page.dict.v.get('Contents');
    const resolved = writer.resolve(contents);
    const own = contents === undefined ? [] : resolved?.k === 'arr' ? resolved.v : [contents];
    page.dict.v.set('Contents', arr(ref(save), ...own, ref(restore), ref(stamp)));
  });
}

/** An internal link (no border) from `rect` on a page to the page numbered `target`. */
function addLink(writer: PdfWriter, page: PdfDict, rect: readonly number[], target: number): void {
  const link = writer.add(
    dict({
      Type: name('Annot'),
      Subtype: name('Link'),
      Rect: arr(...rect.map(num)),
      Border: arr(num(0), num(0), num(0)),
      Dest: arr(ref(target), name('Fit')),
      // What a screen reader announces for a link on a page that is not tagged.
      Contents: textString('Go to this document'),
    }),
  );
  const annots = writer.resolve(page.v.get('Annots'));
  if (annots?.k === 'arr') annots.v.push(ref(link));
  else page.v.set('Annots', arr(ref(link)));
}

/** A BCP 47 language tag (`en-GB`, `cy`); anything else is refused rather than written. */
function languageTag(language: string | undefined): string {
  const tag = language ?? 'en-GB';
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) {
    throw new AppError('INPUT_INVALID', `document pack: language: "${tag.slice(0, 40)}" is not a language tag`);
  }
  return tag;
}
