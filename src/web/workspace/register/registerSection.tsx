import { previewRegister } from '../../../app/register/previewRegister.js';
import { recordRegister, RegisterInvalid } from '../../../app/register/recordRegister.js';
import { inputFromRegister, registerForClerk } from '../../../app/register/registerView.js';
import { AppError } from '../../../domain/errors.js';
import { readForm } from '../forms/formBody.js';
import type { WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { fieldId, registerPath, RegisterPage, type RegisterValues } from './registerPage.js';

/** Most rows of each kind a form is read for: well above any body, and a bound on what a request costs. */
const MAX_ROWS = 500;

function movementsFrom(form: Record<string, string>, prefix: string) {
  return {
    arrival: form[`${prefix}-arrival`] ?? '',
    arrivalTime: form[`${prefix}-arrivalTime`] ?? '',
    departure: form[`${prefix}-departure`] ?? '',
    departureTime: form[`${prefix}-departureTime`] ?? '',
  };
}

/** The register form's fields as the use case's input, every value kept as typed. */
export function registerValuesFrom(form: Record<string, string>): RegisterValues {
  const rows = <T,>(prefix: string, key: string, read: (p: string) => T): T[] => {
    const out: T[] = [];
    for (let i = 0; i < MAX_ROWS && `${prefix}-${i}-${key}` in form; i++) out.push(read(`${prefix}-${i}`));
    return out;
  };
  return {
    version: Number(form.version) || 0,
    fingerprint: form.fingerprint ?? '',
    members: rows('members', 'personId', (p) => ({
      personId: form[`${p}-personId`] ?? '',
      status: (form[`${p}-status`] ?? '') as RegisterValues['members'][number]['status'],
      reason: form[`${p}-reason`] ?? '',
      ...movementsFrom(form, p),
    })),
    substitutes: rows('substitutes', 'name', (p) => ({
      name: form[`${p}-name`] ?? '',
      substituteForId: form[`${p}-substituteForId`] ?? '',
      remote: form[`${p}-mode`] === 'remote',
      ...movementsFrom(form, p),
    })),
    others: rows('others', 'name', (p) => ({
      name: form[`${p}-name`] ?? '',
      roleText: form[`${p}-roleText`] ?? '',
      capacity: (form[`${p}-capacity`] ?? '') as RegisterValues['others'][number]['capacity'],
    })),
  };
}

/**
 * The register of a meeting (issue 17 item 1), at `/workspace/meetings/:meetingId/register`: who
 * attended and how, who came late or left early against which item, and the quorum at each item.
 * Clerks of the meeting's body only (the guard here, `assertMayClerk` in the use case).
 */
export const registerSection: WorkspaceSection = {
  name: 'register',
  meetingLinks: [
    {
      label: 'Register and quorum',
      description:
        'Who attended, remotely or as a substitute, who arrived late or left early, and the quorum at each item.',
      href: registerPath,
    },
  ],
  register(w, deps) {
    w.use('/workspace/meetings/:meetingId/register', clerksOnly);

    w.get('/workspace/meetings/:meetingId/register', async (c) => {
      const view = await registerForClerk(deps.store, c.get('account'), c.req.param('meetingId'));
      return c.render(
        <RegisterPage
          csrfToken={c.get('csrfToken')}
          view={view}
          values={inputFromRegister(view)}
          saved={c.req.query('saved') === '1'}
        />,
      );
    });

    w.post('/workspace/meetings/:meetingId/register', async (c) => {
      const meetingId = c.req.param('meetingId');
      // Refuses a clerk of another body before reading what they sent.
      await registerForClerk(deps.store, c.get('account'), meetingId);
      const form = await readForm(c);
      const values = registerValuesFrom(form);
      try {
        if (form.intent === 'check') {
          // The quorum as typed, nothing saved: the form comes back as it was sent.
          const preview = await previewRegister(deps.store, c.get('account'), meetingId, values);
          return c.render(<RegisterPage csrfToken={c.get('csrfToken')} view={preview} values={values} checked />);
        }
        await recordRegister(deps.store, c.get('account'), meetingId, values, deps.now().toISOString());
        return c.redirect(`${registerPath(meetingId)}?saved=1`, 303);
      } catch (error) {
        if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
        const view = await registerForClerk(deps.store, c.get('account'), meetingId);
        const conflict = error.code === 'CONFLICT';
        c.status(conflict ? 409 : 400);
        return c.render(
          <RegisterPage
            csrfToken={c.get('csrfToken')}
            view={view}
            // After a conflict the form is saved against the current version, keeping what the clerk typed.
            values={conflict ? { ...values, version: view.version, fingerprint: view.fingerprint } : values}
            errors={
              error instanceof RegisterInvalid
                ? error.problems.map((p) => ({ field: fieldId(p.field), message: p.message }))
                : []
            }
            conflict={conflict ? `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.` : null}
          />,
        );
      }
    });
  },
};
