import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { PersonChange } from '../../domain/personChange.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { auditPersonChange, changeInstant, personOrThrow, type PersonChangeOptions } from './personChangeContext.js';

/**
 * Makes two people one: the merged person (and any spelling already merged into it) points at the
 * kept one, whose page then shows every record of both. Nothing is deleted; the merge is recorded
 * as a decided name match and in the audit, and is undone by `undoPersonChange`.
 */
export async function mergePeopleIn(
  repos: Repositories,
  keepRef: string,
  mergeRef: string,
  options: PersonChangeOptions,
): Promise<PersonChange> {
  const named = await personOrThrow(repos, keepRef);
  // A person merged away already stands for the one it was merged into.
  const keep = named.mergedIntoId ? await personOrThrow(repos, named.mergedIntoId) : named;
  const merged = await personOrThrow(repos, mergeRef);
  if (merged.id === keep.id || merged.mergedIntoId === keep.id)
    throw new AppError('CONFLICT', `${merged.displayName} (${merged.id}) is already ${keep.displayName} (${keep.id})`);
  const madeAt = await changeInstant(repos, options.now);
  const repointed = await repos.people.mergedInto(merged.id);
  await repos.people.setMergedInto(merged.id, keep.id);
  await repos.people.setMergedIntoMany(repointed, keep.id);
  // Approvals and register entries are the person's own, not a meeting's record read through the
  // merge: they move to the kept person (src/store/personReferences.ts lists what happens to each).
  const formerIds = [merged.id, ...repointed];
  const movedApprovals = await repos.absence.moveApprovals(formerIds, keep.id);
  const movedInterestEntries = await repos.interests.moveEntries(formerIds, keep.id);
  let movedReviewFrom: string | null = null;
  for (const from of formerIds)
    if (await repos.interests.moveReview(from, keep.id)) {
      movedReviewFrom = from;
      break;
    }
  const mergeRecordId = randomId();
  await repos.merges.add({
    id: mergeRecordId,
    keptPersonId: keep.id,
    mergedPersonId: merged.id,
    score: 1,
    evidence: [`merged by ${options.by} with \`quorum people merge\``],
    status: 'accepted',
    createdAt: madeAt,
    decidedAt: madeAt,
    decidedBy: options.by,
  });
  const change: PersonChange = {
    id: randomId(),
    kind: 'merge',
    personId: keep.id,
    otherPersonId: merged.id,
    madeBy: options.by,
    madeAt,
    before: { mergedIntoId: merged.mergedIntoId, repointed },
    after: { mergedIntoId: keep.id, mergeRecordId, movedApprovals, movedInterestEntries, movedReviewFrom },
    undoesId: null,
    undoneById: null,
  };
  await repos.personChanges.add(change);
  await auditPersonChange(repos, change);
  return change;
}

/** `mergePeopleIn` in a transaction of its own. */
export async function mergePeople(
  store: Store,
  keepRef: string,
  mergeRef: string,
  options: PersonChangeOptions,
): Promise<PersonChange> {
  return store.transaction((repos) => mergePeopleIn(repos, keepRef, mergeRef, options));
}
