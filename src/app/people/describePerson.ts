import type { Attendance } from '../../domain/attendance.js';
import type { Declaration } from '../../domain/declaration.js';
import type { Membership } from '../../domain/membership.js';
import type { Person } from '../../domain/person.js';
import type { PersonChange } from '../../domain/personChange.js';
import type { Store } from '../../store/store.js';
import { personOrThrow } from './personChangeContext.js';

/** Everything a clerk needs to correct a person: their spellings, the records under them, the changes made. */
export interface PersonRecordForClerk {
  readonly person: Person;
  /** People merged into this one (their records show on this person's page). */
  readonly merged: readonly Person[];
  readonly aliases: readonly { readonly alias: string; readonly personId: string }[];
  readonly attendance: readonly Attendance[];
  readonly declarations: readonly Declaration[];
  readonly memberships: readonly Membership[];
  /** The meetings those records are of, by date. */
  readonly meetings: readonly { readonly id: string; readonly date: string; readonly bodyName: string }[];
  readonly changes: readonly PersonChange[];
}

/** A person (by id or slug) as a clerk sees them before a rename, merge or split. */
export async function describePerson(store: Store, ref: string): Promise<PersonRecordForClerk> {
  const repos = store.repos;
  const person = await personOrThrow(repos, ref);
  const mergedIds = await repos.people.mergedInto(person.id);
  const merged = await repos.people.byIds(mergedIds);
  const ids = [person.id, ...mergedIds];
  const records = await repos.attendance.recordsOf(ids);
  return {
    person,
    merged,
    aliases: (await repos.people.aliasesOf(ids)).map((a) => ({ alias: a.alias, personId: a.personId })),
    attendance: records.attendance,
    declarations: records.declarations,
    memberships: await repos.memberships.ofPeople(ids),
    meetings: await repos.meetings.labels([...records.attendance, ...records.declarations].map((r) => r.meetingId)),
    changes: await repos.personChanges.list(ids),
  };
}
