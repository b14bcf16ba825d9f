import { AppError } from '../../domain/errors.js';
import { randomId, stableId } from '../../domain/ids.js';
import { nameKey } from '../../domain/names/nameKey.js';
import { parsePersonName } from '../../domain/names/personName.js';
import type { PersonChange } from '../../domain/personChange.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { auditPersonChange, changeInstant, personOrThrow, type PersonChangeOptions } from './personChangeContext.js';

/**
 * Gives a person the name a clerk knows is right ("Same Garrard" → "Jane Garrard"). The page keeps
 * its address (slug), every spelling met stays an alias, and the new name becomes one too, so later
 * documents that write it find this person. One transaction; recorded, and undoable.
 */
export async function renamePersonIn(
  repos: Repositories,
  ref: string,
  newName: string,
  options: PersonChangeOptions,
): Promise<PersonChange> {
  const written = newName.replace(/\s+/g, ' ').trim();
  const key = nameKey(written);
  if (!key) throw new AppError('INPUT_INVALID', `"${newName}" holds no name to give a person`);
  const person = await personOrThrow(repos, ref);
  const parsed = parsePersonName(written);
  const after = {
    displayName: parsed.display || written,
    honorific: parsed.honorifics[0] ?? person.honorific,
    givenName: parsed.given,
    familyName: parsed.family,
  };
  if (after.displayName === person.displayName)
    throw new AppError('CONFLICT', `${person.displayName} (${person.id}) already has that name`);
  const aliasId = stableId('alias', person.id, written);
  const known = (await repos.people.aliasesOf([person.id])).some((a) => a.id === aliasId);
  if (!known)
    await repos.people.addAliases([{ id: aliasId, personId: person.id, alias: written, key, sourceDocumentId: null }]);
  await repos.people.setName(person.id, after);
  const change: PersonChange = {
    id: randomId(),
    kind: 'rename',
    personId: person.id,
    otherPersonId: null,
    madeBy: options.by,
    madeAt: await changeInstant(repos, options.now),
    before: {
      displayName: person.displayName,
      honorific: person.honorific,
      givenName: person.givenName,
      familyName: person.familyName,
    },
    after: { ...after, addedAliasId: known ? null : aliasId },
    undoesId: null,
    undoneById: null,
  };
  await repos.personChanges.add(change);
  await auditPersonChange(repos, change);
  return change;
}

/** `renamePersonIn` in a transaction of its own. */
export async function renamePerson(
  store: Store,
  ref: string,
  newName: string,
  options: PersonChangeOptions,
): Promise<PersonChange> {
  return store.transaction((repos) => renamePersonIn(repos, ref, newName, options));
}
