import { AppError } from '../../domain/errors.js';
import { randomId, slugify, stableId } from '../../domain/ids.js';
import { nameKey } from '../../domain/names/nameKey.js';
import { parsePersonName } from '../../domain/names/personName.js';
import type { Person } from '../../domain/person.js';
import type { PersonChange } from '../../domain/personChange.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { auditPersonChange, changeInstant, personOrThrow, type PersonChangeOptions } from './personChangeContext.js';

export interface SplitPersonOptions extends PersonChangeOptions {
  /** The meetings whose records go to the other person. */
  readonly meetingIds: readonly string[];
  /** The name of a new person to split off; or `into`, an existing person to receive the records. */
  readonly name?: string;
  readonly into?: string;
  /**
   * Copy rather than move: both people were recorded, fused into one name by a lost line break
   * ("Nicole Harris, Children C James Lavender"). The person split from keeps their records too.
   */
  readonly copy?: boolean;
  /** Spellings to move with the records, so that later documents writing them find the other person. */
  readonly aliases?: readonly string[];
  /** Absence approvals (section 85) of the person that are the other person's. */
  readonly approvalIds?: readonly string[];
  /** Register of interests entries of the person that are the other person's (each entry's state goes with it). */
  readonly interestEntryIds?: readonly string[];
  /** The register's last review is the other person's (moved only if they have none). */
  readonly moveReview?: boolean;
}

/**
 * Takes a person's attendance and declarations at chosen meetings (under their own id or any
 * spelling merged into them) and moves them, or copies them, to another person: a new one named
 * `name`, or an existing one (`into`). A move takes the named votes cast and the substitutions for
 * the person at those meetings too, so that no meeting's record names one person as present and
 * another as voting. What is the person's own rather than a meeting's (absence approvals, register
 * entries with their state, the register's review: src/store/personReferences.ts) moves only where
 * the clerk chooses it. Memberships and posts of both are recomputed. One transaction; recorded,
 * and undone by `undoPersonChange`.
 */
export async function splitPersonIn(
  repos: Repositories,
  ref: string,
  options: SplitPersonOptions,
): Promise<PersonChange> {
  if (options.meetingIds.length === 0)
    throw new AppError('INPUT_INVALID', 'name the meetings whose records to split off (--meetings id,id...)');
  if (!options.name === !options.into)
    throw new AppError('INPUT_INVALID', 'give either --name for a new person or --into for an existing one');
  const person = await personOrThrow(repos, ref);
  const ids = [person.id, ...(await repos.people.mergedInto(person.id))];
  const records = await repos.attendance.recordsOf(ids, options.meetingIds);
  const found = new Set([...records.attendance, ...records.declarations].map((r) => r.meetingId));
  const missing = options.meetingIds.filter((m) => !found.has(m));
  if (missing.length > 0)
    throw new AppError(
      'INPUT_INVALID',
      `${person.displayName} has no record at meeting(s) ${missing.join(', ')}; \`quorum people show ${person.slug}\` lists theirs`,
    );
  const approvals = await repos.absence.approvalsOf(ids);
  const entries = await repos.interests.entriesOf(ids);
  const strangers = [
    ...(options.approvalIds ?? []).filter((id) => !approvals.some((a) => a.id === id)),
    ...(options.interestEntryIds ?? []).filter((id) => !entries.some((e) => e.id === id)),
  ];
  if (strangers.length > 0)
    throw new AppError(
      'INPUT_INVALID',
      `${strangers.join(', ')}: not an absence approval or register entry of ${person.displayName}`,
    );
  const madeAt = await changeInstant(repos, options.now);
  const target = options.into
    ? await existingTarget(repos, options.into, person)
    : await newPerson(repos, options.name!, person, madeAt);
  const movedAliases = await moveAliases(repos, ids, options.aliases ?? [], target.id);
  let after: Extract<PersonChange, { kind: 'split' }>['after'];
  if (options.copy) {
    const attendance = records.attendance.map((a) => ({
      ...a,
      id: stableId('attendance', a.meetingId, target.id, a.kind),
      personId: target.id,
    }));
    const declarations = records.declarations.map((d) => ({
      ...d,
      id: stableId('declaration', d.id, target.id),
      personId: target.id,
    }));
    await repos.attendance.copyLines(
      'attendance',
      records.attendance.map((a, n) => ({ from: a.id, to: attendance[n]!.id })),
      target.id,
    );
    await repos.attendance.copyLines(
      'declarations',
      records.declarations.map((d, n) => ({ from: d.id, to: declarations[n]!.id })),
      target.id,
    );
    await repos.attendance.copyProvenance([
      ...records.attendance.map((a, n) => ({ from: a.id, to: attendance[n]!.id })),
      ...records.declarations.map((d, n) => ({ from: d.id, to: declarations[n]!.id })),
    ]);
    after = {
      newPersonId: target.id,
      movedAttendance: [],
      movedDeclarations: [],
      copiedAttendance: attendance.map((a) => a.id),
      copiedDeclarations: declarations.map((d) => d.id),
      movedAliases,
    };
  } else {
    await repos.attendance.reassign(
      'attendance',
      records.attendance.map((a) => a.id),
      target.id,
    );
    await repos.attendance.reassign(
      'declarations',
      records.declarations.map((d) => d.id),
      target.id,
    );
    const movedVotes = await repos.votes.castAt(ids, options.meetingIds);
    await repos.votes.reassign(movedVotes.map((v) => ({ id: v.id, to: target.id })));
    const movedSubstitutions = await repos.attendance.substitutionsFor(ids, options.meetingIds);
    await repos.attendance.setSubstituteFor(movedSubstitutions.map((m) => ({ id: m.id, to: target.id })));
    after = {
      movedVotes,
      movedSubstitutions,
      newPersonId: target.id,
      movedAttendance: records.attendance.map((a) => ({ id: a.id, from: a.personId })),
      movedDeclarations: records.declarations.map((d) => ({ id: d.id, from: d.personId })),
      copiedAttendance: [],
      copiedDeclarations: [],
      movedAliases,
    };
  }
  const movedApprovals = await repos.absence.moveChosenApprovals(options.approvalIds ?? [], ids, target.id);
  const movedInterestEntries = await repos.interests.moveChosenEntries(options.interestEntryIds ?? [], ids, target.id);
  let movedReviewFrom: string | null = null;
  if (options.moveReview)
    for (const from of ids)
      if (await repos.interests.moveReview(from, target.id)) {
        movedReviewFrom = from;
        break;
      }
  after = { ...after, movedApprovals, movedInterestEntries, movedReviewFrom };
  await repos.memberships.recomputeInferredEverywhere([...ids, target.id]);
  await repos.officerPosts.recompute([...ids, target.id]);
  const change: PersonChange = {
    id: randomId(),
    kind: 'split',
    personId: person.id,
    otherPersonId: options.into ? target.id : null,
    madeBy: options.by,
    madeAt,
    before: { meetingIds: [...options.meetingIds] },
    after,
    undoesId: null,
    undoneById: null,
  };
  await repos.personChanges.add(change);
  await auditPersonChange(repos, change);
  return change;
}

