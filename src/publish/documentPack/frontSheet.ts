import { rgb } from 'pdf-lib';
import type { PDFFont, PDFImage, PDFPage } from 'pdf-lib';
import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import { formatTime } from '../../domain/calendar/timeInWords.js';
import { packOutlineTree, pageRangeText } from '../../domain/documentPack.js';
import type { PackOutlineNode, PackPageRange, PackPlan } from '../../domain/documentPack.js';
import { drawableText } from './drawableText.js';
import { wrapText } from './wrapText.js';

/** A4 portrait, in points: the paper English councils print on. */
export const A4: [number, number] = [595.28, 841.89];
const MARGIN_X = 56;
const TOP = 64;
/** Clear of the page stamp, which sits in the bottom 30 points. */
const BOTTOM = 64;
const RIGHT = A4[0] - MARGIN_X;
const LABEL_WIDTH = 84;
const NUMBER_WIDTH = 54;
const PAGES_WIDTH = 72;
const CHILD_INDENT = 16;

export interface FrontSheetFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  /** The council's logo, drawn at the head of the first page. */
  readonly logo?: PDFImage | undefined;
}

/** The logo's box on the front sheet: at most this tall and wide, in points. */
const LOGO_HEIGHT = 56;
const LOGO_WIDTH = 200;

/** One piece of text on a row: `pagesOf` is filled in with a part's page range once pages are known. */
interface Piece {
  readonly x: number;
  /** Baseline below the row's top. */
  readonly dy: number;
  readonly size: number;
  readonly bold: boolean;
  readonly alignRight?: boolean;
  readonly text?: string;
  readonly pagesOf?: number;
  /** The part indexes whose pages together this piece prints (an item's papers). */
  readonly pagesOfAll?: readonly number[];
  readonly image?: { readonly image: PDFImage; readonly width: number; readonly height: number };
}

/** A block kept on one page; `linkTo` makes the whole row a link to that part's first page. */
interface Row {
  readonly height: number;
  readonly pieces: readonly Piece[];
  readonly linkTo?: number;
}

/** The front sheet cut into pages. Its page count does not depend on the page numbers it prints. */
export interface FrontSheetLayout {
  readonly pages: readonly (readonly Row[])[];
}

const leading = (size: number): number => size * 1.35;

function textRows(
  text: string,
  font: PDFFont,
  options: { size: number; bold: boolean; x?: number; width?: number; after?: number },
): Row[] {
  const x = options.x ?? MARGIN_X;
  const lines = wrapText(drawableText(font, text), font, options.size, options.width ?? RIGHT - x);
  return lines.map((line, i) => ({
    height: leading(options.size) + (i === lines.length - 1 ? (options.after ?? 0) : 0),
    pieces: [{ x, dy: options.size, size: options.size, bold: options.bold, text: line }],
  }));
}

/** "Venue" | "Council House, ..." kept together, the value wrapped beside its label. */
function labelledRow(label: string, values: readonly string[], fonts: FrontSheetFonts): Row {
  const size = 11;
  const x = MARGIN_X + LABEL_WIDTH;
  const lines = values.flatMap((v) => wrapText(drawableText(fonts.regular, v), fonts.regular, size, RIGHT - x));
  return {
    height: leading(size) * lines.length + 2,
    pieces: [
      { x: MARGIN_X, dy: size, size, bold: true, text: label },
      ...lines.map((line, i) => ({ x, dy: size + i * leading(size), size, bold: false, text: line })),
    ],
  };
}

const spacer = (height: number): Row => ({ height, pieces: [] });

function agendaRows(plan: PackPlan, nodes: readonly PackOutlineNode[], fonts: FrontSheetFonts, depth: number): Row[] {
  const size = 11;
  return nodes.flatMap((node) => {
    const part = plan.parts[node.partIndex]!;
    const indent = depth * CHILD_INDENT;
    const titleX = MARGIN_X + NUMBER_WIDTH + indent;
    const title = wrapText(drawableText(fonts.regular, part.title), fonts.regular, size, RIGHT - PAGES_WIDTH - titleX);
    const number = part.itemNumber && depth === 0 ? drawableText(fonts.bold, part.itemNumber) : '';
    const row: Row = {
      height: leading(size) * title.length + 4,
      linkTo: node.partIndex,
      pieces: [
        ...(number ? [{ x: MARGIN_X, dy: size, size, bold: true, text: number }] : []),
        ...title.map((line, i) => ({ x: titleX, dy: size + i * leading(size), size, bold: false, text: line })),
        { x: RIGHT, dy: size, size, bold: false, alignRight: true, pagesOf: node.partIndex },
      ],
    };
    return [row, ...agendaRows(plan, node.children, fonts, depth + 1)];
  });
}

