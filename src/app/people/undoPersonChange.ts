import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import { peopleTouchedBy, type PersonChange } from '../../domain/personChange.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { auditPersonChange, changeInstant, type PersonChangeOptions } from './personChangeContext.js';

/**
 * Reverses a rename, merge or split, in one transaction, and records the undo beside it. A change
 * that later changes built on (a later change to any of the same people, not itself undone) is
 * refused with the ids of those to undo first, so that no undo leaves the record half-reversed.
 */
export async function undoPersonChangeIn(
  repos: Repositories,
  changeId: string,
  options: PersonChangeOptions,
): Promise<PersonChange> {
  const change = await repos.personChanges.find(changeId);
  if (!change) throw new AppError('NOT_FOUND', `no change with id ${changeId}; \`quorum people changes\` lists them`);
  if (change.kind === 'undo') throw new AppError('CONFLICT', `change ${change.id} is an undo; it cannot be undone`);
  if (change.undoneById) throw new AppError('CONFLICT', `change ${change.id} was undone by ${change.undoneById}`);
  const touched = new Set(peopleTouchedBy(change));
  const later = (await repos.personChanges.since(change.madeAt)).filter(
    (c) => c.kind !== 'undo' && !c.undoneById && peopleTouchedBy(c).some((p) => touched.has(p)),
  );
  if (later.length > 0)
    throw new AppError(
      'CONFLICT',
      `later changes to the same people must be undone first: ${later.map((c) => c.id).join(', ')}`,
    );
  const madeAt = await changeInstant(repos, options.now);
  await reverse(repos, change, options.by, madeAt);
  const undo: PersonChange = {
    id: randomId(),
    kind: 'undo',
    personId: change.personId,
    otherPersonId: change.otherPersonId,
    madeBy: options.by,
    madeAt,
    before: {},
    after: {},
    undoesId: change.id,
    undoneById: null,
  };
  await repos.personChanges.add(undo);
  await auditPersonChange(repos, undo);
  await repos.personChanges.markUndone(change.id, undo.id);
  return undo;
}

async function reverse(repos: Repositories, change: PersonChange, by: string, at: string): Promise<void> {
  switch (change.kind) {
    case 'rename':
      await repos.people.setName(change.personId, change.before);
      if (change.after.addedAliasId) await repos.people.removeAliases([change.after.addedAliasId]);
      return;
    case 'merge': {
      const merged = change.otherPersonId!;
      await repos.people.setMergedInto(merged, change.before.mergedIntoId);
      await repos.people.setMergedIntoMany(change.before.repointed, merged);
      await repos.merges.decide(change.after.mergeRecordId, 'rejected', by, at);
      await repos.absence.returnApprovals(change.after.movedApprovals ?? []);
      await repos.interests.returnEntries(change.after.movedInterestEntries ?? []);
      if (change.after.movedReviewFrom) await repos.interests.moveReview(change.personId, change.after.movedReviewFrom);
      return;
    }
    case 'split': {
      const { after } = change;
      for (const [table, moved] of [
        ['attendance', after.movedAttendance],
        ['declarations', after.movedDeclarations],
      ] as const) {
        const byOwner = new Map<string, string[]>();
        for (const m of moved) byOwner.set(m.from, [...(byOwner.get(m.from) ?? []), m.id]);
        for (const [owner, ids] of byOwner) await repos.attendance.reassign(table, ids, owner);
      }
      await repos.attendance.remove(after.copiedAttendance);
      await repos.attendance.removeDeclarations(after.copiedDeclarations);
      for (const a of after.movedAliases) await repos.people.moveAliases([a.id], a.from);
      await repos.votes.reassign((after.movedVotes ?? []).map((v) => ({ id: v.id, to: v.from })));
      await repos.attendance.setSubstituteFor((after.movedSubstitutions ?? []).map((m) => ({ id: m.id, to: m.from })));
      await repos.absence.returnApprovals(after.movedApprovals ?? []);
      await repos.interests.returnEntries(after.movedInterestEntries ?? []);
      if (after.movedReviewFrom) await repos.interests.moveReview(after.newPersonId, after.movedReviewFrom);
      const owners = new Set([change.personId, ...after.movedAttendance.map((m) => m.from)]);
      if (!change.otherPersonId) {
        // The person the split created goes again, unless something was filed under them since: the
        // foreign keys would delete it (approvals, register entries) or leave it naming nobody (votes).
        await repos.memberships.recomputeInferredEverywhere([after.newPersonId]);
        await repos.officerPosts.recompute([after.newPersonId]);
        const left = await repos.people.referencesTo(after.newPersonId, [
          'person_aliases.person_id',
          'person_merges.kept_person_id',
          'person_merges.merged_person_id',
        ]);
        if (left.length > 0)
          throw new AppError(
            'CONFLICT',
            `records were filed under the person split off (${after.newPersonId}) since the split (${left.join(', ')}); move them first`,
          );
        await repos.people.remove(after.newPersonId);
      } else owners.add(after.newPersonId);
      await repos.memberships.recomputeInferredEverywhere([...owners]);
      await repos.officerPosts.recompute([...owners]);
      return;
    }
    case 'undo':
      return;
  }
}

/** `undoPersonChangeIn` in a transaction of its own. */
export async function undoPersonChange(
  store: Store,
  changeId: string,
  options: PersonChangeOptions,
): Promise<PersonChange> {
  return store.transaction((repos) => undoPersonChangeIn(repos, changeId, options));
}
