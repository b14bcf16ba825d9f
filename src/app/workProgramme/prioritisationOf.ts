import type { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import {
  DEFAULT_PRIORITISATION,
  PrioritisationSchema,
  type Prioritisation,
} from '../../domain/workProgramme/prioritisation.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { assertMayAdminister } from '../authorise.js';

/** The council's criteria and threshold; the protocol's while it has set none (or a stored value is damaged). */
export async function prioritisationOf(repos: Repositories): Promise<Prioritisation> {
  const text = await repos.workProgramme.prioritisationText();
  if (text === undefined) return DEFAULT_PRIORITISATION;
  try {
    const parsed = PrioritisationSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_PRIORITISATION;
  } catch {
    return DEFAULT_PRIORITISATION;
  }
}

/** The criteria as a clerk or administrator reads them (the admin page, the work programme's home). */
export async function readPrioritisation(store: Store, actor: Account): Promise<Prioritisation> {
  if (!actor.active || !['admin', 'clerk'].includes(actor.role))
    throw new AppError('FORBIDDEN', 'only clerks and administrators read the prioritisation criteria');
  return store.transaction((repos) => prioritisationOf(repos));
}

/**
 * Sets the council's own prioritisation criteria and threshold (an administrator's task); audited.
 * Scores already given keep their criterion keys: a removed criterion's scores stop counting, a new
 * one leaves entries unscored until someone scores it.
 */
export async function setPrioritisation(
  store: Store,
  actor: Account,
  input: z.input<typeof PrioritisationSchema>,
  now = new Date().toISOString(),
): Promise<Prioritisation> {
  assertMayAdminister(actor);
  const parsed = PrioritisationSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INPUT_INVALID', parsed.error.issues.map((i) => i.message).join('; '));
  return store.transaction(async (repos) => {
    const before = await prioritisationOf(repos);
    await repos.workProgramme.setPrioritisation(parsed.data);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'work_programme.prioritisation',
      subjectKind: 'settings',
      subjectId: 'work_programme_prioritisation',
      before,
      after: parsed.data,
    });
    return parsed.data;
  });
}
