import type { Context, Hono } from 'hono';
import { addOfficerPost, correctOfficerPost } from '../../../app/record/officerPosts.js';
import {
  decideMergeAsClerk,
  dismissReviewFlagAsClerk,
  mergePeopleAsClerk,
  renamePersonAsClerk,
  splitPersonAsClerk,
  undoPersonChangeAsClerk,
} from '../../../app/record/peopleChanges.js';
import { findPeopleForClerk, personForClerk, reviewQueue } from '../../../app/record/peopleForClerk.js';
import { StaleRecordError } from '../../../app/record/staleRecord.js';
import { AppError } from '../../../domain/errors.js';
import { readForm } from '../forms/formBody.js';
import type { WorkspaceDeps, WorkspaceEnv } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { PeopleListPage, PersonEditPage, PostEditPage, ReviewPage, type PersonActiveForm } from './peoplePages.js';
import { FormReader } from './recordForms.js';
import { attempt } from './routeHelpers.js';

type C = Context<WorkspaceEnv>;

const SAVED: Readonly<Record<string, string>> = {
  rename: 'Name corrected',
  merge: 'People merged',
  split: 'Records split off to another person',
  undo: 'Change undone',
  post: 'Post saved',
  match: 'Decision recorded',
  flag: 'Flag dismissed',
};

/** Errors a people use case reports about what was typed (or a person named that does not exist). */
function isInputProblem(error: unknown): error is AppError {
  return error instanceof AppError && ['INPUT_INVALID', 'CONFLICT', 'NOT_FOUND'].includes(error.code);
}

/**
 * People in the clerk's workspace: finding a person, their page (rename, merge, split, undo, officer
 * posts) and the review queue of uncertain name matches and flags. A person belongs to no one body:
 * the people use cases refuse all but administrators and clerks for every body.
 */
