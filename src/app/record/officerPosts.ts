import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { OfficerPost } from '../../domain/person.js';
import type { Store } from '../../store/store.js';
import { assertMayClerkEverything } from '../authorise.js';
import { personOrThrow } from '../people/personChangeContext.js';
import { auditRecordChange, recordCorrections } from './recordAudit.js';
import { claimVersion } from './staleRecord.js';

/** An officer's post as a clerk enters or corrects it. */
export interface OfficerPostFields {
  readonly jobTitle: string;
  readonly organisation: string | null;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
}

function checkPost(fields: OfficerPostFields): OfficerPostFields {
  const jobTitle = fields.jobTitle.replace(/\s+/g, ' ').trim();
  if (!jobTitle || jobTitle.length > 120)
    throw new AppError('INPUT_INVALID', 'the job title must be 1 to 120 characters');
  if (fields.startsOn && fields.endsOn && fields.endsOn < fields.startsOn)
    throw new AppError('INPUT_INVALID', 'the end date must be the same as or after the start date');
  const organisation = fields.organisation?.trim() || null;
  return { jobTitle, organisation, startsOn: fields.startsOn, endsOn: fields.endsOn };
}

/**
 * Records a post an officer holds from a date (and to one, if it has ended). Officers serve every
 * body, so only an administrator or a clerk for every body may. One transaction, audited.
 */
export async function addOfficerPost(
  store: Store,
  actor: Account,
  personRef: string,
  input: OfficerPostFields,
  now: string,
): Promise<OfficerPost> {
  assertMayClerkEverything(actor);
  const fields = checkPost(input);
  return store.transaction(async (repos) => {
    const named = await personOrThrow(repos, personRef);
    const post: OfficerPost = {
      id: randomId(),
      personId: named.mergedIntoId ?? named.id,
      ...fields,
      firstSeenOn: null,
      lastSeenOn: null,
      meetings: null,
    };
    await repos.officerPosts.add(post, actor.id);
    await auditRecordChange(repos, actor, now, {
      action: 'officer_post.add',
      subjectKind: 'officer_post',
      subjectId: post.id,
      before: null,
      after: post,
    });
    return post;
  });
}

/**
 * Changes a post's title, organisation or dates (an end date ends it). A post read from the
 * minutes keeps what they said as a correction. One transaction, audited. `version` is the post's
 * version the form showed: a save from an older page throws StaleRecordError (unchecked when omitted).
 */
export async function correctOfficerPost(
  store: Store,
  actor: Account,
  postId: string,
  input: OfficerPostFields,
  now: string,
  version?: number,
): Promise<void> {
  assertMayClerkEverything(actor);
  const fields = checkPost(input);
  await store.transaction(async (repos) => {
    const post = await repos.officerPosts.find(postId);
    if (!post) throw new AppError('NOT_FOUND', `no officer post ${postId}`);
    await claimVersion(repos, 'officer_post', post.id, version);
    const before = {
      jobTitle: post.jobTitle,
      organisation: post.organisation,
      startsOn: post.startsOn,
      endsOn: post.endsOn,
    };
    const after = { ...fields };
    if (Object.entries(before).every(([k, v]) => after[k as keyof typeof after] === v))
      throw new AppError('CONFLICT', 'nothing was changed');
    const imported =
      (post.enteredBy === null && (post.meetings !== null || post.sourceDocumentId !== null)) ||
      (await repos.corrections.has('officer_post', post.id));
    await recordCorrections(
      repos,
      actor,
      now,
      { kind: 'officer_post', id: post.id, sourceDocumentId: post.sourceDocumentId, imported },
      before,
      after,
    );
    await repos.officerPosts.correct(post.id, fields, actor.id);
    await auditRecordChange(repos, actor, now, {
      action: 'officer_post.correct',
      subjectKind: 'officer_post',
      subjectId: post.id,
      before,
      after,
    });
  });
}
