import type { Kysely } from 'kysely';
import { standardKindOf } from '../../domain/agendaItem.js';
import { municipalYearOf } from '../../domain/calendar/municipalYear.js';
import type { AttendanceCapacity } from '../../domain/attendance.js';
import { slugify, stableId } from '../../domain/ids.js';
import { MEETING_STATUSES, statusFromRecord, type MeetingStatus } from '../../domain/meeting.js';
import type { AgendaItemInput, MeetingRecord, SpanInput } from '../../domain/meetingRecord.js';
import { pageAt, type SubjectKind } from '../../domain/provenance.js';
import { topicTerms } from '../../domain/topicTerms.js';
import type { PersonKind } from '../../domain/person.js';
import type { AgendaItemTable, Database, MeetingTable, ProvenanceTable } from '../database.js';
import { resolvePerson } from '../people/resolvePerson.js';
import { ensureBody } from '../repositories/bodyRepository.js';
import { searchEntryRows } from '../search/searchEntryRow.js';
import { stripMarks, type SearchEntry } from '../search/searchIndex.js';
import { insertInBatches } from './insertInBatches.js';

export interface SaveMeetingOptions {
  /** The document the record was read from; null for records entered by hand. */
  readonly sourceDocumentId: string | null;
  /** Earlier versions of that document, whose statements this record replaces. */
  readonly replacesDocumentIds?: readonly string[];
  readonly pageStarts?: readonly number[];
  readonly now?: string;
}

export interface SavedMeeting {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly itemIds: readonly string[];
  /** People first met in this record, to be compared with those already known. */
  readonly createdPersonIds: readonly string[];
}

type NewProvenance = Omit<ProvenanceTable, 'id'>;

/**
 * Writes one meeting and everything recorded of it. Call inside a transaction: a failure leaves
 * nothing half-written. Statements previously read from the same document (or its earlier
 * versions) are replaced; what other documents said of the meeting stays.
 */
export async function saveMeetingRecord(
  db: Kysely<Database>,
  record: MeetingRecord,
  options: SaveMeetingOptions,
): Promise<SavedMeeting> {
  const now = options.now ?? new Date().toISOString();
  const docId = options.sourceDocumentId;
  const sourceIds = [...(docId ? [docId] : []), ...(options.replacesDocumentIds ?? [])];
  const body = await ensureBody(db, record.body.name, record.body.kind, now);
  const meetingId = stableId('meeting', body.slug, record.date);
  const provenance: NewProvenance[] = [];
  const mark = (kind: SubjectKind, id: string, field: string | null, span: SpanInput | null | undefined): void => {
    if (!docId || !span) return;
    const page = pageAt(options.pageStarts ?? [], span.start);
    provenance.push({
      subjectKind: kind,
      subjectId: id,
      field,
      documentId: docId,
      startOffset: span.start,
      endOffset: span.end,
      page,
      inferred: span.inferred ? 1 : 0,
    });
  };

  await upsertMeeting(db, meetingId, body.id, record, now);
  for (const [field, span] of Object.entries(record.fieldSpans)) mark('meeting', meetingId, field, span);
  if (sourceIds.length > 0) await forgetStatements(db, meetingId, sourceIds);

  const itemIds = await saveItems(db, meetingId, record.items, docId, mark);
  const people = new PeopleCache(db, docId, now);
  await saveAttendance(db, meetingId, record, docId, people, mark);
  await saveDeclarations(db, meetingId, record, itemIds, docId, people, mark);
  await insertInBatches(db, 'provenance', provenance);
  await reindexMeeting(db, meetingId, body.id, body.name, record.date);
  return { meetingId, bodyId: body.id, itemIds: [...new Set(itemIds.values())], createdPersonIds: people.created };
}

