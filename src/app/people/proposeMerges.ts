import { randomId } from '../../domain/ids.js';
import { compareNameSides, type NameVerdict } from '../../domain/names/nameMatch.js';
import { PersonNameIndex } from '../../domain/names/personNameIndex.js';
import { byFirstMet, type Person, type PersonMerge } from '../../domain/person.js';
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

/**
 * An officer and a councillor whose names only nearly agree ("Mr T. Brennan, Senior Engineer",
 * "Councillor Tommy Brennan") are as often two people as one: a clerk decides, not the import.
 */
function officerAndCouncillor(a: Person, b: Person): boolean {
  const kinds = new Set([a.kind, b.kind]);
  return kinds.has('officer') && kinds.has('councillor');
}

/** The best earlier person a newly met one may be; a new person is compared only with those met before it. */
async function bestMatch(
  repos: Repositories,
  person: Person,
  index: PersonNameIndex,
  fresh: ReadonlySet<string>,
): Promise<Match | null> {
  const earlier = index
    .candidatesFor(person.id)
    .filter(
      ({ person: other }) => !(fresh.has(other.id) && other.createdAt >= person.createdAt && other.id > person.id),
    );
  if (earlier.length === 0) return null;
  // "Councillor Clarke" present and "Ms D. Clarke, Director" in attendance at one meeting are two people.
  const together = await repos.people.metWith(
    person.id,
    earlier.map((c) => c.person.id),
  );
  const candidates = earlier.filter((c) => !together.has(c.person.id));
  if (candidates.length === 0) return null;
  const bodies = await repos.people.bodiesOf([person.id, ...candidates.map((c) => c.person.id)]);
  const side = index.get(person.id)!.side;
  let best: Match | null = null;
  for (const { person: other, side: otherSide } of candidates) {
    const result = compareNameSides(side, otherSide, {
      sameBody: shareBody(bodies.get(person.id), bodies.get(other.id)),
    });
    if (result.verdict === 'different') continue;
    const verdict = result.verdict === 'likely' && officerAndCouncillor(person, other) ? 'possible' : result.verdict;
    if (!best || result.score > best.score)
      best = { person: other, verdict, score: result.score, evidence: result.evidence };
  }
  return best;
}

/**
 * Compares newly met people with everyone already known and records what it finds. Sure and
 * likely matches are applied at once (reversibly, by pointing the newer person at the older);
 * possible ones wait for a clerk (`quorum people review`). Every merge keeps its evidence.
 *
 * `index` holds everyone known, kept between calls by an import of many documents; it is brought
 * up to date here (newcomers filed, people merged away taken out). Without one, everyone is read.
 */
export async function proposeMerges(
  repos: Repositories,
  newPersonIds: readonly string[],
  now: string,
  index?: PersonNameIndex,
): Promise<PersonMerge[]> {
  if (newPersonIds.length === 0) return [];
  const names = index ?? new PersonNameIndex(await repos.people.canonical());
  const newcomers = (await repos.people.byIds(newPersonIds)).filter((p) => p.mergedIntoId === null);
  for (const person of newcomers) names.add(person);
  const fresh = new Set(newcomers.map((p) => p.id));
  const merges: PersonMerge[] = [];
  for (const person of newcomers.sort(byFirstMet)) {
    const match = await bestMatch(repos, person, names, fresh);
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
    if (merge.status === 'automatic') {
      await repos.people.setMergedInto(person.id, match.person.id);
      names.remove(person.id);
    }
    merges.push(merge);
  }
  return merges;
}