/**
 * The agenda as items: each item's number and title, then (indented) each part filed under its
 * number with that part's pages, and the item's note (why its papers are not in the pack).
 * Parts that no item claims come first, as the parts-only list shows them.
 */
function itemRows(plan: PackPlan, fonts: FrontSheetFonts): Row[] {
  const size = 11;
  const items = plan.frontSheet.items ?? [];
  const numbers = new Set(items.map((i) => i.number).filter((n): n is string => !!n));
  const unclaimed = plan.parts.flatMap((p, partIndex) =>
    p.itemNumber && numbers.has(p.itemNumber) ? [] : [{ kind: p.kind, itemNumber: p.itemNumber, partIndex }],
  );
  const remap = (node: PackOutlineNode): PackOutlineNode => ({
    partIndex: unclaimed[node.partIndex]!.partIndex,
    children: node.children.map(remap),
  });
  const rows = agendaRows(plan, packOutlineTree(unclaimed).map(remap), fonts, 0);
  const titleX = MARGIN_X + NUMBER_WIDTH;
  for (const item of items) {
    const parts = item.number
      ? plan.parts.flatMap((p, partIndex) => (p.itemNumber === item.number ? [partIndex] : []))
      : [];
    const title = wrapText(drawableText(fonts.bold, item.title), fonts.bold, size, RIGHT - PAGES_WIDTH - titleX);
    rows.push({
      height: leading(size) * title.length + 4,
      ...(parts.length > 0 ? { linkTo: parts[0]! } : {}),
      pieces: [
        ...(item.number
          ? [{ x: MARGIN_X, dy: size, size, bold: true, text: drawableText(fonts.bold, item.number) }]
          : []),
        ...title.map((line, i) => ({ x: titleX, dy: size + i * leading(size), size, bold: true, text: line })),
        // One paper: its own row below gives the pages.
        ...(parts.length > 1 ? [{ x: RIGHT, dy: size, size, bold: false, alignRight: true, pagesOfAll: parts }] : []),
      ],
    });
    const x = titleX + CHILD_INDENT;
    for (const partIndex of parts) {
      const lines = wrapText(
        drawableText(fonts.regular, plan.parts[partIndex]!.title),
        fonts.regular,
        size,
        RIGHT - PAGES_WIDTH - x,
      );
      rows.push({
        height: leading(size) * lines.length + 4,
        linkTo: partIndex,
        pieces: [
          ...lines.map((line, i) => ({ x, dy: size + i * leading(size), size, bold: false, text: line })),
          { x: RIGHT, dy: size, size, bold: false, alignRight: true, pagesOf: partIndex },
        ],
      });
    }
    if (item.note)
      rows.push(...textRows(item.note, fonts.regular, { size: 10, bold: false, x, width: RIGHT - x, after: 4 }));
  }
  return rows;
}

function logoRow(fonts: FrontSheetFonts): Row[] {
  if (!fonts.logo) return [];
  const scale = Math.min(LOGO_HEIGHT / fonts.logo.height, LOGO_WIDTH / fonts.logo.width, 1);
  const width = fonts.logo.width * scale;
  const height = fonts.logo.height * scale;
  return [
    {
      height: height + 10,
      pieces: [{ x: MARGIN_X, dy: height, size: 0, bold: false, image: { image: fonts.logo, width, height } }],
    },
  ];
}

