import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';

/** A clerk's decision on a name match: accepting applies the merge, rejecting undoes it. Both can be reversed. */
export async function decideMergeIn(
  repos: Repositories,
  mergeId: string,
  decision: 'accepted' | 'rejected',
  by: string,
  now = new Date().toISOString(),
): Promise<void> {
  const merge = await repos.merges.find(mergeId);
  if (!merge)
    throw new AppError('NOT_FOUND', `no name match with id ${mergeId}; \`quorum people review --all\` lists them`);
  await repos.merges.decide(mergeId, decision, by, now);
  await repos.people.setMergedInto(merge.mergedPersonId, decision === 'accepted' ? merge.keptPersonId : null);
  await repos.audit.add({
    id: randomId(),
    at: now,
    actor: by,
    action: `person.match_${decision}`,
    subjectKind: 'person_merge',
    subjectId: mergeId,
    before: { status: merge.status },
    after: { status: decision, keptPersonId: merge.keptPersonId, mergedPersonId: merge.mergedPersonId },
  });
}

/** `decideMergeIn` in a transaction of its own. */
export async function decideMerge(
  store: Store,
  mergeId: string,
  decision: 'accepted' | 'rejected',
  by: string,
  now = new Date().toISOString(),
): Promise<void> {
  return store.transaction((repos) => decideMergeIn(repos, mergeId, decision, by, now));
}
