import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Person } from '../../domain/person.js';
import type { PersonChange } from '../../domain/personChange.js';
import type { Repositories } from '../../store/repositories/repositories.js';

/** Who makes a change and when; `now` defaults to the clock. */
export interface PersonChangeOptions {
  readonly by: string;
  readonly now?: string;
}

/** A person by id or page slug, or a NOT_FOUND error naming what was asked for. */
export async function personOrThrow(repos: Repositories, ref: string): Promise<Person> {
  const person = await repos.people.findByIdOrSlug(ref);
  if (!person) throw new AppError('NOT_FOUND', `no person with id or slug "${ref}"; \`quorum people show\` finds them`);
  return person;
}

/**
 * The instant to record a change at: the clock, or just after the latest change when the clock
 * has not moved past it, so that changes keep their order (undo checks "later" changes by it).
 */
export async function changeInstant(repos: Repositories, now: string | undefined): Promise<string> {
  const at = now ?? new Date().toISOString();
  const latest = await repos.personChanges.latestAt();
  if (!latest || at > latest) return at;
  return new Date(Date.parse(latest) + 1).toISOString();
}

/**
 * The audit entry of a person change, written in the change's own transaction (who, when, before,
 * after). It also moves the versions of the people changed on, so that a clerk's form opened
 * before this change (from the CLI or another clerk) is refused rather than saved over it.
 */
export async function auditPersonChange(repos: Repositories, change: PersonChange): Promise<void> {
  await repos.versions.touch('person', [change.personId, ...(change.otherPersonId ? [change.otherPersonId] : [])]);
  await repos.audit.add({
    id: randomId(),
    at: change.madeAt,
    actor: change.madeBy,
    action: `person.${change.kind}`,
    subjectKind: 'person',
    subjectId: change.personId,
    before: change.before,
    after: { ...change.after, changeId: change.id, otherPersonId: change.otherPersonId, undoesId: change.undoesId },
  });
}