async function upsertMeeting(
  db: Kysely<Database>,
  id: string,
  bodyId: string,
  record: MeetingRecord,
  now: string,
): Promise<void> {
  const existing = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  const hasMinutes =
    record.items.some((i) => i.minutesText || i.resolutions.length > 0 || i.points.length > 0) ||
    record.attendance.length > 0;
  const status = laterStatus(
    existing?.status as MeetingStatus | undefined,
    record.status ?? statusFromRecord(hasMinutes, record.items.length > 0),
  );
  const row: MeetingTable = {
    id,
    bodyId,
    date: record.date,
    startTime: record.startTime ?? existing?.startTime ?? null,
    startedAt: record.startedAt ?? existing?.startedAt ?? null,
    endedAt: record.endedAt ?? existing?.endedAt ?? null,
    venue: record.venue ?? existing?.venue ?? null,
    isRemote: record.isRemote || existing?.isRemote ? 1 : 0,
    streamUrl: record.streamUrl ?? existing?.streamUrl ?? null,
    status,
    contactName: record.contactName ?? existing?.contactName ?? null,
    contactEmail: existing?.contactEmail ?? null,
    contactPhone: existing?.contactPhone ?? null,
    municipalYear: await municipalYearLabel(db, record.date),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  if (existing) await db.updateTable('meetings').set(row).where('id', '=', id).execute();
  else await db.insertInto('meetings').values(row).execute();
}

/** The council's own municipal years where it has recorded them, else the default rule. */
async function municipalYearLabel(db: Kysely<Database>, date: string): Promise<string> {
  const known = await db.selectFrom('municipalYears').selectAll().execute();
  return municipalYearOf(date, known).label;
}

/** Import never moves a meeting back in the workflow: minutes seen once stay seen. */
function laterStatus(a: MeetingStatus | undefined, b: MeetingStatus): MeetingStatus {
  if (!a) return b;
  if (a === 'cancelled' || b === 'cancelled') return b;
  return MEETING_STATUSES.indexOf(a) >= MEETING_STATUSES.indexOf(b) ? a : b;
}

async function forgetStatements(db: Kysely<Database>, meetingId: string, sourceIds: readonly string[]): Promise<void> {
  const items = db.selectFrom('agendaItems').select('id').where('meetingId', '=', meetingId);
  const attendance = db
    .selectFrom('attendance')
    .select('id')
    .where('meetingId', '=', meetingId)
    .where('sourceDocumentId', 'in', sourceIds);
  const declarations = db
    .selectFrom('declarations')
    .select('id')
    .where('meetingId', '=', meetingId)
    .where('sourceDocumentId', 'in', sourceIds);
  await db
    .deleteFrom('provenance')
    .where('documentId', 'in', sourceIds)
    .where((eb) =>
      eb.or([
        eb('subjectId', '=', meetingId),
        eb('subjectId', 'in', attendance),
        eb('subjectId', 'in', declarations),
        eb('subjectId', 'in', items),
        eb('subjectId', 'in', db.selectFrom('minutePoints').select('id').where('itemId', 'in', items)),
        eb('subjectId', 'in', db.selectFrom('resolutions').select('id').where('itemId', 'in', items)),
      ]),
    )
    .execute();
  await db
    .deleteFrom('attendance')
    .where('meetingId', '=', meetingId)
    .where('sourceDocumentId', 'in', sourceIds)
    .execute();
  await db
    .deleteFrom('declarations')
    .where('meetingId', '=', meetingId)
    .where('sourceDocumentId', 'in', sourceIds)
    .execute();
  await db.deleteFrom('minutePoints').where('itemId', 'in', items).where('sourceDocumentId', 'in', sourceIds).execute();
  // Recommendations a clerk has started to track stay; untouched ones go with the statement they came from.
  await db
    .deleteFrom('recommendations')
    .where('status', '=', 'made')
    .where(
      'resolutionId',
      'in',
      db.selectFrom('resolutions').select('id').where('itemId', 'in', items).where('sourceDocumentId', 'in', sourceIds),
    )
    .execute();
  await db.deleteFrom('resolutions').where('itemId', 'in', items).where('sourceDocumentId', 'in', sourceIds).execute();
  await db
    .deleteFrom('agendaItems')
    .where('meetingId', '=', meetingId)
    .where('sourceDocumentId', 'in', sourceIds)
    .execute();
}

type Mark = (kind: SubjectKind, id: string, field: string | null, span: SpanInput | null | undefined) => void;

function itemKey(item: AgendaItemInput): string {
  return item.minuteNumber ?? item.agendaNumber ?? `title:${slugify(item.title)}`;
}

/** Saves items; returns item ids by every name a declaration may use for them (numbers and title). */
async function saveItems(
  db: Kysely<Database>,
  meetingId: string,
  items: readonly AgendaItemInput[],
  docId: string | null,
  mark: Mark,
): Promise<Map<string, string>> {
  const byName = new Map<string, string>();
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    let id = stableId('item', meetingId, itemKey(item));
    if (seen.has(id)) id = stableId('item', meetingId, itemKey(item), index);
    seen.add(id);
    await upsertItem(db, id, meetingId, index + 1, item, docId);
    mark('agenda_item', id, null, item.span);
    for (const name of [item.minuteNumber, item.agendaNumber, item.title.toLowerCase()])
      if (name && !byName.has(name)) byName.set(name, id);
    await insertInBatches(
      db,
      'minutePoints',
      item.points.map((p, n) => {
        const pid = stableId('point', id, docId, n);
        mark('minute_point', pid, null, p.span);
        return {
          id: pid,
          itemId: id,
          position: n + 1,
          label: p.label,
          text: stripMarks(p.text),
          sourceDocumentId: docId,
        };
      }),
    );
    await insertInBatches(
      db,
      'resolutions',
      item.resolutions.map((r, n) => {
        const rid = stableId('resolution', id, docId, n);
        mark('resolution', rid, null, r.span);
        return {
          id: rid,
          itemId: id,
          position: n + 1,
          label: r.label,
          kind: r.kind,
          isFormal: r.isFormal ? 1 : 0,
          text: stripMarks(r.text),
          sourceDocumentId: docId,
        };
      }),
    );
    // Each formal recommendation starts its life in the tracker; who it goes to and when is the clerk's to record.
    await insertInBatches(
      db,
      'recommendations',
      item.resolutions.flatMap((r, n) =>
        r.isFormal && r.kind === 'recommendation'
          ? [
              {
                id: stableId('recommendation', id, docId, n),
                resolutionId: stableId('resolution', id, docId, n),
                meetingId,
                itemId: id,
                text: stripMarks(r.text),
                decisionMaker: null,
                sentOn: null,
                responseDueOn: null,
                status: 'made',
              },
            ]
          : [],
      ),
    );
  }
  return byName;
}

