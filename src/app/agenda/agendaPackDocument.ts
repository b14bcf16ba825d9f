import type { AgendaEntry, AgendaPaper, PublicationKind } from '../../domain/agenda.js';
import { councilSettingsFrom, logoFromStoredValue } from '../../domain/councilSettings.js';
import type { DocumentPack, PackLogo } from '../../domain/documentPack.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { DocumentPart } from '../../domain/sourceDocument.js';
import type { AgendaPackRequest } from '../../publish/documentPack/agendaPack.js';
import type { PaperFiles } from '../../store/files/paperFiles.js';
import type { AgendaMeeting } from '../../store/repositories/agendaRepository.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { MADE_HERE_ORIGIN } from '../../domain/sourceDocument.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import { isTrackerItem } from '../../domain/reports/trackerReport.js';
import { trackerPackPaper } from '../reports/trackerPackPaper.js';

/** How a publication's pack is made: the paper files and a builder (a worker thread on the server). */
export interface PackMaker {
  readonly files: PaperFiles;
  readonly build: (request: AgendaPackRequest) => Promise<DocumentPack>;
}

/** Where every pack of a meeting is filed: one origin, so each publication's pack supersedes the last. */
export const packOrigin = (meetingId: string): string => `${MADE_HERE_ORIGIN}agenda-pack/${meetingId}`;

const PACK_TITLES: Record<PublicationKind, string> = {
  agenda: 'Agenda pack',
  supplementary: 'Supplementary agenda pack',
  revised: 'Revised agenda pack',
};

/**
 * The request for the public pack of the agenda as publishing it now makes it: every item with the
 * number it will carry (`numbers`, in the entries' order) and the papers of each item that is not
 * exempt. An exempt item's papers are never read.
 */
export async function packRequestFor(
  repos: Repositories,
  files: PaperFiles,
  meeting: AgendaMeeting,
  entries: readonly AgendaEntry[],
  numbers: readonly string[],
  publication: {
    readonly kind: PublicationKind;
    readonly notice: string;
    readonly publishedOn: string;
    readonly now: string;
  },
): Promise<AgendaPackRequest> {
  const [papers, record, stored] = await Promise.all([
    repos.agendas.papers(meeting.id),
    repos.meetings.find(meeting.id),
    repos.settings.all(),
  ]);
  const settings = councilSettingsFrom(stored);
  const storedLogo = stored.logo ? logoFromStoredValue(stored.logo) : null;
  // PDF shows PNG and JPEG; an SVG logo is left off the front sheet.
  const logo: PackLogo | undefined =
    storedLogo && storedLogo.mediaType !== 'image/svg+xml'
      ? { mediaType: storedLogo.mediaType, bytes: storedLogo.bytes }
      : undefined;
  const contact = {
    name: record?.contactName ?? undefined,
    phone: record?.contactPhone ?? undefined,
    email: record?.contactEmail ?? settings.contactEmail ?? undefined,
  };
  const items = [];
  for (const [i, entry] of entries.entries()) {
    const own = entry.isExempt ? [] : papers.filter((p: AgendaPaper) => p.entryId === entry.id);
    const pdfs = [];
    for (const paper of own) {
      const pdf = await files.read(paper.contentHash);
      if (!pdf) throw new AppError('NOT_FOUND', `the file of paper "${paper.title}" is missing: upload it again`);
      pdfs.push({ title: paper.title, kind: paper.kind, pdf });
    }
    // The recommendation tracker item carries its report, made from the record (issue 18).
    if (!entry.isExempt && isTrackerItem(entry.title))
      pdfs.push(
        await trackerPackPaper(repos, meeting.id, publication.publishedOn as IsoDate, {
          author: settings.councilName,
          now: new Date(publication.now),
        }),
      );
    items.push({
      id: entry.id,
      number: numbers[i]!,
      title: entry.title,
      isExempt: entry.isExempt,
      exemptParagraph: entry.exemptParagraph,
      papers: pdfs,
    });
  }
  const venue = record?.isRemote ? 'Remote meeting' : (record?.venue ?? null);
  return {
    council: settings.councilName,
    body: meeting.bodyName,
    meeting: { date: meeting.date, time: meeting.startTime, venue },
    contact: contact.name || contact.phone || contact.email ? contact : undefined,
    logo,
    publishedOn: publication.publishedOn,
    note:
      publication.kind === 'agenda'
        ? undefined
        : `${PACK_TITLES[publication.kind].replace(' pack', '')}: ${publication.notice}`.slice(0, 2000),
    items,
    now: publication.now,
  };
}

