import type { PaperKind } from '../../domain/agenda.js';
import { AppError } from '../../domain/errors.js';
import type { PaperFiles } from '../../store/files/paperFiles.js';
import type { Store } from '../../store/store.js';

/** One report or appendix of an item, ready for the document pack. */
export interface PackPaper {
  readonly title: string;
  readonly kind: PaperKind;
  readonly pageCount: number;
  /** Where the bytes are kept (under the data folder, named by their SHA-256). */
  readonly path: string;
  readonly bytes: () => Promise<Uint8Array>;
}

export interface PackItem {
  readonly number: string | null;
  readonly title: string;
  readonly isExempt: boolean;
  readonly exemptParagraph: number | null;
  /** Empty for an exempt item unless `includeExempt`: the public pack never carries its papers. */
  readonly papers: readonly PackPaper[];
}

export interface PackAgenda {
  readonly meetingId: string;
  readonly bodyName: string;
  readonly date: string;
  readonly startTime: string | null;
  readonly items: readonly PackItem[];
}

/**
 * The published agenda of a meeting as the document pack needs it: items in order with their
 * numbers, and each paper's file path and bytes. Only what was published (a draft item or a paper
 * uploaded since is left out); an exempt item keeps its number and title and loses its papers
 * unless `includeExempt` (a pack for members, never for the public).
 * @throws AppError NOT_FOUND when the meeting has no agenda.
 */
export async function agendaForPack(
  store: Store,
  files: PaperFiles,
  meetingId: string,
  options: { readonly includeExempt?: boolean } = {},
): Promise<PackAgenda> {
  const repos = store.repos;
  const meeting = await repos.agendas.meeting(meetingId);
  if (!meeting || !(await repos.agendas.state(meetingId)))
    throw new AppError('NOT_FOUND', `no agenda for meeting ${meetingId}`);
  const [entries, papers] = await Promise.all([repos.agendas.entries(meetingId), repos.agendas.papers(meetingId)]);
  return {
    meetingId,
    bodyName: meeting.bodyName,
    date: meeting.date,
    startTime: meeting.startTime,
    items: entries
      .filter((e) => e.publishedIn !== null)
      .map((e) => ({
        number: e.number,
        title: e.title,
        isExempt: e.isExempt,
        exemptParagraph: e.exemptParagraph,
        papers:
          e.isExempt && !options.includeExempt
            ? []
            : papers
                .filter((p) => p.entryId === e.id && p.published)
                .map((p) => ({
                  title: p.title,
                  kind: p.kind,
                  pageCount: p.pageCount,
                  path: files.pathOf(p.contentHash),
                  bytes: async () => {
                    const bytes = await files.read(p.contentHash);
                    if (!bytes) throw new AppError('NOT_FOUND', `the file of paper "${p.title}" is missing`);
                    return bytes;
                  },
                })),
      })),
  };
}
