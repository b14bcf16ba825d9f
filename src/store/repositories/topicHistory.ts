import type { Kysely } from 'kysely';
import { topicMatch } from '../../domain/topicTerms.js';
import type { Database } from '../database.js';

export interface TopicEntry {
  readonly itemId: string;
  readonly title: string;
  readonly meetingId: string;
  readonly date: string;
  readonly bodyName: string;
  readonly score: number;
  readonly shared: readonly string[];
}

/** Candidates come through the item's rarest words only, so common words cannot make this scan the archive. */
const RAREST_TERMS = 3;
const CANDIDATES_PER_TERM = 400;

/**
 * The same subject at earlier and later meetings, oldest first: public items whose titles share
 * at least two subject words with this one, weighted so that rare words count more.
 */
export async function topicHistory(db: Kysely<Database>, itemId: string, limit = 30): Promise<TopicEntry[]> {
  const terms = (await db.selectFrom('itemTerms').select('term').where('itemId', '=', itemId).execute()).map(
    (r) => r.term,
  );
  if (terms.length < 2) return [];
  const df = new Map(
    (
      await db
        .selectFrom('itemTerms')
        .select((eb) => ['term', eb.fn.countAll<number>().as('n')])
        .where('term', 'in', terms)
        .groupBy('term')
        .execute()
    ).map((r) => [r.term, Number(r.n)]),
  );
  const rarest = [...terms]
    .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || a.localeCompare(b))
    .slice(0, RAREST_TERMS);
  const candidateIds = new Set<string>();
  for (const term of rarest) {
    const rows = await db
      .selectFrom('itemTerms')
      .select('itemId')
      .where('term', '=', term)
      .where('itemId', '<>', itemId)
      .orderBy('itemId')
      .limit(CANDIDATES_PER_TERM)
      .execute();
    for (const r of rows) candidateIds.add(r.itemId);
  }
  if (candidateIds.size === 0) return [];
  const candidateTerms = await db
    .selectFrom('itemTerms')
    .select(['itemId', 'term'])
    .where('itemId', 'in', [...candidateIds])
    .execute();
  const byItem = new Map<string, string[]>();
  for (const r of candidateTerms) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), r.term]);
  const weight = (term: string): number => 1 / Math.log(2 + (df.get(term) ?? 1));
  const matches = [...byItem]
    .map(([id, t]) => ({ id, match: topicMatch(terms, t, weight) }))
    .filter((m): m is { id: string; match: NonNullable<ReturnType<typeof topicMatch>> } => m.match !== null)
    .sort((a, b) => b.match.score - a.match.score || a.id.localeCompare(b.id))
    .slice(0, limit);
  if (matches.length === 0) return [];
  const rows = await db
    .selectFrom('agendaItems')
    .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
    .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
    .select([
      'agendaItems.id',
      'agendaItems.title',
      'meetings.id as meetingId',
      'meetings.date',
      'bodies.name as bodyName',
    ])
    .where(
      'agendaItems.id',
      'in',
      matches.map((m) => m.id),
    )
    .where('agendaItems.isExempt', '=', 0)
    .execute();
  const score = new Map(matches.map((m) => [m.id, m.match]));
  return rows
    .map((r) => ({
      itemId: r.id,
      title: r.title,
      meetingId: r.meetingId,
      date: r.date,
      bodyName: r.bodyName,
      score: score.get(r.id)!.score,
      shared: score.get(r.id)!.shared,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.itemId.localeCompare(b.itemId));
}
