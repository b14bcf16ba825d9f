import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { WorkProgrammeEntry } from '../../domain/workProgramme.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { changeOf, EntryFieldsSchema, invalid, type EntryFieldsInput } from './entryFields.js';

const MUNICIPAL_YEAR_LABEL = /^\d{4}\/\d{2}$/;

export const NewEntrySchema = z.object({
  bodyId: z.string().min(1).max(100),
  municipalYear: z.string().regex(MUNICIPAL_YEAR_LABEL, { message: 'a municipal year is written 2024/25' }),
});

/** Adds a topic to a body's work programme for a municipal year; audited. */
export async function addWorkProgrammeEntry(
  store: Store,
  actor: Account,
  input: EntryFieldsInput & { bodyId: unknown; municipalYear: unknown },
  now = new Date().toISOString(),
): Promise<WorkProgrammeEntry> {
  const where = NewEntrySchema.safeParse(input);
  if (!where.success) throw invalid(where.error);
  const fields = EntryFieldsSchema.safeParse(input);
  if (!fields.success) throw invalid(fields.error);
  assertMayClerk(actor, where.data.bodyId);
  return store.transaction(async (repos) => {
    if (!(await repos.bodies.find(where.data.bodyId))) throw new AppError('NOT_FOUND', 'there is no such body');
    const entry: WorkProgrammeEntry = {
      id: randomId(),
      bodyId: where.data.bodyId,
      municipalYear: where.data.municipalYear,
      ...(await changeOf(repos, where.data.bodyId, fields.data)),
      sourceRef: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await repos.workProgramme.add(entry);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'work_programme.add',
      subjectKind: 'work_programme_entry',
      subjectId: entry.id,
      before: undefined,
      after: entry,
    });
    return entry;
  });
}
