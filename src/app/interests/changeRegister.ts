import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { compareIsoDates, isIsoDate } from '../../domain/calendar/isoDate.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import { INTEREST_CATEGORIES } from '../../domain/interests/interestCategory.js';
import type { InterestEntry } from '../../domain/interests/interestEntry.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import { londonDateOf } from '../../domain/calendar/londonTime.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { holderFor } from './interestRegisters.js';
import { clerkScope } from './registerAccess.js';

const isoDate = (message: string) =>
  z
    .string()
    .refine((v) => isIsoDate(v), { message })
    .transform((v) => v as IsoDate);

/**
 * A new register entry. Dates come in as ISO dates (the web reads GOV.UK's three boxes first); a
 * registration before the interest arose is a typing slip, refused. Neither may be in the future.
 */
export const InterestEntryInputSchema = z
  .object({
    category: z.enum(INTEREST_CATEGORIES, { message: 'choose the category of the interest' }),
    description: z
      .string()
      .trim()
      .min(1, { message: 'enter a description of the interest' })
      .max(1000, { message: 'the description must be 1000 characters or fewer' }),
    aroseOn: isoDate('enter the date the interest arose or changed'),
    registeredOn: isoDate('enter the date it was registered'),
    sensitive: z.boolean(),
  })
  // zod runs this even when a date failed above: compare only real dates.
  .refine(
    (v) => !isIsoDate(v.aroseOn) || !isIsoDate(v.registeredOn) || compareIsoDates(v.aroseOn, v.registeredOn) <= 0,
    {
      path: ['registeredOn'],
      message: 'the date registered must be the same as or after the date the interest arose',
    },
  );
export type InterestEntryInput = Record<keyof z.input<typeof InterestEntryInputSchema>, unknown>;

function invalid(error: z.ZodError): AppError {
  return new AppError('INPUT_INVALID', error.issues.map((i) => i.message).join('; '));
}

function notAfterToday(date: IsoDate, now: string, what: string): void {
  if (compareIsoDates(date, londonDateOf(now)) > 0)
    throw new AppError('INPUT_INVALID', `${what} cannot be in the future`);
}

/** Adds an entry to a member's register; audited. */
export async function addInterestEntry(
  store: Store,
  actor: Account,
  personSlug: string,
  input: InterestEntryInput,
  now = new Date().toISOString(),
): Promise<InterestEntry> {
  clerkScope(actor);
  const parsed = InterestEntryInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  notAfterToday(parsed.data.registeredOn, now, 'the date registered');
  return store.transaction(async (repos) => {
    const holder = await holderFor(repos, actor, personSlug);
    const entry: InterestEntry = {
      id: randomId(),
      personId: holder.id,
      ...parsed.data,
      createdAt: now,
      updatedAt: now,
      version: 0,
      endedOn: null,
      endRegisteredOn: null,
    };
    await repos.interests.addEntry(entry);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'interest.add',
      subjectKind: 'interest',
      subjectId: entry.id,
      before: undefined,
      after: entry,
    });
    return entry;
  });
}

/**
 * Takes an entry off a member's register (the interest ended, or it was entered in error). The
 * audit keeps the whole entry, so it can be entered again as it was.
 */
export async function removeInterestEntry(
  store: Store,
  actor: Account,
  personSlug: string,
  entryId: string,
  now = new Date().toISOString(),
): Promise<void> {
  clerkScope(actor);
  await store.transaction(async (repos) => {
    const holder = await holderFor(repos, actor, personSlug);
    const entry = await repos.interests.entry(entryId);
    if (!entry || entry.personId !== holder.id)
      throw new AppError('NOT_FOUND', 'There is no such entry on this register');
    await repos.interests.removeEntry(entryId);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'interest.remove',
      subjectKind: 'interest',
      subjectId: entryId,
      before: entry,
      after: undefined,
    });
  });
}

const STALE =
  'someone else changed this entry since you opened the page: nothing was saved. What you typed is below; check the entry as it is now and save again';

