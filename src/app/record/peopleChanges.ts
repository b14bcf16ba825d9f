import type { Account } from '../../domain/account.js';
import type { PersonChange } from '../../domain/personChange.js';
import type { Store } from '../../store/store.js';
import { assertMayClerkEverything } from '../authorise.js';
import { decideMergeIn } from '../people/decideMerge.js';
import { dismissReviewFlagIn } from '../people/dismissReviewFlag.js';
import { mergePeopleIn } from '../people/mergePeople.js';
import { renamePersonIn } from '../people/renamePerson.js';
import { splitPersonIn, type SplitPersonOptions } from '../people/splitPerson.js';
import { undoPersonChangeIn } from '../people/undoPersonChange.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { personOrThrow } from '../people/personChangeContext.js';
import { recordCorrections } from './recordAudit.js';
import { claimVersion } from './staleRecord.js';

/*
 * The people use cases (src/app/people) as the workspace calls them: a person belongs to no one body,
 * so only an administrator or a clerk for every body may change them. Each runs in one transaction
 * and is audited by the people use case itself (auditPersonChange). Rename, merge and split take the
 * person's version the clerk's page showed: a change from an older page throws StaleRecordError and
 * saves nothing (unchecked when omitted).
 */

/** Claims the version of the person `ref` names (their canonical person, as their page shows). */
async function claimPerson(repos: Repositories, ref: string, version: number | undefined): Promise<void> {
  const named = await personOrThrow(repos, ref);
  await claimVersion(repos, 'person', named.mergedIntoId ?? named.id, version);
}

/** Renames a person, keeping what the documents called them as a correction shown on their page. */
export async function renamePersonAsClerk(
  store: Store,
  actor: Account,
  ref: string,
  newName: string,
  now: string,
  version?: number,
): Promise<PersonChange> {
  assertMayClerkEverything(actor);
  return store.transaction(async (repos) => {
    await claimPerson(repos, ref, version);
    const change = await renamePersonIn(repos, ref, newName, { by: actor.id, now });
    if (change.kind === 'rename')
      await recordCorrections(
        repos,
        actor,
        change.madeAt,
        { kind: 'person', id: change.personId, sourceDocumentId: null, imported: true },
        { name: change.before.displayName },
        { name: change.after.displayName },
        change.id,
      );
    return change;
  });
}

export async function mergePeopleAsClerk(
  store: Store,
  actor: Account,
  keepRef: string,
  mergeRef: string,
  now: string,
  version?: number,
): Promise<PersonChange> {
  assertMayClerkEverything(actor);
  return store.transaction(async (repos) => {
    await claimPerson(repos, keepRef, version);
    return mergePeopleIn(repos, keepRef, mergeRef, { by: actor.id, now });
  });
}

export async function splitPersonAsClerk(
  store: Store,
  actor: Account,
  ref: string,
  options: Omit<SplitPersonOptions, 'by' | 'now'>,
  now: string,
  version?: number,
): Promise<PersonChange> {
  assertMayClerkEverything(actor);
  return store.transaction(async (repos) => {
    await claimPerson(repos, ref, version);
    return splitPersonIn(repos, ref, { ...options, by: actor.id, now });
  });
}

/** Undoes a change; a rename's correction goes with it, since the name is the document's again. */
export async function undoPersonChangeAsClerk(
  store: Store,
  actor: Account,
  changeId: string,
  now: string,
): Promise<PersonChange> {
  assertMayClerkEverything(actor);
  return store.transaction(async (repos) => {
    const undo = await undoPersonChangeIn(repos, changeId, { by: actor.id, now });
    await repos.corrections.removeForChange(changeId);
    return undo;
  });
}

export async function decideMergeAsClerk(
  store: Store,
  actor: Account,
  mergeId: string,
  decision: 'accepted' | 'rejected',
  now: string,
): Promise<void> {
  assertMayClerkEverything(actor);
  await store.transaction((repos) => decideMergeIn(repos, mergeId, decision, actor.id, now));
}

export async function dismissReviewFlagAsClerk(
  store: Store,
  actor: Account,
  flagId: string,
  now: string,
): Promise<void> {
  assertMayClerkEverything(actor);
  await store.transaction((repos) => dismissReviewFlagIn(repos, flagId, actor.id, now));
}
