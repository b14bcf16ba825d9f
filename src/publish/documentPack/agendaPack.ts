import { PDFDocument, rgb } from 'pdf-lib';
import type {
  DocumentPack,
  PackAgendaLine,
  PackContact,
  PackLogo,
  PackMeeting,
  PackPart,
} from '../../domain/documentPack.js';
import { buildDocumentPack } from './buildDocumentPack.js';
import { drawableText } from './drawableText.js';
import { A4 } from './frontSheet.js';
import { frontSheetFonts } from './frontSheetFonts.js';
import { wrapText } from './wrapText.js';

/** One item of a published agenda as its pack needs it. An exempt item brings no papers. */
export interface AgendaPackItem {
  /** The agenda item's id, for the caller to place each item's pages in the record. */
  readonly id?: string | undefined;
  readonly number: string;
  readonly title: string;
  readonly isExempt: boolean;
  readonly exemptParagraph: number | null;
  readonly papers: readonly {
    readonly title: string;
    readonly kind: 'report' | 'appendix';
    readonly pdf: Uint8Array;
  }[];
}

/**
 * What a published agenda's pack is made from: plain data (bytes and text), so that it can be
 * handed to a worker thread whole.
 */
export interface AgendaPackRequest {
  readonly council: string;
  readonly body: string;
  readonly meeting: PackMeeting;
  readonly contact?: PackContact | undefined;
  readonly logo?: PackLogo | undefined;
  readonly publishedOn: string;
  /** A supplementary or revised agenda's notice, printed on the front sheet. */
  readonly note?: string | undefined;
  readonly items: readonly AgendaPackItem[];
  /** The pack's creation date, ISO 8601. */
  readonly now: string;
  readonly fontDir?: string | undefined;
}

/** What the public pack says in place of an exempt item's papers. */
export function exemptNote(paragraph: number | null): string {
  const which = paragraph ? `paragraph ${paragraph} of ` : '';
  return `Not for publication: exempt information under ${which}Part 1 of Schedule 12A to the Local Government Act 1972. Its papers are not in this pack.`;
}

/** One A4 page standing for an exempt item's papers: its number, its title and why they are withheld. */
async function exemptNoticePdf(item: AgendaPackItem, fontDir: string | undefined): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const heading = `Item ${item.number}: ${item.title}`;
  const note = exemptNote(item.exemptParagraph);
  const fonts = await frontSheetFonts(doc, [heading, note], fontDir);
  const page = doc.addPage(A4);
  const width = A4[0] - 112;
  let y = A4[1] - 120;
  const draw = (text: string, bold: boolean, size: number): void => {
    const font = bold ? fonts.bold : fonts.regular;
    for (const line of wrapText(drawableText(font, text), font, size, width)) {
      page.drawText(line, { x: 56, y, size, font, color: rgb(0.04, 0.05, 0.05) });
      y -= size * 1.35;
    }
    y -= size;
  };
  draw(heading, true, 16);
  draw('Not for publication', true, 13);
  draw(note, false, 11);
  return doc.save({ useObjectStreams: false });
}

/**
 * The public document pack of a published agenda: the front sheet lists every item with its
 * papers' pages; each public item's reports and appendices follow in agenda order; an exempt item's
 * papers never come in (the request does not carry them) and a one-page notice naming its
 * Schedule 12A paragraph takes their place.
 */
export async function buildAgendaPack(request: AgendaPackRequest): Promise<DocumentPack> {
  const parts: PackPart[] = [];
  const lines: PackAgendaLine[] = [];
  for (const item of request.items) {
    if (item.isExempt) {
      lines.push({ number: item.number, title: item.title, note: exemptNote(item.exemptParagraph) });
      parts.push({
        kind: 'report',
        itemNumber: item.number,
        title: 'Not for publication (exempt information)',
        pdf: await exemptNoticePdf(item, request.fontDir),
      });
      continue;
    }
    lines.push({ number: item.number, title: item.title });
    for (const paper of item.papers)
      parts.push({ kind: paper.kind, itemNumber: item.number, title: paper.title, pdf: paper.pdf });
  }
  return buildDocumentPack(
    {
      council: request.council,
      body: request.body,
      meeting: request.meeting,
      frontSheet: {
        contact: request.contact,
        publishedOn: request.publishedOn,
        note: request.note,
        items: lines,
        logo: request.logo,
      },
      parts,
    },
    { now: new Date(request.now), fontDir: request.fontDir },
  );
}