async function upsertItem(
  db: Kysely<Database>,
  id: string,
  meetingId: string,
  position: number,
  item: AgendaItemInput,
  docId: string | null,
): Promise<void> {
  const existing = await db.selectFrom('agendaItems').selectAll().where('id', '=', id).executeTakeFirst();
  const row: AgendaItemTable = {
    id,
    meetingId,
    position: existing?.position ?? position,
    agendaNumber: item.agendaNumber ?? existing?.agendaNumber ?? null,
    minuteNumber: item.minuteNumber ?? existing?.minuteNumber ?? null,
    title: stripMarks(item.title),
    description: item.description ?? existing?.description ?? null,
    minutesText: item.minutesText ? stripMarks(item.minutesText) : (existing?.minutesText ?? null),
    standardKind: item.standardKind ?? standardKindOf(item.title),
    isExempt: item.isExempt || existing?.isExempt ? 1 : 0,
    exemptParagraph: item.exemptParagraph ?? existing?.exemptParagraph ?? null,
    pageStart: item.pageStart ?? existing?.pageStart ?? null,
    pageEnd: item.pageEnd ?? existing?.pageEnd ?? null,
    sourceDocumentId: docId,
  };
  if (existing) await db.updateTable('agendaItems').set(row).where('id', '=', id).execute();
  else await db.insertInto('agendaItems').values(row).execute();
}

/** Resolves each written name once per record. */
class PeopleCache {
  readonly #ids = new Map<string, string | null>();
  readonly created: string[] = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly docId: string | null,
    private readonly now: string,
  ) {}

  async idOf(name: string, kind: PersonKind): Promise<string | null> {
    if (this.#ids.has(name)) return this.#ids.get(name) ?? null;
    const resolved = await resolvePerson(this.db, name, { kind, sourceDocumentId: this.docId, now: this.now });
    if (resolved?.created) this.created.push(resolved.personId);
    this.#ids.set(name, resolved?.personId ?? null);
    return resolved?.personId ?? null;
  }
}

const COUNCILLOR = /^(councillors?|cllrs?|cyng|cynghorydd|county councillor)\b/i;

/** What kind of person an attendance line suggests; a name without "Councillor" may be a partner or officer. */
function personKindFor(name: string, capacity: AttendanceCapacity | null): PersonKind {
  if (capacity === 'officer') return 'officer';
  if (capacity === 'partner' || capacity === 'witness') return 'partner';
  return COUNCILLOR.test(name) ? 'councillor' : 'unknown';
}

