import type { Account } from '../../domain/account.js';
import { PAPER_KINDS, type AgendaPaper, type PaperKind } from '../../domain/agenda.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import { checkPdf } from '../../ingest/read/pdfCheck.js';
import { megabytes } from '../../ingest/readLimits.js';
import type { PaperFiles } from '../../store/files/paperFiles.js';
import type { Store } from '../../store/store.js';
import { AgendaInputError, type AgendaFieldProblem } from './agendaErrors.js';
import { auditAgenda, openForWrite, type AgendaVersioned } from './agendaWrite.js';

/** Reports and appendices larger than this are refused (QUORUM_UPLOAD_MAX_MB). */
export const DEFAULT_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** The upload limit as forms state it ("20 MB"). */
export function uploadLimitLabel(maxBytes: number): string {
  return megabytes(maxBytes);
}

export interface PaperUpload extends AgendaVersioned {
  readonly itemId: string;
  readonly paperTitle: string;
  readonly paperKind: string;
  /** The uploaded bytes, or null when no file was chosen. */
  readonly bytes: Uint8Array | null;
}

/**
 * Attaches a PDF to an item: its type judged from the bytes (`%PDF-` and a parse), its size within
 * `maxBytes`, the bytes kept once under their SHA-256 (never a name the user chose). Public once
 * the agenda is next published, unless the item is exempt.
 * @throws AgendaInputError (no file, not a PDF, too big, no title), StaleAgendaError, AppError NOT_FOUND, FORBIDDEN.
 */
export async function uploadPaper(
  store: Store,
  files: PaperFiles,
  actor: Account,
  input: PaperUpload,
  now: string,
  maxBytes: number = DEFAULT_UPLOAD_MAX_BYTES,
): Promise<AgendaPaper> {
  const problems: AgendaFieldProblem[] = [];
  const title = input.paperTitle.trim();
  if (!title) problems.push({ field: 'paperTitle', message: 'Enter the title of the report or appendix' });
  else if (title.length > 300)
    problems.push({ field: 'paperTitle', message: 'The title must be 300 characters or fewer' });
  if (!(PAPER_KINDS as readonly string[]).includes(input.paperKind))
    problems.push({ field: 'paperKind', message: 'Choose whether it is a report or an appendix' });
  let pageCount = 0;
  if (!input.bytes || input.bytes.byteLength === 0) problems.push({ field: 'file', message: 'Choose a PDF file' });
  else if (input.bytes.byteLength > maxBytes)
    problems.push({ field: 'file', message: `The file must be smaller than ${megabytes(maxBytes)}` });
  else {
    const check = await checkPdf(input.bytes);
    if (!check.ok) problems.push({ field: 'file', message: `The file must be a PDF: ${check.problem}` });
    else pageCount = check.pageCount;
  }
  if (problems.length > 0) throw new AgendaInputError(problems);
  const bytes = input.bytes!;
  // Written before the transaction: a file no row names is harmless (and found again by its hash).
  const contentHash = await files.put(bytes);
  return store.transaction(async (repos) => {
    const meeting = await openForWrite(repos, actor, input, now);
    const entry = await repos.agendas.entry(input.itemId);
    if (!entry || entry.meetingId !== meeting.id)
      throw new AppError('NOT_FOUND', `no item ${input.itemId} on this agenda`);
    const existing = (await repos.agendas.papers(meeting.id)).filter((p) => p.entryId === entry.id);
    const paper: AgendaPaper = {
      id: randomId(),
      entryId: entry.id,
      position: existing.length + 1,
      title,
      kind: input.paperKind as PaperKind,
      contentHash,
      byteSize: bytes.byteLength,
      pageCount,
      published: false,
    };
    await repos.agendas.addPaper(paper, actor.id, now);
    await auditAgenda(repos, actor, now, 'agenda.paper.add', { kind: 'agenda_paper', id: paper.id }, null, paper);
    return paper;
  });
}

/**
 * Takes a paper off its item; the public no longer gets it. The bytes stay under their hash (another
 * paper may share them).
 * @throws StaleAgendaError, AppError NOT_FOUND, FORBIDDEN.
 */
export async function removePaper(
  store: Store,
  actor: Account,
  input: AgendaVersioned & { readonly paperId: string },
  now: string,
): Promise<void> {
  await store.transaction(async (repos) => {
    const meeting = await openForWrite(repos, actor, input, now);
    const paper = await repos.agendas.paper(input.paperId);
    const entry = paper && (await repos.agendas.entry(paper.entryId));
    if (!paper || !entry || entry.meetingId !== meeting.id)
      throw new AppError('NOT_FOUND', `no paper ${input.paperId} on this agenda`);
    await repos.agendas.removePaper(paper.id);
    await auditAgenda(repos, actor, now, 'agenda.paper.remove', { kind: 'agenda_paper', id: paper.id }, paper, null);
  });
}
