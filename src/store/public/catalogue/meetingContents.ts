import type { Kysely } from 'kysely';
import type { AgendaItem } from '../../../domain/agendaItem.js';
import type { Resolution } from '../../../domain/minutes.js';
import type { Database } from '../../database.js';
import type { DeclarationConduct } from '../../../domain/declaration.js';
import type { RegisterLine } from '../../../domain/register/registerLine.js';
import type { RegisterTables } from '../../database.js';
import { toRegisterLine } from '../../repositories/registerRepository.js';
import { toAgendaItem, toDeclarationConduct, toResolution } from '../../rowMappers.js';
import { publicMinutesStates, publicMotions, type PublicMinutesState, type PublicMotion } from '../publicMinutes.js';
import { personRefs } from '../publicRefs.js';
import { everyPublicResolution, publicDeclarations, publicItems } from '../publicScope.js';
import type { CatalogueFiles, DocumentFile } from './catalogueFiles.js';
import type { CataloguePapers, PaperAtMeeting } from './cataloguePapers.js';
import { participations } from './participants.js';
import { meetingsChangedAt } from './recordChanges.js';

/** What a batch of meetings embeds, read in a fixed number of queries however many meetings. */
export interface MeetingContents {
  /** Each meeting's public items (by meeting id), in agenda order; exempt items are absent. */
  readonly items: ReadonlyMap<string, readonly AgendaItem[]>;
  /** Each public item's resolutions (by item id), in order. */
  readonly resolutions: ReadonlyMap<string, readonly Resolution[]>;
  /** What each meeting resolved outside any item (by meeting id; minutes with no items), in order. */
  readonly meetingResolutions: ReadonlyMap<string, readonly Resolution[]>;
  /** Each meeting's participants (by meeting id; PARTICIPANT_KINDS): public person ids, once each, in record order. */
  readonly participants: ReadonlyMap<string, readonly string[]>;
  /** The public documents each meeting's record was read from (by meeting id), in id order. */
  readonly documents: ReadonlyMap<string, readonly DocumentFile[]>;
  /** Each public item's papers (by item id), in id order. */
  readonly papers: ReadonlyMap<string, readonly PaperAtMeeting[]>;
  /** Every public document above, papers' included, by document id. */
  readonly files: ReadonlyMap<string, DocumentFile>;
  /** Where each meeting's minutes stand (by meeting id): draft, or confirmed and locked; amendments. */
  readonly minutes: ReadonlyMap<string, PublicMinutesState>;
  /** The motions put (by resolution id), with their votes and results. */
  readonly motions: ReadonlyMap<string, PublicMotion>;
  /** Each meeting's register (by meeting id), with people as the public knows them (merged spellings resolved). */
  readonly register: ReadonlyMap<string, readonly RegisterFacts[]>;
  /** Each meeting's public declarations of interest (by meeting id). */
  readonly declarations: ReadonlyMap<string, readonly DeclarationFacts[]>;
  /**
   * When each meeting's record last changed (by meeting id): its row, or later its minutes'
   * state, an amendment, a decision notice taken there or a call-in of one (recordChanges.ts).
   */
  readonly changedAt: ReadonlyMap<string, string>;
}

/** A line of the register as the exports state it: the person's surviving id, and what was written. */
export interface RegisterFacts extends Omit<RegisterLine, 'personId' | 'substituteForId'> {
  readonly personId: string;
  readonly substituteForId: string | null;
}

export interface DeclarationFacts extends DeclarationConduct {
  readonly personId: string;
  readonly itemId: string | null;
  readonly kind: string;
  readonly text: string;
}

const NOTHING: MeetingContents = {
  items: new Map(),
  resolutions: new Map(),
  meetingResolutions: new Map(),
  participants: new Map(),
  documents: new Map(),
  papers: new Map(),
  files: new Map(),
  minutes: new Map(),
  motions: new Map(),
  register: new Map(),
  declarations: new Map(),
  changedAt: new Map(),
};

