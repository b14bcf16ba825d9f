import type { Kysely } from 'kysely';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import { compareNames } from '../../domain/names/nameMatch.js';
import type { Database, PersonTable } from '../database.js';

export interface MergeProposal {
  readonly id: string;
  readonly keptPersonId: string;
  readonly mergedPersonId: string;
  readonly status: 'automatic' | 'pending';
}

/** Bodies each person attended or declared at, to judge surname-only mentions "within one body". */
async function bodiesOf(db: Kysely<Database>, personIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (personIds.length === 0) return out;
  const rows = await db
    .selectFrom('attendance')
    .innerJoin('meetings', 'meetings.id', 'attendance.meetingId')
    .select(['attendance.personId', 'meetings.bodyId'])
    .where('attendance.personId', 'in', personIds)
    .distinct()
    .execute();
  for (const r of rows) out.set(r.personId, (out.get(r.personId) ?? new Set()).add(r.bodyId));
  return out;
}

function shareBody(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (!a || !b) return false;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Compares newly met people with everyone already known and records what it finds. Sure and
 * likely matches are applied at once (reversibly, by pointing the newer person at the older);
 * possible ones wait for a clerk in `quorum people review`. Every merge keeps its evidence.
 */
export async function proposeMerges(
  db: Kysely<Database>,
  newPersonIds: readonly string[],
  now = new Date().toISOString(),
): Promise<MergeProposal[]> {
  if (newPersonIds.length === 0) return [];
  const everyone = await db
    .selectFrom('people')
    .selectAll()
    .where('mergedIntoId', 'is', null)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  const fresh = new Set(newPersonIds);
  const bodies = await bodiesOf(
    db,
    everyone.map((p) => p.id),
  );
  const proposals: MergeProposal[] = [];
  for (const person of everyone.filter((p) => fresh.has(p.id))) {
    const match = bestMatch(person, everyone, fresh, bodies);
    if (!match) continue;
    const status = match.verdict === 'possible' ? 'pending' : 'automatic';
    const proposal: MergeProposal = {
      id: randomId(),
      keptPersonId: match.person.id,
      mergedPersonId: person.id,
      status,
    };
    await db
      .insertInto('personMerges')
      .values({
        ...proposal,
        score: match.score,
        evidence: JSON.stringify(match.evidence),
        createdAt: now,
        decidedAt: null,
        decidedBy: null,
      })
      .execute();
    if (status === 'automatic')
      await db.updateTable('people').set({ mergedIntoId: match.person.id }).where('id', '=', person.id).execute();
    proposals.push(proposal);
  }
  return proposals;
}

function bestMatch(
  person: PersonTable,
  everyone: readonly PersonTable[],
  fresh: ReadonlySet<string>,
  bodies: Map<string, Set<string>>,
): { person: PersonTable; verdict: 'same' | 'likely' | 'possible'; score: number; evidence: readonly string[] } | null {
  let best: ReturnType<typeof bestMatch> = null;
  for (const other of everyone) {
    if (other.id === person.id || (fresh.has(other.id) && other.createdAt >= person.createdAt && other.id > person.id))
      continue;
    const result = compareNames(person.displayName, other.displayName, {
      sameBody: shareBody(bodies.get(person.id), bodies.get(other.id)),
    });
    if (result.verdict === 'different') continue;
    if (!best || result.score > best.score)
      best = { person: other, verdict: result.verdict, score: result.score, evidence: result.evidence };
  }
  return best;
}

export interface MergeRow {
  readonly id: string;
  readonly status: string;
  readonly score: number;
  readonly evidence: readonly string[];
  readonly keptName: string;
  readonly mergedName: string;
}

export async function listMerges(db: Kysely<Database>, statuses: readonly string[]): Promise<MergeRow[]> {
  const rows = await db
    .selectFrom('personMerges as m')
    .innerJoin('people as k', 'k.id', 'm.keptPersonId')
    .innerJoin('people as g', 'g.id', 'm.mergedPersonId')
    .select(['m.id', 'm.status', 'm.score', 'm.evidence', 'k.displayName as keptName', 'g.displayName as mergedName'])
    .where('m.status', 'in', statuses)
    .orderBy('m.score', 'desc')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({ ...r, evidence: JSON.parse(r.evidence) as string[] }));
}

/** A clerk's decision: accepting applies the merge, rejecting undoes it if it was applied. Both can be reversed. */
export async function decideMerge(
  db: Kysely<Database>,
  mergeId: string,
  decision: 'accepted' | 'rejected',
  by: string,
  now = new Date().toISOString(),
): Promise<void> {
  const merge = await db.selectFrom('personMerges').selectAll().where('id', '=', mergeId).executeTakeFirst();
  if (!merge)
    throw new AppError('NOT_FOUND', `no name match with id ${mergeId}; \`quorum people review --all\` lists them`);
  await db
    .updateTable('personMerges')
    .set({ status: decision, decidedAt: now, decidedBy: by })
    .where('id', '=', mergeId)
    .execute();
  await db
    .updateTable('people')
    .set({ mergedIntoId: decision === 'accepted' ? merge.keptPersonId : null })
    .where('id', '=', merge.mergedPersonId)
    .execute();
}
