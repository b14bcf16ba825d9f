import { strongerAttendanceKind, type Attendance, type AttendanceCapacity } from '../../domain/attendance.js';
import { stableId } from '../../domain/ids.js';
import type { AttendanceInput, DeclarationInput } from '../../domain/meetingRecord.js';
import type { PersonKind } from '../../domain/person.js';
import type { ReviewFlag } from '../../domain/reviewFlag.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { stripMarks } from '../../store/search/searchIndex.js';
import type { NameResolver } from '../people/nameResolver.js';
import type { ItemNames } from './saveItems.js';
import type { ProvenanceMarks } from './provenanceMarks.js';

const COUNCILLOR = /^(councillors?|cllrs?|cyng|cynghorydd|county councillor)\b/i;

/** What kind of person an attendance line suggests; a name without "Councillor" may be a partner or officer. */
function personKindFor(name: string, capacity: AttendanceCapacity | null): PersonKind {
  if (capacity === 'officer') return 'officer';
  if (capacity === 'partner' || capacity === 'witness') return 'partner';
  return COUNCILLOR.test(name) ? 'councillor' : 'unknown';
}

interface Line {
  readonly input: AttendanceInput;
  readonly row: Attendance;
}

/**
 * Saves who attended, one kind per person per meeting: when lists disagree (apologies and absent,
 * present and apologies) the stronger kind stands (`strongerAttendanceKind`), here and against
 * what other documents recorded, and each such conflict is returned as a note.
 */
export async function saveAttendance(
  repos: Repositories,
  meetingId: string,
  attendance: readonly AttendanceInput[],
  sourceDocumentId: string | null,
  names: NameResolver,
  marks: ProvenanceMarks,
  /** `isNew`: the meeting was first stored by this record, so nobody else is recorded at it yet. */
  { isNew }: { readonly isNew: boolean } = { isNew: false },
): Promise<{ notes: string[]; personIds: Set<string> }> {
  const notes: string[] = [];
  const byPerson = new Map<string, Line>();
  for (const [n, a] of attendance.entries()) {
    const personId = await names.idOf(a.name, personKindFor(a.name, a.capacity));
    if (!personId) continue;
    const line = { input: a, row: await rowOf(meetingId, personId, a, n + 1, names) };
    const earlier = byPerson.get(personId);
    if (!earlier) byPerson.set(personId, line);
    else if (earlier.row.kind !== a.kind) {
      const kind = strongerAttendanceKind(earlier.row.kind, a.kind);
      notes.push(`${a.name} is listed as ${earlier.row.kind} and as ${a.kind}: recorded as ${kind}`);
      if (kind !== earlier.row.kind) byPerson.set(personId, line);
    }
  }
  const standing = new Map(
    (isNew ? [] : await repos.attendance.ofMeeting(meetingId)).map((r) => [r.personId, r] as const),
  );
  const replaced: string[] = [];
  const added: Line[] = [];
  for (const [personId, line] of byPerson) {
    const other = standing.get(personId);
    if (other && strongerAttendanceKind(other.kind, line.row.kind) === other.kind) continue;
    if (other) replaced.push(other.id);
    added.push(line);
  }
  await repos.attendance.remove(replaced);
  await repos.attendance.add(added.map((l) => ({ ...l.row, sourceDocumentId })));
  for (const l of added) marks.mark('attendance', l.row.id, null, l.input.span);
  return { notes, personIds: new Set([...standing.keys(), ...byPerson.keys()]) };
}

async function rowOf(
  meetingId: string,
  personId: string,
  a: AttendanceInput,
  position: number,
  names: NameResolver,
): Promise<Attendance> {
  return {
    id: stableId('attendance', meetingId, personId, a.kind),
    meetingId,
    personId,
    kind: a.kind,
    reason: a.reason,
    substituteForId: a.substituteFor ? await names.idOf(a.substituteFor, 'councillor') : null,
    capacity: a.capacity,
    roleText: a.roleText,
    position,
  };
}

/**
 * Saves declarations of interest, tied to the item they name when it is on the record. A
 * declaration by someone the record does not show at the meeting is kept, noted, and flagged for a
 * clerk (`quorum people review`): the attendance line may be missing, or the name misspelt.
 */
export async function saveDeclarations(
  repos: Repositories,
  meetingId: string,
  declarations: readonly DeclarationInput[],
  context: {
    readonly sourceDocumentId: string | null;
    readonly items: ItemNames;
    readonly attendees: ReadonlySet<string>;
    readonly names: NameResolver;
    readonly marks: ProvenanceMarks;
    readonly now: string;
  },
): Promise<string[]> {
  const notes: string[] = [];
  const flags: ReviewFlag[] = [];
  const rows = [];
  for (const [n, d] of declarations.entries()) {
    const personId = await context.names.idOf(d.name, 'councillor');
    if (!personId) continue;
    const ref = d.item?.replace(/^item\s+/i, '').replace(/\.$/, '');
    const itemId = ref ? (context.items.get(ref) ?? context.items.get(ref.toLowerCase()) ?? null) : null;
    const id = stableId('declaration', meetingId, context.sourceDocumentId, n);
    if (!context.attendees.has(personId)) {
      const message = `${d.name} declared an interest but is not recorded at the meeting: check the attendance`;
      notes.push(message);
      flags.push({
        id: stableId('review', 'declaration_not_recorded', id),
        kind: 'declaration_not_recorded',
        meetingId,
        personId,
        subjectId: id,
        message,
        sourceDocumentId: context.sourceDocumentId,
        createdAt: context.now,
        dismissedAt: null,
        dismissedBy: null,
      });
    }
    rows.push({
      id,
      meetingId,
      itemId,
      personId,
      kind: d.kind,
      text: stripMarks(d.text),
      sourceDocumentId: context.sourceDocumentId,
    });
    context.marks.mark('declaration', id, null, d.span);
  }
  await repos.attendance.addDeclarations(rows);
  if (flags.length > 0) await repos.reviewFlags.add(flags);
  return notes;
}
