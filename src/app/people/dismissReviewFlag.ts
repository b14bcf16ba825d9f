import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';

/** A clerk has looked at a flagged record (a declaration by someone not recorded there) and closes the flag. */
export async function dismissReviewFlagIn(
  repos: Repositories,
  flagId: string,
  by: string,
  now = new Date().toISOString(),
): Promise<void> {
  if (!(await repos.reviewFlags.exists(flagId)))
    throw new AppError('NOT_FOUND', `no review flag with id ${flagId}; \`quorum people review\` lists them`);
  await repos.reviewFlags.dismiss(flagId, by, now);
  await repos.audit.add({
    id: randomId(),
    at: now,
    actor: by,
    action: 'review_flag.dismiss',
    subjectKind: 'review_flag',
    subjectId: flagId,
    before: { dismissedAt: null },
    after: { dismissedAt: now, dismissedBy: by },
  });
}

/** `dismissReviewFlagIn` in a transaction of its own. */
export async function dismissReviewFlag(
  store: Store,
  flagId: string,
  by: string,
  now = new Date().toISOString(),
): Promise<void> {
  return store.transaction((repos) => dismissReviewFlagIn(repos, flagId, by, now));
}
