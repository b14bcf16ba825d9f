import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { daysLate, reviewStatus, type InterestEntry, type ReviewStatus } from '../../domain/interests/interestEntry.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { RegisterHolder } from '../../store/repositories/interestRepository.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { assertMayKeepRegister, clerkScope } from './registerAccess.js';

/** A register entry with how late it was registered (0: within the 28 days), and its end if it ended. */
export interface EntryView extends InterestEntry {
  readonly daysLate: number;
  /** How late the end was registered: the 28 days run from the end too. Null while it has not ended. */
  readonly endDaysLate: number | null;
}

export interface RegisterView {
  readonly holder: RegisterHolder;
  readonly entries: readonly EntryView[];
  readonly review: ReviewStatus;
}

export interface RegisterSummary {
  readonly holder: RegisterHolder;
  readonly entries: number;
  readonly late: number;
  readonly review: ReviewStatus;
}

export function entryViews(entries: readonly InterestEntry[]): EntryView[] {
  return entries.map((e) => ({
    ...e,
    daysLate: daysLate(e),
    endDaysLate:
      e.endedOn && e.endRegisteredOn ? daysLate({ aroseOn: e.endedOn, registeredOn: e.endRegisteredOn }) : null,
  }));
}

/** Every register the clerk keeps: members of their bodies (all members for an administrator). */
export async function listRegisters(store: Store, actor: Account, today: IsoDate): Promise<RegisterSummary[]> {
  const scope = clerkScope(actor);
  return store.transaction(async (repos) => {
    const holders = (await repos.interests.holders()).filter(
      (h) => scope === null || h.bodyIds.some((b) => scope.includes(b)),
    );
    const entries = await repos.interests.entriesOf(holders.map((h) => h.id));
    return holders.map((holder) => {
      const own = entryViews(entries.filter((e) => e.personId === holder.id));
      return {
        holder,
        entries: own.filter((e) => !e.endedOn).length,
        late: own.filter((e) => e.daysLate > 0 || (e.endDaysLate ?? 0) > 0).length,
        review: reviewStatus(holder.reviewedOn, today),
      };
    });
  });
}

/** The holder a slug names, checked against who may keep their register. */
export async function holderFor(repos: Repositories, actor: Account, personSlug: string): Promise<RegisterHolder> {
  const person = await repos.people.findByIdOrSlug(personSlug);
  const holder = person && (await repos.interests.holders()).find((h) => h.id === (person.mergedIntoId ?? person.id));
  if (!holder) throw new AppError('NOT_FOUND', 'There is no such member');
  await assertMayKeepRegister(repos, actor, holder.id);
  return holder;
}

/** One member's register, each entry's lateness and whether it was reviewed in the last year. */
export async function readRegister(
  store: Store,
  actor: Account,
  personSlug: string,
  today: IsoDate,
): Promise<RegisterView> {
  clerkScope(actor);
  return store.transaction(async (repos) => {
    const holder = await holderFor(repos, actor, personSlug);
    return {
      holder,
      entries: entryViews(await repos.interests.entriesOf([holder.id])),
      review: reviewStatus(holder.reviewedOn, today),
    };
  });
}

/** One entry of a member's register, with its lateness, for the page that changes or ends it. */
export async function readRegisterEntry(
  store: Store,
  actor: Account,
  personSlug: string,
  entryId: string,
): Promise<{ readonly holder: RegisterHolder; readonly entry: EntryView }> {
  clerkScope(actor);
  return store.transaction(async (repos) => {
    const holder = await holderFor(repos, actor, personSlug);
    const entry = await repos.interests.entry(entryId);
    if (!entry || entry.personId !== holder.id)
      throw new AppError('NOT_FOUND', 'There is no such entry on this register');
    return { holder, entry: entryViews([entry])[0]! };
  });
}
