import { z } from 'zod';
import type { Account } from '../domain/account.js';
import { AppError } from '../domain/errors.js';
import { randomId } from '../domain/ids.js';
import { ISO_DATE } from '../domain/isoDateType.js';
import { meetingRecordFromParse } from '../ingest/meetingRecordFromParse.js';
import type { ParsedMeeting } from '../ingest/parsedDocument.js';
import type { Store } from '../store/store.js';
import { assertMayClerk } from './authorise.js';
import { DEFAULT_IMPORT_LIMITS } from './importLimits.js';
import { writtenMinutesInTheWay } from './meetingRecord/writtenMinutesGuard.js';
import { parseInWorker } from './parseInWorker.js';
import { damagedSpellingsIn } from './people/documentSpellings.js';
import { recordMeetingIn } from './recordMeeting.js';

export const FileDocumentSchema = z.object({
  documentId: z.string().trim().min(1, { message: 'name the document (its id, from `quorum documents review`)' }),
  bodySlug: z.string().trim().min(1, { message: 'name the body that met (its slug)' }),
  date: z.string().regex(ISO_DATE, { message: 'give the date of the meeting as YYYY-MM-DD' }),
  /** The title of the document's one untitled item (a fragment cut from under its heading). */
  itemTitle: z
    .string()
    .trim()
    .max(500, { message: 'the item title must be at most 500 characters' })
    .optional()
    .transform((t) => t || undefined),
});

/**
 * Who files: a signed-in account (a clerk of the body, checked here), or the operator at the
 * command line, who holds the data folder itself and is named in the audit log by their login.
 */
export type FilingActor = { readonly account: Account } | { readonly operator: string };
export type FileDocumentInput = z.input<typeof FileDocumentSchema>;

export interface FiledDocument {
  readonly meetingId: string;
  readonly items: number;
}

/**
 * A clerk files a stored document whose meeting the import could not place (a fragment with no
 * date, minutes that do not name their committee) at the meeting they know it belongs to. The
 * document is read again from its stored bytes; the clerk supplies only what the document lacks
 * (the body, the date), so every other fact still points at its place in the source, and the body
 * and date carry no source span: they are the clerk's, and the audit log says who gave them.
 * Everything the document says is then recorded as an import records it (items, minutes,
 * resolutions, tracked recommendations), in one transaction, and the document leaves the review list.
 * @throws AppError INPUT_INVALID (bad input; a document with more than one meeting), NOT_FOUND
 *   (no such document or body), CONFLICT (the document is not waiting to be filed; the meeting
 *   has minutes written in the workspace).
 */
export async function fileUnplacedDocument(
  store: Store,
  actor: FilingActor,
  input: FileDocumentInput,
  now = new Date().toISOString(),
): Promise<FiledDocument> {
  if ('account' in actor && !mayClerkSomething(actor.account))
    throw new AppError('FORBIDDEN', 'only a clerk may file a document at its meeting');
  const parsedInput = FileDocumentSchema.safeParse(input);
  if (!parsedInput.success) throw new AppError('INPUT_INVALID', parsedInput.error.issues[0]!.message);
  const { documentId, bodySlug, date, itemTitle } = parsedInput.data;
  const stored = await store.transaction(async (repos) => {
    const document = await repos.documents.find(documentId);
    return {
      document,
      reason: await repos.unplaced.reasonFor(documentId),
      bytes: document ? await repos.documents.bytes(document.contentHash) : undefined,
    };
  });
  if (!stored.document || !stored.bytes) throw new AppError('NOT_FOUND', `no document ${documentId}`);
  if (stored.reason === undefined)
    throw new AppError(
      'CONFLICT',
      `document ${documentId} is not waiting to be filed (see \`quorum documents review\`)`,
    );
  const { result } = await parseInWorker(stored.bytes, stored.document.origin, DEFAULT_IMPORT_LIMITS);
  if (!result.ok) throw new AppError('INPUT_INVALID', `${stored.document.origin}: ${result.problem}`);
  const meetings = result.document.meetings;
  if (meetings.length !== 1)
    throw new AppError(
      'INPUT_INVALID',
      `${stored.document.origin} holds ${meetings.length} meetings; only a document of one meeting can be filed at a meeting`,
    );
  return store.transaction(async (repos) => {
    const body = await repos.bodies.findBySlug(bodySlug);
    if (!body) throw new AppError('NOT_FOUND', `no body ${bodySlug}`);
    if ('account' in actor) assertMayClerk(actor.account, body.id);
    const meeting = supplied(meetings[0]!, body.name, date, itemTitle, stored.document!.origin);
    const record = meetingRecordFromParse(meeting);
    if (!record.ok) throw new AppError('INPUT_INVALID', `${stored.document!.origin}: ${record.problem}`);
    const written = await writtenMinutesInTheWay(repos, record.record);
    if (written) throw new AppError('CONFLICT', written);
    const saved = await recordMeetingIn(repos, record.record, {
      sourceDocumentId: documentId,
      pageStarts: result.document.pageStarts,
      now,
      damagedSpellings: damagedSpellingsIn(result.document),
    });
    await repos.unplaced.clear([documentId]);
    // Its text is found through the meeting's items now, as for any placed document: not twice.
    await repos.searchIndex.forgetDocument(documentId);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: 'account' in actor ? actor.account.id : actor.operator,
      action: 'document.file',
      subjectKind: 'document',
      subjectId: documentId,
      before: { unplaced: stored.reason },
      after: { meetingId: saved.meetingId, body: body.slug, date, itemTitle: itemTitle ?? null },
    });
    return { meetingId: saved.meetingId, items: saved.itemIds.length };
  });
}

/**
 * The parsed meeting with what the clerk gave in place of what it lacks (the body, the date, the
 * title of its one untitled item); what the document has stays. An untitled item is never filed
 * under a made-up title: without the clerk's, filing is refused.
 */
function supplied(
  meeting: ParsedMeeting,
  bodyName: string,
  date: string,
  itemTitle: string | undefined,
  origin: string,
): ParsedMeeting {
  const untitled = meeting.items.filter((i) => !i.title.trim());
  if (untitled.length > 1)
    throw new AppError(
      'INPUT_INVALID',
      `${origin} has ${untitled.length} items without a title; only a document with at most one can be filed`,
    );
  if (untitled.length === 1 && !itemTitle)
    throw new AppError('INPUT_INVALID', `${origin} has an item without a title: give its title`);
  return {
    ...meeting,
    body: meeting.body?.value ? meeting.body : { value: bodyName, span: null },
    date: meeting.date?.value ? meeting.date : { value: date, span: null },
    items: meeting.items.map((i) => (i.title.trim() ? i : { ...i, title: itemTitle! })),
  };
}

function mayClerkSomething(account: Account): boolean {
  return account.active && (account.role === 'admin' || account.role === 'clerk');
}