/** The entry of this register a form names, at the version it showed; else NOT_FOUND or CONFLICT. */
async function claimEntry(
  repos: Repositories,
  holderId: string,
  entryId: string,
  version: number,
  now: string,
): Promise<InterestEntry> {
  const entry = await repos.interests.entry(entryId);
  if (!entry || entry.personId !== holderId) throw new AppError('NOT_FOUND', 'There is no such entry on this register');
  if (!(await repos.interests.claimVersion(entryId, version, now))) throw new AppError('CONFLICT', STALE);
  return entry;
}

/**
 * Changes what an entry says (a typing slip, or the interest changed), from the version the form
 * showed: a save over someone else's later change is refused (CONFLICT). Audited with before and after.
 */
export async function editInterestEntry(
  store: Store,
  actor: Account,
  personSlug: string,
  entryId: string,
  input: InterestEntryInput & { readonly version: number },
  now = new Date().toISOString(),
): Promise<void> {
  clerkScope(actor);
  const parsed = InterestEntryInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  notAfterToday(parsed.data.registeredOn, now, 'the date registered');
  await store.transaction(async (repos) => {
    const holder = await holderFor(repos, actor, personSlug);
    const before = await claimEntry(repos, holder.id, entryId, input.version, now);
    await repos.interests.updateEntry(entryId, parsed.data, now);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'interest.edit',
      subjectKind: 'interest',
      subjectId: entryId,
      before,
      after: { ...before, ...parsed.data, updatedAt: now, version: input.version + 1 },
    });
  });
}

/** The end of an interest: when it ended and when the monitoring officer was told. */
export const InterestEndSchema = z
  .object({
    endedOn: isoDate('enter the date the interest ended'),
    endRegisteredOn: isoDate('enter the date the end was registered'),
  })
  .refine(
    (v) => !isIsoDate(v.endedOn) || !isIsoDate(v.endRegisteredOn) || compareIsoDates(v.endedOn, v.endRegisteredOn) <= 0,
    { path: ['endRegisteredOn'], message: 'the date the end was registered must be the same as or after the end' },
  );

/**
 * Ends an interest: it leaves the published register but stays on the clerk's, with its end and
 * whether that was registered within the 28 days. From the version the form showed; audited.
 */
export async function endInterestEntry(
  store: Store,
  actor: Account,
  personSlug: string,
  entryId: string,
  input: { readonly endedOn: unknown; readonly endRegisteredOn: unknown; readonly version: number },
  now = new Date().toISOString(),
): Promise<void> {
  clerkScope(actor);
  const parsed = InterestEndSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  notAfterToday(parsed.data.endRegisteredOn, now, 'the date the end was registered');
  await store.transaction(async (repos) => {
    const holder = await holderFor(repos, actor, personSlug);
    const before = await claimEntry(repos, holder.id, entryId, input.version, now);
    if (compareIsoDates(parsed.data.endedOn, before.aroseOn) < 0)
      throw new AppError('INPUT_INVALID', 'the date the interest ended must be on or after the date it arose');
    await repos.interests.setEnded(entryId, parsed.data.endedOn, parsed.data.endRegisteredOn, now);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'interest.end',
      subjectKind: 'interest',
      subjectId: entryId,
      before,
      after: { ...before, ...parsed.data, version: input.version + 1 },
    });
  });
}

export const RegisterReviewSchema = z.object({
  reviewedOn: isoDate('enter the date the member reviewed the register'),
});

/** Records that the member reviewed their register on a date (the yearly check); audited. */
export async function recordRegisterReview(
  store: Store,
  actor: Account,
  personSlug: string,
  input: z.input<typeof RegisterReviewSchema>,
  now = new Date().toISOString(),
): Promise<void> {
  clerkScope(actor);
  const parsed = RegisterReviewSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  notAfterToday(parsed.data.reviewedOn, now, 'the date reviewed');
  await store.transaction(async (repos) => {
    const holder = await holderFor(repos, actor, personSlug);
    await repos.interests.setReviewed(holder.id, parsed.data.reviewedOn, now, actor.id);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'interest.review',
      subjectKind: 'person',
      subjectId: holder.id,
      before: { reviewedOn: holder.reviewedOn },
      after: { reviewedOn: parsed.data.reviewedOn },
    });
  });
}