async function saveAttendance(
  db: Kysely<Database>,
  meetingId: string,
  record: MeetingRecord,
  docId: string | null,
  people: PeopleCache,
  mark: Mark,
): Promise<void> {
  const rows: Database['attendance'][] = [];
  const seen = new Set<string>();
  for (const [n, a] of record.attendance.entries()) {
    const personId = await people.idOf(a.name, personKindFor(a.name, a.capacity));
    if (!personId) continue;
    const id = stableId('attendance', meetingId, personId, a.kind);
    if (seen.has(id)) continue;
    seen.add(id);
    const substituteForId = a.substituteFor ? await people.idOf(a.substituteFor, 'councillor') : null;
    rows.push({
      id,
      meetingId,
      personId,
      kind: a.kind,
      reason: a.reason,
      substituteForId,
      capacity: a.capacity,
      roleText: a.roleText,
      position: n + 1,
      sourceDocumentId: docId,
    });
    mark('attendance', id, null, a.span);
  }
  const existing = new Set(
    (await db.selectFrom('attendance').select('id').where('meetingId', '=', meetingId).execute()).map((r) => r.id),
  );
  await insertInBatches(
    db,
    'attendance',
    rows.filter((r) => !existing.has(r.id)),
  );
}

async function saveDeclarations(
  db: Kysely<Database>,
  meetingId: string,
  record: MeetingRecord,
  itemIds: Map<string, string>,
  docId: string | null,
  people: PeopleCache,
  mark: Mark,
): Promise<void> {
  const rows: Database['declarations'][] = [];
  for (const [n, d] of record.declarations.entries()) {
    const personId = await people.idOf(d.name, 'councillor');
    if (!personId) continue;
    const itemRef = d.item?.replace(/^item\s+/i, '').replace(/\.$/, '');
    const itemId = itemRef ? (itemIds.get(itemRef) ?? itemIds.get(itemRef.toLowerCase()) ?? null) : null;
    const id = stableId('declaration', meetingId, docId, n);
    rows.push({ id, meetingId, itemId, personId, kind: d.kind, text: stripMarks(d.text), sourceDocumentId: docId });
    mark('declaration', id, null, d.span);
  }
  await insertInBatches(db, 'declarations', rows);
}

/** Rebuilds the meeting's search entries from what is stored, so every source of the meeting is searchable. */
export async function reindexMeeting(
  db: Kysely<Database>,
  meetingId: string,
  bodyId: string,
  bodyName: string,
  date: string,
): Promise<void> {
  await db.deleteFrom('searchEntries').where('meetingId', '=', meetingId).execute();
  const items = await db
    .selectFrom('agendaItems')
    .selectAll()
    .where('meetingId', '=', meetingId)
    .where('isExempt', '=', 0)
    .orderBy('position')
    .execute();
  const itemIdList = items.map((i) => i.id);
  const resolutions = itemIdList.length
    ? await db.selectFrom('resolutions').selectAll().where('itemId', 'in', itemIdList).orderBy('position').execute()
    : [];
  const points = itemIdList.length
    ? await db
        .selectFrom('minutePoints')
        .select(['itemId', 'text'])
        .where('itemId', 'in', itemIdList)
        .orderBy('position')
        .execute()
    : [];
  const meeting = await db.selectFrom('meetings').select(['venue']).where('id', '=', meetingId).executeTakeFirst();
  const entries: SearchEntry[] = [
    {
      id: meetingId,
      kind: 'meeting',
      subjectId: meetingId,
      meetingId,
      bodyId,
      date,
      title: `${bodyName}, ${date}`,
      content: [meeting?.venue, ...items.map((i) => i.title)].filter(Boolean).join('\n'),
    },
    ...items.map((i): SearchEntry => ({
      id: i.id,
      kind: 'item',
      subjectId: i.id,
      meetingId,
      bodyId,
      date,
      title: i.title,
      content: [i.description, i.minutesText, ...points.filter((p) => p.itemId === i.id).map((p) => p.text)]
        .filter(Boolean)
        .join('\n'),
    })),
    ...resolutions.map((r): SearchEntry => {
      const item = items.find((i) => i.id === r.itemId);
      return {
        id: r.id,
        kind: 'resolution',
        subjectId: r.id,
        meetingId,
        bodyId,
        date,
        title: item?.title ?? 'Resolution',
        content: r.text,
      };
    }),
  ];
  await insertInBatches(db, 'searchEntries', await searchEntryRows(db, entries));
  if (itemIdList.length) await db.deleteFrom('itemTerms').where('itemId', 'in', itemIdList).execute();
  const terms = items
    .filter((i) => !i.standardKind)
    .flatMap((i) => topicTerms(i.title).map((term) => ({ itemId: i.id, term })));
  await insertInBatches(db, 'itemTerms', terms);
}

/** Meetings written whole, as a document or a form records them. */
export class MeetingRecordRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** See {@link saveMeetingRecord}; call inside a transaction. */
  save(record: MeetingRecord, options: SaveMeetingOptions): Promise<SavedMeeting> {
    return saveMeetingRecord(this.db, record, options);
  }
}