async function existingTarget(repos: Repositories, ref: string, from: Person): Promise<Person> {
  const named = await personOrThrow(repos, ref);
  const target = named.mergedIntoId ? await personOrThrow(repos, named.mergedIntoId) : named;
  if (target.id === from.id || from.mergedIntoId === target.id)
    throw new AppError('INPUT_INVALID', `${target.displayName} is the person being split`);
  return target;
}

async function newPerson(repos: Repositories, name: string, from: Person, now: string): Promise<Person> {
  const written = name.replace(/\s+/g, ' ').trim();
  const key = nameKey(written);
  if (!key) throw new AppError('INPUT_INVALID', `"${name}" holds no name to give a person`);
  const known = await repos.people.findByNameKey(key);
  if (known)
    throw new AppError(
      'CONFLICT',
      `${known.displayName} (${known.id}) is already recorded under that name: split into them with --into ${known.slug}`,
    );
  const parsed = parsePersonName(written);
  const displayName = parsed.display || written;
  const person: Person = {
    id: stableId('person', key),
    slug: await repos.people.freeSlug(slugify(displayName)),
    displayName,
    honorific: parsed.honorifics[0] ?? null,
    givenName: parsed.given,
    familyName: parsed.family,
    kind: from.kind,
    mergedIntoId: null,
    createdAt: now,
  };
  if (await repos.people.find(person.id))
    throw new AppError('CONFLICT', `a person with id ${person.id} exists: split into them with --into ${person.id}`);
  await repos.people.add(person);
  await repos.people.addAliases([
    { id: stableId('alias', person.id, written), personId: person.id, alias: written, key, sourceDocumentId: null },
  ]);
  return person;
}

async function moveAliases(
  repos: Repositories,
  fromIds: readonly string[],
  spellings: readonly string[],
  to: string,
): Promise<{ id: string; from: string }[]> {
  if (spellings.length === 0) return [];
  const aliases = await repos.people.aliasesOf(fromIds);
  const moved = spellings.map((s) => {
    const alias = aliases.find((a) => a.alias === s.trim()) ?? aliases.find((a) => a.key === nameKey(s));
    if (!alias) throw new AppError('INPUT_INVALID', `"${s}" is not a spelling of the person being split`);
    return { id: alias.id, from: alias.personId };
  });
  await repos.people.moveAliases(
    moved.map((m) => m.id),
    to,
  );
  return moved;
}

/** `splitPersonIn` in a transaction of its own. */
export async function splitPerson(store: Store, ref: string, options: SplitPersonOptions): Promise<PersonChange> {
  return store.transaction((repos) => splitPersonIn(repos, ref, options));
}
