import { AppError } from '../../domain/errors.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { VersionedRecord } from '../../store/repositories/recordVersionRepository.js';

const WHAT: Readonly<Record<VersionedRecord, string>> = {
  body: 'body',
  membership: 'membership',
  person: 'person',
  officer_post: 'post',
};

/**
 * A save from a form older than the row: someone else changed it since the clerk opened the page.
 * Nothing was saved; the workspace answers 409 with the row as it is now and what was typed.
 */
export class StaleRecordError extends AppError {
  constructor(
    readonly kind: VersionedRecord,
    readonly id: string,
  ) {
    super('CONFLICT', `someone else changed this ${WHAT[kind]} since you opened the page: nothing was saved`);
    this.name = 'StaleRecordError';
  }
}

/**
 * The first step of a save from a form, inside its transaction: moves the row on from the
 * `version` the form showed, or throws StaleRecordError (and the transaction saves nothing).
 * `undefined` (a caller with no form: the CLI, a script) moves it on without checking.
 */
export async function claimVersion(
  repos: Repositories,
  kind: VersionedRecord,
  id: string,
  version: number | undefined,
): Promise<void> {
  if (version === undefined) return repos.versions.touch(kind, [id]);
  if (!(await repos.versions.claim(kind, id, version))) throw new StaleRecordError(kind, id);
}