/**
 * Files the pack as the meeting's document: its bytes kept once by hash (documents and
 * document_blobs, as imported documents are), titled by what it is, superseding the pack of the
 * last publication (which stays, as an earlier version), its parts with their pages, and linked to
 * the meeting so the public meeting page and /documents list it and serve it as a PDF. Its text is
 * what the front sheet lists.
 */
export async function filePackDocument(
  repos: Repositories,
  meetingId: string,
  kind: PublicationKind,
  sequence: number,
  request: AgendaPackRequest,
  pack: DocumentPack,
  now: string,
): Promise<{ readonly documentId: string; readonly pageCount: number }> {
  const labels: { kind: DocumentPart['kind']; title: string }[] = [];
  // Each public item's pages in the pack, for the public meeting page ("Document pack 2 - 4").
  const itemPages = new Map<string, { readonly start: number; readonly end: number }>();
  for (const item of request.items) {
    const first = labels.length;
    if (item.isExempt) labels.push({ kind: 'other', title: `${item.number}. ${item.title}: not for publication` });
    else for (const paper of item.papers) labels.push({ kind: paper.kind, title: `${item.number}. ${paper.title}` });
    if (item.id && !item.isExempt && labels.length > first)
      itemPages.set(item.id, {
        start: pack.pageRanges[first]!.firstPage,
        end: pack.pageRanges[labels.length - 1]!.lastPage,
      });
  }
  const lines: string[] = [
    request.council,
    request.body,
    `${request.meeting.date} ${request.meeting.time ?? ''}`.trim(),
  ];
  const offsets: number[] = [];
  const text = (): string => lines.join('\n');
  lines.push('', 'Agenda');
  for (const item of request.items) lines.push(`${item.number}. ${item.title}`);
  lines.push('');
  const partLines = labels.map((label, i) => {
    const range = pack.pageRanges[i]!;
    offsets.push(text().length + 1);
    lines.push(`${label.title} (pages ${range.firstPage}-${range.lastPage})`);
    return range;
  });
  const pageCount = pack.pageRanges.at(-1)?.lastPage ?? pack.frontSheetPages;
  const stored = await repos.documents.store({
    bytes: pack.pdf,
    mediaType: 'application/pdf',
    origin: packOrigin(meetingId),
    title: sequence > 1 ? `${PACK_TITLES[kind]} (publication ${sequence})` : PACK_TITLES[kind],
    text: text(),
    pageStarts: [],
    pageCount,
    now,
  });
  const documentId = stored.document.id;
  // The very same bytes were filed before (their parts and link with them): nothing to add.
  if (!stored.isNew) return { documentId, pageCount };
  const full = text();
  await repos.documents.addParts([
    {
      id: randomId(),
      documentId,
      position: 1,
      kind: 'front_sheet',
      title: 'Front sheet and agenda',
      pageStart: 1,
      pageEnd: pack.frontSheetPages,
      startOffset: 0,
      endOffset: offsets[0] ?? full.length,
    },
    ...partLines.map((range, i) => ({
      id: randomId(),
      documentId,
      position: i + 2,
      kind: labels[i]!.kind,
      title: labels[i]!.title,
      pageStart: range.firstPage,
      pageEnd: range.lastPage,
      startOffset: offsets[i]!,
      endOffset: offsets[i + 1] ?? full.length,
    })),
  ]);
  await repos.agendas.setPackPages(meetingId, itemPages);
  // Each public item's papers filed under it: made exempt later, the item takes this pack off the
  // public pages with it (the public scope withholds a document filed under an exempt item).
  const filed = [];
  let part = 0;
  for (const item of request.items) {
    const count = item.isExempt ? 1 : item.papers.length;
    if (item.id && !item.isExempt)
      for (const [i, paper] of item.papers.entries()) {
        const range = pack.pageRanges[part + i]!;
        filed.push({
          id: randomId(),
          itemId: item.id,
          title: paper.title,
          pageStart: range.firstPage,
          pageEnd: range.lastPage,
        });
      }
    part += count;
  }
  await repos.agendas.filePackPapers(documentId, filed);
  await repos.provenance.add([
    {
      subjectKind: 'meeting',
      subjectId: meetingId,
      field: null,
      documentId,
      startOffset: 0,
      endOffset: 0,
      page: 1,
      inferred: false,
    },
  ]);
  return { documentId, pageCount };
}
