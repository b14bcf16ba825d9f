import { PDFDocument, StandardFonts } from 'pdf-lib';
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
import { loadPartPdf } from './loadPartPdf.js';
import { writeOutline, type OutlineEntry } from './packOutline.js';
import { setPackProperties } from './packProperties.js';
import { stampPageNumber } from './pageStamp.js';

export interface BuildDocumentPackOptions {
  /** The pack's creation date in its properties; now by default. */
  readonly now?: Date;
  /** The catalog's /Lang; English (United Kingdom) by default. */
  readonly language?: string;
}

/** What a part is called in error messages: `part 3 (5. Budget monitoring)`. */
const partName = (index: number, plan: PackPlan): string => `part ${index + 1} (${packPartLabel(plan.parts[index]!)})`;

/**
 * Builds a meeting's document pack: Quorum's front sheet (the meeting, its contact and an agenda
 * list giving each document's pages in the pack), then every part's pages copied in the plan's
 * order, a "Page N" stamp in the bottom margin of every page, a bookmark per part (appendices
 * under their report), and the document's properties and language.
 *
 * Two passes: the front sheet is laid out first to learn how many pages it takes, which fixes
 * every part's page range; then it is drawn with those ranges.
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
  // Each input is parsed once; its pages are copied in one call so that resources the pages
  // share (fonts, images) are copied once.
  const sources: PDFDocument[] = [];
  for (const [index, part] of plan.parts.entries()) sources.push(await loadPartPdf(part.pdf, partName(index, plan)));

  const pack = await PDFDocument.create({ updateMetadata: false });
  const fonts = {
    regular: pack.embedStandardFont(StandardFonts.Helvetica),
    bold: pack.embedStandardFont(StandardFonts.HelveticaBold),
  };
  const layout = layoutFrontSheet(plan, fonts);
  const frontPages = layout.pages.map(() => pack.addPage(A4));
  const ranges = packPageRanges(
    frontPages.length,
    sources.map((source) => source.getPageCount()),
  );
  for (const [index, source] of sources.entries()) {
    let copied;
    try {
      copied = await pack.copyPages(source, source.getPageIndices());
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new AppError('INPUT_INVALID', `${partName(index, plan)}: its pages cannot be copied (${reason})`, {
        cause: error,
      });
    }
    for (const page of copied) pack.addPage(page);
  }
  const pages = pack.getPages();
  const pageRefs = pages.map((page) => page.ref);
  drawFrontSheet(layout, frontPages, fonts, ranges, pageRefs);
  pages.forEach((page, i) => stampPageNumber(page, i + 1, fonts.regular));

  const title = `${plan.body}, ${formatDate(plan.meeting.date)}: document pack`;
  // An appendix under its report is named without the report's item number, as on the front sheet.
  const toEntry = (node: PackOutlineNode, depth: number): OutlineEntry => {
    const part = plan.parts[node.partIndex]!;
    return {
      title: depth === 0 ? packPartLabel(part) : part.title,
      page: pageRefs[ranges[node.partIndex]!.firstPage - 1]!,
      children: node.children.map((child) => toEntry(child, depth + 1)),
    };
  };
  writeOutline(pack, [
    { title: 'Front sheet', page: pageRefs[0]!, children: [] },
    ...packOutlineTree(plan.parts).map((node) => toEntry(node, 0)),
  ]);
  setPackProperties(pack, {
    title,
    author: plan.council,
    subject: `Agenda, minutes of the last meeting and reports for the ${plan.body} meeting of ${formatDate(plan.meeting.date)}`,
    keywords: [plan.body, 'agenda', 'document pack', plan.meeting.date],
    language: options.language ?? 'en-GB',
    createdAt: options.now ?? new Date(),
  });
  // Object streams would make the file smaller but cost a deflate of every object: without
  // them, saving a 300-page pack is several times faster (bench/pack). No yielding either.
  const pdf = await pack.save({
    useObjectStreams: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
    addDefaultPage: false,
  });
  return { pdf, pageRanges: ranges, frontSheetPages: frontPages.length };
}
