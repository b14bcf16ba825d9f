import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { WorkProgrammeEntry } from '../../domain/workProgramme.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { changeOf, EntryFieldsSchema, invalid, type EntryFieldsInput } from './entryFields.js';

const VersionSchema = z.coerce.number().int().min(1);

/**
 * Changes an entry (its topic, meeting, status, people…), only from the version the clerk saw: a
 * change made meanwhile by someone else is a conflict (409), never silently overwritten. Audited.
 */
export async function changeWorkProgrammeEntry(
  store: Store,
  actor: Account,
  entryId: string,
  input: EntryFieldsInput & { version: unknown },
  now = new Date().toISOString(),
): Promise<WorkProgrammeEntry> {
  const version = VersionSchema.safeParse(input.version);
  if (!version.success) throw new AppError('INPUT_INVALID', 'the form is out of date: open the entry again');
  const fields = EntryFieldsSchema.safeParse(input);
  if (!fields.success) throw invalid(fields.error);
  return store.transaction(async (repos) => {
    const before = await repos.workProgramme.find(entryId);
    if (!before) throw new AppError('NOT_FOUND', 'there is no such work programme entry');
    assertMayClerk(actor, before.bodyId);
    const change = await changeOf(repos, before.bodyId, fields.data);
    if (!(await repos.workProgramme.update(entryId, version.data, change, now)))
      throw new AppError('CONFLICT', 'someone else changed this entry since you opened the page: nothing was saved');
    const after = { ...before, ...change, version: version.data + 1, updatedAt: now };
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'work_programme.change',
      subjectKind: 'work_programme_entry',
      subjectId: entryId,
      before,
      after,
    });
    return after;
  });
}
