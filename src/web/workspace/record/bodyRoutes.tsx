import type { Context, Hono } from 'hono';
import { addMembership } from '../../../app/record/addMembership.js';
import { adoptTermsOfReference } from '../../../app/record/adoptTermsOfReference.js';
import { TEXT_LIMITS } from '../../../app/record/bodyInputs.js';
import { bodyRecordForClerk, type BodyRecordForClerk } from '../../../app/record/bodyRecordForClerk.js';
import { correctMembership } from '../../../app/record/correctMembership.js';
import { listBodiesForClerk } from '../../../app/record/listBodiesForClerk.js';
import { setPoliticalBalance } from '../../../app/record/setPoliticalBalance.js';
import { updateBodySettings } from '../../../app/record/updateBodySettings.js';
import { AppError } from '../../../domain/errors.js';
import { readSeatLines } from '../../../domain/politicalBalance.js';
import { readForm } from '../forms/formBody.js';
import type { WorkspaceDeps, WorkspaceEnv } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { BodiesListPage, BodyEditPage, MembershipEditPage, type ActiveForm } from './bodyPages.js';
import { FormReader, readMembershipFields } from './recordForms.js';
import { attempt, todayOf } from './routeHelpers.js';

type C = Context<WorkspaceEnv>;

/** Banners after a change (POST-redirect-GET): a closed set, so no text from the address is echoed. */
const SAVED: Readonly<Record<string, string>> = {
  settings: 'Size, quorum and meetings saved',
  balance: 'Political balance saved',
  terms: 'New terms of reference adopted',
  member: 'Membership added',
  membership: 'Membership changed',
};

/**
 * Bodies in the clerk's workspace: the list, and a body's page where its clerks change its terms of
 * reference, size, quorum, meetings a year, political balance and memberships. Clerks of other
 * bodies may read the page and are refused (403) every change, here and again in each use case.
 */