export function registerPeopleRoutes(w: Hono<WorkspaceEnv>, deps: WorkspaceDeps): void {
  const { store, now } = deps;
  w.use('/workspace/people', clerksOnly);
  w.use('/workspace/people/*', clerksOnly);
  const at = (): string => now().toISOString();

  w.get('/workspace/people', async (c) => {
    const query = (c.req.query('q') ?? '').slice(0, 100);
    const found = await findPeopleForClerk(store, query);
    const queue = await reviewQueue(store);
    return c.render(
      <PeopleListPage
        people={found.people}
        more={found.more}
        query={query}
        pending={queue.matches.length + queue.flags.length}
      />,
    );
  });

  w.get('/workspace/people/review', async (c) => {
    const queue = await reviewQueue(store);
    return c.render(<ReviewPage {...queue} csrfToken={c.get('csrfToken')} saved={SAVED[c.req.query('saved') ?? '']} />);
  });

  w.post('/workspace/people/review/matches/:id', async (c) => {
    const form = await readForm(c);
    const decision = form.decision === 'accepted' || form.decision === 'rejected' ? form.decision : null;
    if (!decision) throw new AppError('INPUT_INVALID', 'choose whether they are the same person');
    await decideMergeAsClerk(store, c.get('account'), c.req.param('id'), decision, at());
    return c.redirect('/workspace/people/review?saved=match', 303);
  });

  w.post('/workspace/people/review/flags/:id', async (c) => {
    await dismissReviewFlagAsClerk(store, c.get('account'), c.req.param('id'), at());
    return c.redirect('/workspace/people/review?saved=flag', 303);
  });

  const slug = (c: C): string => c.req.param('slug')!;
  /** The page again with what was typed: 400 beside the errors, or 409 when someone else saved first. */
  const again = async (c: C, name: PersonActiveForm['form'], form: FormReader): Promise<Response> => {
    c.status(form.stale ? 409 : 400);
    const active: PersonActiveForm = {
      form: name,
      values: form.values,
      errors: form.stale ? [] : form.errors,
      version: form.version,
      conflict: form.stale,
    };
    return c.render(
      <PersonEditPage record={await personForClerk(store, slug(c))} csrfToken={c.get('csrfToken')} active={active} />,
    );
  };
  const done = (c: C, what: keyof typeof SAVED, where = slug(c)): Response =>
    c.redirect(`/workspace/people/${encodeURIComponent(where)}?saved=${what}`, 303);

  w.get('/workspace/people/:slug', async (c) => {
    const record = await personForClerk(store, slug(c));
    // A merged spelling's page is its person's page.
    if (record.person.slug !== slug(c)) return c.redirect(`/workspace/people/${record.person.slug}`, 303);
    return c.render(
      <PersonEditPage record={record} csrfToken={c.get('csrfToken')} saved={SAVED[c.req.query('saved') ?? '']} />,
    );
  });

  w.post('/workspace/people/:slug/rename', async (c) => {
    const form = new FormReader(await readForm(c));
    const name = form.text('name', 'The correct name', { required: true, max: 120 });
    if (
      form.ok &&
      (await attempt(form, 'name', () =>
        renamePersonAsClerk(store, c.get('account'), slug(c), name!, at(), form.version),
      ))
    )
      return done(c, 'rename');
    return again(c, 'rename', form);
  });

  w.post('/workspace/people/:slug/merge', async (c) => {
    const form = new FormReader(await readForm(c));
    const other = form.text('other', 'The address of their page', { required: true, max: 200 });
    if (form.ok) {
      try {
        await mergePeopleAsClerk(store, c.get('account'), slug(c), other!, at(), form.version);
        return done(c, 'merge');
      } catch (error) {
        if (error instanceof StaleRecordError) form.stale = true;
        else if (!isInputProblem(error)) throw error;
        else form.fail('other', error.message);
      }
    }
    return again(c, 'merge', form);
  });

  w.post('/workspace/people/:slug/split', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const meetings = ([] as unknown[])
      .concat(body.meeting ?? [])
      .filter((m): m is string => typeof m === 'string')
      .slice(0, 1000);
    const chosen = (name: string): string[] =>
      ([] as unknown[])
        .concat(body[name] ?? [])
        .filter((m): m is string => typeof m === 'string')
        .slice(0, 1000);
    const approvals = chosen('approval');
    const entries = chosen('entry');
    const form = new FormReader({
      ...(await readForm(c)),
      meeting: meetings.join('\n'),
      approval: approvals.join('\n'),
      entry: entries.join('\n'),
    });
    if (meetings.length === 0) form.fail('meeting', 'Select the meetings whose records are of someone else');
    const name = form.text('split-name', 'The name of the other person', { required: true, max: 120 });
    if (form.ok) {
      try {
        await splitPersonAsClerk(
          store,
          c.get('account'),
          slug(c),
          {
            meetingIds: meetings,
            name: name!,
            approvalIds: approvals,
            interestEntryIds: entries,
            moveReview: body.review === 'yes',
          },
          at(),
          form.version,
        );
        return done(c, 'split');
      } catch (error) {
        if (error instanceof StaleRecordError) form.stale = true;
        else if (!isInputProblem(error)) throw error;
        else form.fail('meeting', error.message);
      }
    }
    return again(c, 'split', form);
  });

  w.post('/workspace/people/:slug/undo/:change', async (c) => {
    const form = new FormReader(await readForm(c));
    if (
      await attempt(form, 'undo', () => undoPersonChangeAsClerk(store, c.get('account'), c.req.param('change'), at()))
    )
      return done(c, 'undo');
    return again(c, 'undo', form);
  });

  const readPost = (form: FormReader, prefix: string) => {
    const jobTitle = form.text(`${prefix}title`, 'The job title', { required: true, max: 120 });
    const organisation = form.text(`${prefix}organisation`, 'Organisation', { max: 120 });
    const startsOn = form.date(`${prefix}start`, 'Start date');
    const endsOn = form.date(`${prefix}end`, 'End date');
    if (startsOn && endsOn && endsOn < startsOn)
      form.fail(`${prefix}end-day`, 'End date must be the same as or after the start date');
    return { jobTitle: jobTitle ?? '', organisation, startsOn, endsOn };
  };

  w.post('/workspace/people/:slug/posts', async (c) => {
    const form = new FormReader(await readForm(c));
    const post = readPost(form, 'post-');
    if (
      form.ok &&
      (await attempt(form, 'post-title', () => addOfficerPost(store, c.get('account'), slug(c), post, at())))
    )
      return done(c, 'post');
    return again(c, 'post', form);
  });

  const postOf = async (c: C) => {
    const record = await personForClerk(store, slug(c));
    const post = record.posts.find((p) => p.id === c.req.param('id'));
    if (!post) throw new AppError('NOT_FOUND', `no post ${c.req.param('id')} of ${record.person.displayName}`);
    return { person: record.person, post };
  };

  w.get('/workspace/people/:slug/posts/:id', async (c) => {
    const { person, post } = await postOf(c);
    return c.render(<PostEditPage person={person} post={post} csrfToken={c.get('csrfToken')} />);
  });

  w.post('/workspace/people/:slug/posts/:id', async (c) => {
    const { person } = await postOf(c);
    const form = new FormReader(await readForm(c));
    const fields = readPost(form, '');
    if (
      form.ok &&
      (await attempt(form, 'title', () =>
        correctOfficerPost(store, c.get('account'), c.req.param('id')!, fields, at(), form.version),
      ))
    )
      return done(c, 'post', person.slug);
    // Read again: after a conflict the page shows the post as someone else left it.
    const { post } = await postOf(c);
    c.status(form.stale ? 409 : 400);
    return c.render(
      <PostEditPage
        person={person}
        post={post}
        csrfToken={c.get('csrfToken')}
        values={form.values}
        errors={form.stale ? [] : form.errors}
        version={form.version}
        conflict={form.stale}
      />,
    );
  });
}
