import { AppError } from '../../domain/errors.js';
import type { Store } from '../../store/store.js';

/** A clerk's decision on a name match: accepting applies the merge, rejecting undoes it. Both can be reversed. */
export async function decideMerge(
  store: Store,
  mergeId: string,
  decision: 'accepted' | 'rejected',
  by: string,
  now = new Date().toISOString(),
): Promise<void> {
  await store.transaction(async (repos) => {
    const merge = await repos.merges.find(mergeId);
    if (!merge)
      throw new AppError('NOT_FOUND', `no name match with id ${mergeId}; \`quorum people review --all\` lists them`);
    await repos.merges.decide(mergeId, decision, by, now);
    await repos.people.setMergedInto(merge.mergedPersonId, decision === 'accepted' ? merge.keptPersonId : null);
  });
}