export function registerBodyRoutes(w: Hono<WorkspaceEnv>, deps: WorkspaceDeps): void {
  const { store, now } = deps;
  w.use('/workspace/bodies', clerksOnly);
  w.use('/workspace/bodies/*', clerksOnly);

  const record = (c: C): Promise<BodyRecordForClerk> =>
    bodyRecordForClerk(store, c.get('account'), c.req.param('slug')!, todayOf(now));

  /** The record, refused (403) before reading the form when the account may not change this body. */
  const editable = async (c: C): Promise<BodyRecordForClerk> => {
    const r = await record(c);
    if (!r.mayEdit) throw new AppError('FORBIDDEN', `only a clerk of ${r.body.name} may change its record`);
    return r;
  };

  /** The page again with what was typed: 400 beside the errors, or 409 when someone else saved first. */
  const again = async (c: C, name: ActiveForm['form'], form: FormReader): Promise<Response> => {
    c.status(form.stale ? 409 : 400);
    const active: ActiveForm = {
      form: name,
      values: form.values,
      errors: form.stale ? [] : form.errors,
      version: form.version,
      conflict: form.stale,
    };
    return c.render(<BodyEditPage record={await record(c)} csrfToken={c.get('csrfToken')} active={active} />);
  };
  const done = (c: C, what: keyof typeof SAVED): Response =>
    c.redirect(`/workspace/bodies/${encodeURIComponent(c.req.param('slug')!)}?saved=${what}`, 303);

  w.get('/workspace/bodies', async (c) =>
    c.render(<BodiesListPage bodies={await listBodiesForClerk(store, c.get('account'))} />),
  );

  w.get('/workspace/bodies/:slug', async (c) =>
    c.render(
      <BodyEditPage
        record={await record(c)}
        csrfToken={c.get('csrfToken')}
        saved={SAVED[c.req.query('saved') ?? '']}
      />,
    ),
  );

  w.post('/workspace/bodies/:slug/settings', async (c) => {
    const { body } = await editable(c);
    const form = new FormReader(await readForm(c));
    const size = form.wholeNumber('size', 'Size', { min: 1, max: 500 });
    const percent = form.wholeNumber('quorum-percent', 'Quorum share', { min: 1, max: 100, required: true });
    const minimum = form.wholeNumber('quorum-minimum', 'Quorum minimum', { min: 0, max: 500, required: true });
    const fewest = form.wholeNumber('meetings-min', 'Fewest meetings a year', { min: 0, max: 366 });
    const most = form.wholeNumber('meetings-max', 'Most meetings a year', { min: 0, max: 366 });
    if (form.ok && (fewest === null) !== (most === null))
      form.fail(
        fewest === null ? 'meetings-min' : 'meetings-max',
        'Enter both the fewest and the most meetings a year, or neither',
      );
    if (fewest !== null && most !== null && most < fewest)
      form.fail('meetings-max', 'Most meetings a year must be at least the fewest');
    const substitutes = form.choice('substitutes', 'whether substitutes are allowed', ['yes', 'no'] as const);
    const input = {
      size,
      quorumRule: { fraction: (percent ?? 25) / 100, minimum: minimum ?? 0 },
      meetingsPerYear: fewest !== null && most !== null ? { min: fewest, max: most } : null,
      allowsSubstitutes: substitutes === 'yes',
    };
    if (
      form.ok &&
      (await attempt(form, 'size', () =>
        updateBodySettings(store, c.get('account'), body.slug, input, now().toISOString(), form.version),
      ))
    )
      return done(c, 'settings');
    return again(c, 'settings', form);
  });

  w.post('/workspace/bodies/:slug/balance', async (c) => {
    const { body } = await editable(c);
    const form = new FormReader(await readForm(c));
    const text = form.values.seats ?? '';
    const reading = text.length > TEXT_LIMITS.long ? null : readSeatLines(text);
    if (!reading) form.fail('seats', `Seats per political group must be ${TEXT_LIMITS.long} characters or fewer`);
    else if (!reading.ok) form.fail('seats', reading.problem);
    else if (
      await attempt(form, 'seats', () =>
        setPoliticalBalance(store, c.get('account'), body.slug, reading.seats, now().toISOString(), form.version),
      )
    )
      return done(c, 'balance');
    return again(c, 'balance', form);
  });

  w.post('/workspace/bodies/:slug/terms', async (c) => {
    const { body } = await editable(c);
    const form = new FormReader(await readForm(c));
    const adoptedOn = form.date('tor-adopted', 'Date adopted', { required: true });
    const purpose = form.text('tor-purpose', 'The purpose', { required: true, max: TEXT_LIMITS.long });
    const optional = (id: string, label: string): string | null => form.text(id, label, { max: TEXT_LIMITS.long });
    const input = {
      adoptedOn: adoptedOn ?? '',
      purpose: purpose ?? '',
      powers: optional('tor-powers', 'Powers'),
      membershipRules: optional('tor-membership', 'Membership'),
      quorumText: optional('tor-quorum', 'Quorum'),
      frequencyText: optional('tor-frequency', 'Frequency of meetings'),
    };
    if (
      form.ok &&
      (await attempt(form, 'tor-purpose', () =>
        adoptTermsOfReference(store, c.get('account'), body.slug, input, now().toISOString(), form.version),
      ))
    )
      return done(c, 'terms');
    return again(c, 'terms', form);
  });

  w.post('/workspace/bodies/:slug/memberships', async (c) => {
    const { body } = await editable(c);
    const form = new FormReader(await readForm(c));
    const person = form.text('member-person', 'The address of their page', { required: true, max: 200 });
    const fields = readMembershipFields(form, 'member-');
    if (form.ok) {
      try {
        await addMembership(store, c.get('account'), body.slug, { ...fields, person: person! }, now().toISOString());
        return done(c, 'member');
      } catch (error) {
        if (!(error instanceof AppError) || !['INPUT_INVALID', 'NOT_FOUND', 'CONFLICT'].includes(error.code))
          throw error;
        // NOT_FOUND here is the person typed, not the body (the body was found above).
        form.fail(error.code === 'NOT_FOUND' ? 'member-person' : 'member-role', error.message);
      }
    }
    return again(c, 'member', form);
  });

  const membershipOf = async (c: C) => {
    const r = await editable(c);
    const membership = [...r.current, ...r.past].find((m) => m.id === c.req.param('id'));
    if (!membership) throw new AppError('NOT_FOUND', `no membership ${c.req.param('id')} of ${r.body.name}`);
    return { body: r.body, membership };
  };

  w.get('/workspace/bodies/:slug/memberships/:id', async (c) => {
    const { body, membership } = await membershipOf(c);
    return c.render(<MembershipEditPage body={body} membership={membership} csrfToken={c.get('csrfToken')} />);
  });

  w.post('/workspace/bodies/:slug/memberships/:id', async (c) => {
    const { body } = await membershipOf(c);
    const form = new FormReader(await readForm(c));
    const fields = readMembershipFields(form, '');
    if (
      form.ok &&
      (await attempt(form, 'role', () =>
        correctMembership(
          store,
          c.get('account'),
          body.slug,
          c.req.param('id')!,
          fields,
          now().toISOString(),
          form.version,
        ),
      ))
    )
      return done(c, 'membership');
    // Read again: after a conflict the page shows the membership as someone else left it.
    const { membership } = await membershipOf(c);
    c.status(form.stale ? 409 : 400);
    return c.render(
      <MembershipEditPage
        body={body}
        membership={membership}
        csrfToken={c.get('csrfToken')}
        values={form.values}
        errors={form.stale ? [] : form.errors}
        version={form.version}
        conflict={form.stale}
      />,
    );
  });
}
