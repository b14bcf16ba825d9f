import { randomId } from '../../domain/ids.js';
import { compareNames, type NameVerdict } from '../../domain/names/nameMatch.js';
import type { Person, PersonMerge } from '../../domain/person.js';
import type { Repositories } from '../../store/repositories/repositories.js';

interface Match {
  readonly person: Person;
  readonly verdict: Exclude<NameVerdict, 'different'>;
  readonly score: number;
  readonly evidence: readonly string[];
}

function shareBody(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (!a || !b) return false;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The best earlier person a newly met one may be; a new person is compared only with those met before it. */
function bestMatch(
  person: Person,
  everyone: readonly Person[],
  fresh: ReadonlySet<string>,
  bodies: Map<string, Set<string>>,
): Match | null {
  let best: Match | null = null;
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

/**
 * Compares newly met people with everyone already known and records what it finds. Sure and
 * likely matches are applied at once (reversibly, by pointing the newer person at the older);
 * possible ones wait for a clerk (`quorum people review`). Every merge keeps its evidence.
 */
export async function proposeMerges(
  repos: Repositories,
  newPersonIds: readonly string[],
  now: string,
): Promise<PersonMerge[]> {
  if (newPersonIds.length === 0) return [];
  const everyone = await repos.people.canonical();
  const fresh = new Set(newPersonIds);
  const bodies = await repos.people.bodiesOf(everyone.map((p) => p.id));
  const merges: PersonMerge[] = [];
  for (const person of everyone.filter((p) => fresh.has(p.id))) {
    const match = bestMatch(person, everyone, fresh, bodies);
    if (!match) continue;
    const merge: PersonMerge = {
      id: randomId(),
      keptPersonId: match.person.id,
      mergedPersonId: person.id,
      score: match.score,
      evidence: match.evidence,
      status: match.verdict === 'possible' ? 'pending' : 'automatic',
      createdAt: now,
      decidedAt: null,
      decidedBy: null,
    };
    await repos.merges.add(merge);
    if (merge.status === 'automatic') await repos.people.setMergedInto(person.id, match.person.id);
    merges.push(merge);
  }
  return merges;
}
