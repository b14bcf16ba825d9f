import { z } from 'zod';
import type { StandardItemKind } from './agendaItem.js';
import { SCHEDULE_12A_PARAGRAPHS } from './exemptInformation.js';

/*
 * A meeting's agenda as the clerk builds it: a working copy kept apart from the published record,
 * so nothing a clerk types reaches the public until it is published, with a version that every
 * change must name (two clerks cannot overwrite each other's work unseen).
 */

/** One item on the clerk's working copy. `number` is null until the item is first published. */
export interface AgendaEntry {
  readonly id: string;
  readonly meetingId: string;
  readonly position: number;
  readonly number: string | null;
  readonly title: string;
  readonly description: string | null;
  readonly standardKind: StandardItemKind | null;
  readonly isExempt: boolean;
  readonly exemptParagraph: number | null;
  /** Which publication first made it public (1 the agenda, 2 and on supplements); null while a draft. */
  readonly publishedIn: number | null;
}

/** A report or appendix uploaded for an item: a PDF kept once by its SHA-256. */
export interface AgendaPaper {
  readonly id: string;
  readonly entryId: string;
  readonly position: number;
  readonly title: string;
  readonly kind: PaperKind;
  readonly contentHash: string;
  readonly byteSize: number;
  readonly pageCount: number;
  /** Whether a publication since its upload has made it public (unless its item is exempt). */
  readonly published: boolean;
}

export const PAPER_KINDS = ['report', 'appendix'] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];

export const PUBLICATION_KINDS = ['agenda', 'supplementary', 'revised'] as const;
/** The first publication; a supplementary agenda (items added after it); a revised agenda (only changes). */
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

export interface AgendaPublication {
  readonly id: string;
  readonly meetingId: string;
  readonly sequence: number;
  readonly kind: PublicationKind;
  readonly publishedAt: string;
  readonly publishedBy: string;
  /** The last day that left five clear working days, as computed when it was published. */
  readonly deadline: string;
  readonly isLate: boolean;
  /** Why it was late (the Chair's reasons for urgency): required when late. */
  readonly lateReason: string | null;
  /** What changed, for the public meeting page: required for a supplementary or revised agenda. */
  readonly notice: string | null;
}

/** The agenda's own record: its version for optimistic locking and how often it was published. */
export interface AgendaState {
  readonly meetingId: string;
  readonly version: number;
  readonly publications: number;
}

/** The standard items that open an agenda (GLOSSARY "Agenda"); scrutiny bodies add their work programme. */
export function standardEntries(isScrutiny: boolean): { title: string; standardKind: StandardItemKind }[] {
  const items: { title: string; standardKind: StandardItemKind }[] = [
    { title: 'Apologies for absence', standardKind: 'apologies' },
    { title: 'Declarations of interests', standardKind: 'declarations' },
    { title: 'Minutes of the last meeting', standardKind: 'minutes' },
  ];
  if (isScrutiny) items.push({ title: 'Work programme', standardKind: 'work_programme' });
  return items;
}

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * Numbers for every entry in agenda order, published numbers kept as they are. An entry not yet
 * numbered takes the next whole number when nothing numbered follows it (added at the end), else
 * the number of the numbered entry before it with the next free letter ("5A", "5B"): published
 * items are never renumbered, so the public, the minutes and the pack keep pointing at the same item.
 */
export function assignNumbers(entries: readonly Pick<AgendaEntry, 'number'>[]): string[] {
  const taken = new Set(entries.map((e) => e.number).filter((n): n is string => n !== null));
  let highest = 0;
  for (const n of taken) highest = Math.max(highest, Number.parseInt(n, 10) || 0);
  const out: string[] = [];
  let previous: string | null = null;
  entries.forEach((entry, index) => {
    let number = entry.number;
    if (number === null) {
      const numberedLater = entries.slice(index + 1).some((e) => e.number !== null);
      if (!numberedLater || previous === null) {
        highest += 1;
        number = String(highest);
      } else {
        const base = previous.replace(/[A-Z]+$/, '');
        const free = [...LETTERS].find((letter) => !taken.has(`${base}${letter}`));
        number = `${base}${free ?? `-${index + 1}`}`;
      }
      taken.add(number);
    }
    out.push(number);
    previous = number;
  });
  return out;
}

/** What the agenda page shows as an item's number: its published number, or its place while a draft. */
export function shownNumbers(entries: readonly Pick<AgendaEntry, 'number'>[]): string[] {
  return entries.some((e) => e.number !== null) ? assignNumbers(entries) : entries.map((_, index) => String(index + 1));
}

/** What kind a publication is: the first is the agenda; later ones add items (supplementary) or only change them. */
export function publicationKind(
  publicationsBefore: number,
  entries: readonly Pick<AgendaEntry, 'publishedIn'>[],
): PublicationKind {
  if (publicationsBefore === 0) return 'agenda';
  return entries.some((e) => e.publishedIn === null) ? 'supplementary' : 'revised';
}

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${what} must be ${max} characters or fewer` });

/** An item as the clerk types it: a title, an optional description, and if exempt its Schedule 12A paragraph. */
export const AgendaEntryInputSchema = z
  .object({
    title: text(300, 'the title').min(1, { message: 'enter the item’s title' }),
    description: text(5000, 'the description').transform((d) => (d ? d : null)),
    exempt: z.boolean(),
    exemptParagraph: z.string().trim(),
  })
  .superRefine((v, ctx) => {
    if (v.exempt && !(v.exemptParagraph in SCHEDULE_12A_PARAGRAPHS))
      ctx.addIssue({
        code: 'custom',
        path: ['exemptParagraph'],
        message: 'choose the paragraph of Schedule 12A that makes the item exempt',
      });
  })
  .transform((v) => ({
    title: v.title,
    description: v.description,
    isExempt: v.exempt,
    exemptParagraph: v.exempt ? Number(v.exemptParagraph) : null,
  }));
export type AgendaEntryInput = z.input<typeof AgendaEntryInputSchema>;

/** The reasons a publication records: required when late, and for anything after the first publication. */
export const PublicationInputSchema = z.object({
  lateReason: text(2000, 'the reason').transform((r) => (r ? r : null)),
  notice: text(2000, 'the notice').transform((n) => (n ? n : null)),
});