function rowsOf(plan: PackPlan, fonts: FrontSheetFonts): Row[] {
  const { meeting, frontSheet } = plan;
  const contact = frontSheet.contact;
  const contactLines = [contact?.name, contact?.phone, contact?.email].filter((v): v is string => !!v);
  const rows: Row[] = [
    ...logoRow(fonts),
    ...textRows('Public document pack', fonts.regular, { size: 10, bold: false, after: 6 }),
    ...textRows(plan.council, fonts.bold, { size: 14, bold: true, after: 4 }),
    ...textRows(plan.body, fonts.bold, { size: 20, bold: true, after: 14 }),
    labelledRow('Date', [formatLongDate(meeting.date)], fonts),
    ...(meeting.time ? [labelledRow('Time', [formatTime(meeting.time)], fonts)] : []),
    ...(meeting.venue ? [labelledRow('Venue', [meeting.venue], fonts)] : []),
    ...(contactLines.length > 0 ? [labelledRow('Contact', contactLines, fonts)] : []),
    ...(frontSheet.publishedOn ? [labelledRow('Published', [formatLongDate(frontSheet.publishedOn)], fonts)] : []),
    spacer(10),
  ];
  if (frontSheet.note) rows.push(...textRows(frontSheet.note, fonts.regular, { size: 11, bold: false, after: 10 }));
  if (frontSheet.membership && frontSheet.membership.length > 0) {
    rows.push(...textRows('Membership', fonts.bold, { size: 13, bold: true, after: 2 }));
    for (const member of frontSheet.membership)
      rows.push(...textRows(member, fonts.regular, { size: 11, bold: false }));
    rows.push(spacer(10));
  }
  rows.push(...textRows('Agenda', fonts.bold, { size: 16, bold: true, after: 4 }), {
    height: leading(10) + 4,
    pieces: [
      { x: MARGIN_X, dy: 10, size: 10, bold: true, text: 'Item' },
      { x: MARGIN_X + NUMBER_WIDTH, dy: 10, size: 10, bold: true, text: 'Document' },
      { x: RIGHT, dy: 10, size: 10, bold: true, alignRight: true, text: 'Pages' },
    ],
  });
  rows.push(...(frontSheet.items ? itemRows(plan, fonts) : agendaRows(plan, packOutlineTree(plan.parts), fonts, 0)));
  return rows;
}

/**
 * The front sheet's rows cut into A4 pages, before any page number is known: the pages column
 * has a fixed width, so the cut is the same whatever numbers go in it (the first of the two
 * passes: the pack's page numbers depend on how many pages the front sheet takes).
 */
export function layoutFrontSheet(plan: PackPlan, fonts: FrontSheetFonts): FrontSheetLayout {
  const usable = A4[1] - TOP - BOTTOM;
  const pages: Row[][] = [[]];
  let used = 0;
  for (const row of rowsOf(plan, fonts)) {
    if (used + row.height > usable && used > 0) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(row);
    used += row.height;
  }
  return { pages };
}

/** A row of the front sheet's agenda list, to be made a link to its part's first page. */
export interface FrontSheetLink {
  readonly pageIndex: number;
  /** [left, bottom, right, top] in the page's space. */
  readonly rect: [number, number, number, number];
  readonly partIndex: number;
}

/**
 * Draws the laid-out front sheet on `pages` (blank A4 pages, one per layout page), printing each
 * part's page range; returns where each agenda row is, for the links to the parts' pages.
 */
export function drawFrontSheet(
  layout: FrontSheetLayout,
  pages: readonly PDFPage[],
  fonts: FrontSheetFonts,
  ranges: readonly PackPageRange[],
): FrontSheetLink[] {
  const black = rgb(0.04, 0.05, 0.05);
  const links: FrontSheetLink[] = [];
  layout.pages.forEach((rows, pageIndex) => {
    const page = pages[pageIndex]!;
    let top = A4[1] - TOP;
    for (const row of rows) {
      for (const piece of row.pieces) {
        if (piece.image) {
          page.drawImage(piece.image.image, {
            x: piece.x,
            y: top - piece.dy,
            width: piece.image.width,
            height: piece.image.height,
          });
          continue;
        }
        const font = piece.bold ? fonts.bold : fonts.regular;
        const range =
          piece.pagesOf !== undefined
            ? ranges[piece.pagesOf]
            : piece.pagesOfAll
              ? {
                  firstPage: Math.min(...piece.pagesOfAll.map((i) => ranges[i]!.firstPage)),
                  lastPage: Math.max(...piece.pagesOfAll.map((i) => ranges[i]!.lastPage)),
                }
              : undefined;
        const text = range ? pageRangeText(range) : (piece.text ?? '');
        const x = piece.alignRight ? piece.x - font.widthOfTextAtSize(text, piece.size) : piece.x;
        page.drawText(text, { x, y: top - piece.dy, size: piece.size, font, color: black });
      }
      if (row.linkTo !== undefined) {
        links.push({ pageIndex, rect: [MARGIN_X, top - row.height, RIGHT, top], partIndex: row.linkTo });
      }
      top -= row.height;
    }
  });
  return links;
}