/** Reads what these meetings embed: a fixed number of queries, batched by id. */
export async function readMeetingContents(
  db: Kysely<Database>,
  catalogue: { readonly papers: CataloguePapers; readonly files: CatalogueFiles },
  meetingIds: readonly string[],
): Promise<MeetingContents> {
  const ids = [...new Set(meetingIds)];
  if (ids.length === 0) return NOTHING;
  const [items, resolutions, attended, sources, papers, registerRows, declarationRows] = await Promise.all([
    publicItems(db).selectAll().where('meetingId', 'in', ids).orderBy('meetingId').orderBy('position').execute(),
    // Those of public items and the meetings' own (no item) in one query: each is grouped below.
    everyPublicResolution(db)
      .selectAll('resolutions')
      .where('resolutions.meetingId', 'in', ids)
      .orderBy('resolutions.meetingId')
      .orderBy('resolutions.position')
      .orderBy('resolutions.id')
      .execute(),
    participations(db)
      .where('attendance.meetingId', 'in', ids)
      .orderBy('attendance.meetingId')
      .orderBy('attendance.position')
      .execute(),
    db
      .selectFrom('provenance')
      .select(['subjectId', 'documentId'])
      .distinct()
      .where('subjectKind', '=', 'meeting')
      .where('subjectId', 'in', ids)
      .execute(),
    catalogue.papers.ofMeetings(ids),
    db
      .withTables<RegisterTables>()
      .selectFrom('attendance')
      .selectAll()
      .where('meetingId', 'in', ids)
      .orderBy('meetingId')
      .orderBy('position')
      .orderBy('id')
      .execute(),
    publicDeclarations(db).selectAll().where('meetingId', 'in', ids).orderBy('id').execute(),
  ]);
  const [minutes, motions, people, changedAt] = await Promise.all([
    publicMinutesStates(db, ids, new Set(items.map((i) => i.id))),
    publicMotions(db, resolutions),
    personRefs(db, [
      ...registerRows.flatMap((r) => (r.substituteForId ? [r.personId, r.substituteForId] : [r.personId])),
      ...declarationRows.map((d) => d.personId),
    ]),
    meetingsChangedAt(db, ids),
  ]);
  const surviving = (id: string): string => people.get(id)?.id ?? id;
  const files = await catalogue.files.byIds([
    ...sources.map((s) => s.documentId),
    ...papers.flatMap((p) => (p.documentId ? [p.documentId] : [])),
  ]);
  return {
    items: groupBy(items.map(toAgendaItem), (i) => i.meetingId),
    resolutions: groupBy(
      resolutions.flatMap((r) => (r.itemId === null ? [] : [{ ...toResolution(r), itemId: r.itemId }])),
      (r) => r.itemId,
    ),
    meetingResolutions: groupBy(resolutions.filter((r) => r.itemId === null).map(toResolution), (r) => r.meetingId),
    participants: new Map(
      [...groupBy(attended, (p) => p.meetingId)].map(([id, rows]) => [id, [...new Set(rows.map((p) => p.personId))]]),
    ),
    documents: documentsOf(sources, files),
    papers: groupBy(papers, (p) => p.itemId),
    files,
    minutes,
    motions,
    register: groupBy(
      registerRows.map((r) => {
        const line = toRegisterLine(r);
        return {
          ...line,
          personId: surviving(line.personId),
          substituteForId: line.substituteForId ? surviving(line.substituteForId) : null,
        };
      }),
      (l) => l.meetingId,
    ),
    declarations: groupBy(
      declarationRows.map((d) => ({
        meetingId: d.meetingId,
        personId: surviving(d.personId),
        itemId: d.itemId,
        kind: d.kind,
        text: d.text,
        ...toDeclarationConduct(d),
      })),
      (d) => d.meetingId,
    ),
    changedAt,
  };
}

function documentsOf(
  sources: readonly { readonly subjectId: string; readonly documentId: string }[],
  files: ReadonlyMap<string, DocumentFile>,
): Map<string, DocumentFile[]> {
  const documents = groupBy(
    sources.flatMap((s) => {
      const file = files.get(s.documentId);
      return file ? [{ meetingId: s.subjectId, file }] : [];
    }),
    (s) => s.meetingId,
  );
  return new Map(
    [...documents].map(([id, list]) => [id, list.map((s) => s.file).sort((a, b) => a.id.localeCompare(b.id))]),
  );
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
