import { z } from 'zod';
import { ISO_DATE, ISO_TIME } from './isoDateType.js';
import type { IsoDate, IsoTime } from './isoDateType.js';

/**
 * The document pack of a meeting: one PDF made of a front sheet that Quorum draws, then the
 * agenda, the minutes of the last meeting and each report with its appendices, in that order
 * (issue 16 item 5). This file holds the plan and the rules about pages; drawing and merging
 * live in `src/publish/documentPack/`.
 */

export const PACK_PART_KINDS = ['agenda', 'minutes', 'report', 'appendix'] as const;
export type PackPartKind = (typeof PACK_PART_KINDS)[number];

/** One PDF of the pack, as the clerk uploaded it (or Quorum rendered it, for the agenda). */
export interface PackPart {
  readonly kind: PackPartKind;
  /** The agenda item it belongs to, as the agenda numbers it (`5`, `CAB.12`). */
  readonly itemNumber?: string | undefined;
  readonly title: string;
  readonly pdf: Uint8Array;
}

export interface PackContact {
  readonly name?: string | undefined;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
}

/** A line of the front sheet's agenda: an item, whether or not it has papers in the pack. */
export interface PackAgendaLine {
  readonly number?: string | undefined;
  readonly title: string;
  /** Said under the item: why its papers are not in the pack ("Not for publication: ..."). */
  readonly note?: string | undefined;
}

/** The council's logo for the front sheet: PDF can show PNG and JPEG (an SVG logo is left off). */
export interface PackLogo {
  readonly mediaType: 'image/png' | 'image/jpeg';
  readonly bytes: Uint8Array;
}

/** What the front sheet says beyond the meeting itself. */
export interface PackFrontSheet {
  readonly contact?: PackContact | undefined;
  /** The day the pack is published (the summons' date). */
  readonly publishedOn?: IsoDate | undefined;
  /** The members of the body, one line each (`Councillor A Smith (Chair)`). */
  readonly membership?: readonly string[] | undefined;
  /** A short notice: a remote meeting's stream, the public's rights, a supplementary pack. */
  readonly note?: string | undefined;
  /**
   * Every item of the agenda in order. When given, the front sheet's agenda lists each item and,
   * under it, the parts with its number and their pages; without it, only the parts are listed.
   */
  readonly items?: readonly PackAgendaLine[] | undefined;
  readonly logo?: PackLogo | undefined;
}

export interface PackMeeting {
  readonly date: IsoDate;
  readonly time?: IsoTime | null | undefined;
  readonly venue?: string | null | undefined;
}

export interface PackPlan {
  /** The council's name: the pack's author. */
  readonly council: string;
  /** The body that meets (`Children and Young People Scrutiny Committee`). */
  readonly body: string;
  readonly meeting: PackMeeting;
  readonly frontSheet: PackFrontSheet;
  readonly parts: readonly PackPart[];
}

/** Where a part landed in the pack: 1-based page numbers, inclusive. */
export interface PackPageRange {
  readonly partIndex: number;
  readonly firstPage: number;
  readonly lastPage: number;
}

export interface DocumentPack {
  readonly pdf: Uint8Array;
  readonly pageRanges: readonly PackPageRange[];
  /** Pages the front sheet took (they come first). */
  readonly frontSheetPages: number;
}

/** Bounds on what a clerk may type into a plan: a pack is printed, so long text is a mistake. */
const line = (max: number) => z.string().trim().min(1).max(max);

export const PackPlanSchema = z
  .object({
    council: line(200),
    body: line(300),
    meeting: z.object({
      date: z.string().regex(ISO_DATE, 'a date as YYYY-MM-DD'),
      time: z.string().regex(ISO_TIME, 'a time as HH:MM').nullish(),
      venue: line(500).nullish(),
    }),
    frontSheet: z.object({
      contact: z
        .object({ name: line(200).optional(), email: line(254).optional(), phone: line(50).optional() })
        .optional(),
      publishedOn: z.string().regex(ISO_DATE, 'a date as YYYY-MM-DD').optional(),
      membership: z.array(line(200)).max(200).optional(),
      note: line(2000).optional(),
      items: z
        .array(z.object({ number: line(20).optional(), title: line(500), note: line(500).optional() }))
        .max(500)
        .optional(),
      logo: z
        .object({
          mediaType: z.enum(['image/png', 'image/jpeg']),
          bytes: z
            .instanceof(Uint8Array)
            .refine((b) => b.length > 0 && b.length <= 1024 * 1024, 'an empty or huge logo'),
        })
        .optional(),
    }),
    parts: z
      .array(
        z.object({
          kind: z.enum(PACK_PART_KINDS),
          itemNumber: line(20).optional(),
          title: line(500),
          pdf: z.instanceof(Uint8Array).refine((b) => b.length > 0, 'an empty file'),
        }),
      )
      .max(500),
  })
  // An agenda whose items have no papers is still a pack: its front sheet lists them.
  .refine((plan) => plan.parts.length > 0 || (plan.frontSheet.items?.length ?? 0) > 0, {
    message: 'a pack needs at least one document',
    path: ['parts'],
  });

/**
 * Each part's pages in the pack, the front sheet's `frontSheetPages` pages first. A part of
 * `n` pages after page `p` runs from `p + 1` to `p + n`.
 */
export function packPageRanges(frontSheetPages: number, partPageCounts: readonly number[]): PackPageRange[] {
  let page = frontSheetPages;
  return partPageCounts.map((count, partIndex) => {
    const firstPage = page + 1;
    page += count;
    return { partIndex, firstPage, lastPage: page };
  });
}

/** "3 - 10" as packs print a range on the agenda; a one-page part is "3". */
export function pageRangeText(range: Pick<PackPageRange, 'firstPage' | 'lastPage'>): string {
  return range.firstPage === range.lastPage ? `${range.firstPage}` : `${range.firstPage} - ${range.lastPage}`;
}

/** What the agenda list and the bookmarks call a part: `5. Budget monitoring`, `Appendix A`. */
export function packPartLabel(part: Pick<PackPart, 'itemNumber' | 'title'>): string {
  return part.itemNumber ? `${part.itemNumber}. ${part.title}` : part.title;
}

/** A bookmark: a part, with the appendices that belong to it under it. */
export interface PackOutlineNode {
  readonly partIndex: number;
  readonly children: readonly PackOutlineNode[];
}

/**
 * The bookmarks' tree. An appendix sits under the nearest report before it with the same item
 * number (or under that report when the appendix gives no number); any other appendix, like
 * every other part, is a top-level bookmark. Order follows the pack.
 */
export function packOutlineTree(parts: readonly Pick<PackPart, 'kind' | 'itemNumber'>[]): PackOutlineNode[] {
  const roots: { partIndex: number; children: PackOutlineNode[] }[] = [];
  let report: { children: PackOutlineNode[]; itemNumber: string | undefined } | null = null;
  parts.forEach((part, partIndex) => {
    if (part.kind === 'appendix' && report && (!part.itemNumber || part.itemNumber === report.itemNumber)) {
      report.children.push({ partIndex, children: [] });
      return;
    }
    const node = { partIndex, children: [] as PackOutlineNode[] };
    roots.push(node);
    report = part.kind === 'report' ? { children: node.children, itemNumber: part.itemNumber } : null;
  });
  return roots;
}
