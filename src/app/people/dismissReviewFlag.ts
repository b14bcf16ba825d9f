import { AppError } from '../../domain/errors.js';
import type { Store } from '../../store/store.js';

/** A clerk has looked at a flagged record (a declaration by someone not recorded there) and closes the flag. */
export async function dismissReviewFlag(
  store: Store,
  flagId: string,
  by: string,
  now = new Date().toISOString(),
): Promise<void> {
  await store.transaction(async (repos) => {
    if (!(await repos.reviewFlags.exists(flagId)))
      throw new AppError('NOT_FOUND', `no review flag with id ${flagId}; \`quorum people review\` lists them`);
    await repos.reviewFlags.dismiss(flagId, by, now);
  });
}
