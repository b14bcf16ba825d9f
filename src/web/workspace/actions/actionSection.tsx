import { datePartsFrom } from '../../pages/dateInput.js';
import {
  actionBoard,
  actionChangeSchema,
  actionToChange,
  addAction,
  changeAction,
  newActionSchema,
  resolutionForAction,
} from '../../../app/actions/resolutionActions.js';
import { AppError } from '../../../domain/errors.js';
import type { IsoDate } from '../../../domain/isoDateType.js';
import { datePartsOf, EMPTY_DATE, readDateParts, type DateParts } from '../../pages/dateInput.js';
import { fieldErrors, readForm } from '../forms/formBody.js';
import type { FieldError } from '../forms/formFields.js';
import type { WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { ActionBoardPage, ChangeActionPage, NewActionPage, type DueError } from './actionPages.js';

/** The typed due date read, or the problem with it, GOV.UK's way. */
function readDue(parts: DateParts): { iso: string; error: DueError | null } {
  const reading = readDateParts(parts, 'Due date');
  return reading.ok ? { iso: reading.iso ?? '', error: null } : { iso: '', error: reading.problem };
}

/** zod's messages back on their fields (the use case joins them with "; "). */
function fieldErrorsOf(error: AppError, fields: readonly string[]): FieldError[] {
  const byWords: Record<string, string> = {
    'what is to be done': 'description',
    'the action must': 'description',
    'who is to do it': 'owner',
    'the owner must': 'owner',
    status: 'status',
  };
  return error.message.split('; ').map((message) => {
    const field = Object.entries(byWords).find(([words]) => message.includes(words))?.[1] ?? fields[0]!;
    return { field, message: message.charAt(0).toUpperCase() + message.slice(1) };
  });
}

/** Actions promised by resolutions: per body and per owner, overdue ones flagged, changed without overwriting. */
export const actionSection: WorkspaceSection = {
  name: 'actions',
  homeLinks: [
    {
      href: '/workspace/actions',
      label: 'Actions',
      description: 'What resolutions asked to be done, by whom and by when; overdue ones first.',
      roles: ['admin', 'clerk'],
    },
  ],
  register(w, deps) {
    w.use('/workspace/actions', clerksOnly);
    w.use('/workspace/actions/*', clerksOnly);
    const today = (): IsoDate => deps.now().toISOString().slice(0, 10) as IsoDate;

    w.get('/workspace/actions', async (c) =>
      c.render(
        <ActionBoardPage
          board={await actionBoard(deps.store, c.get('account'), today())}
          filter={{ body: c.req.query('body') ?? '', owner: c.req.query('owner') ?? '' }}
        />,
      ),
    );

    w.get('/workspace/actions/new', async (c) => {
      const resolution = await resolutionForAction(deps.store, c.get('account'), c.req.query('resolution') ?? '');
      return c.render(
        <NewActionPage
          csrfToken={c.get('csrfToken')}
          resolution={resolution}
          values={{ description: '', owner: '', dueOn: EMPTY_DATE }}
        />,
      );
    });

    w.post('/workspace/actions', async (c) => {
      const form = await readForm(c);
      const values = {
        description: form.description ?? '',
        owner: form.owner ?? '',
        dueOn: datePartsFrom(form, 'dueOn'),
      };
      const resolution = await resolutionForAction(deps.store, c.get('account'), form.resolutionId ?? '');
      const due = readDue(values.dueOn);
      // Every field's problem at once, the date's beside the others, before anything is saved.
      const fields = newActionSchema.omit({ dueOn: true }).safeParse({ ...values, resolutionId: resolution.id });
      let errors: FieldError[] = fields.success ? [] : fieldErrors(fields.error);
      if (!due.error && errors.length === 0) {
        try {
          await addAction(
            deps.store,
            c.get('account'),
            { resolutionId: resolution.id, description: values.description, owner: values.owner, dueOn: due.iso },
            deps.now().toISOString(),
          );
          return c.redirect('/workspace/actions', 303);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'INPUT_INVALID') throw error;
          errors = fieldErrorsOf(error, ['description']);
        }
      }
      c.status(400);
      return c.render(
        <NewActionPage
          csrfToken={c.get('csrfToken')}
          resolution={resolution}
          values={values}
          errors={errors}
          dueError={due.error}
        />,
      );
    });

    w.get('/workspace/actions/:id', async (c) => {
      const action = await actionToChange(deps.store, c.get('account'), c.req.param('id'));
      return c.render(
        <ChangeActionPage
          csrfToken={c.get('csrfToken')}
          actionId={action.id}
          description={action.description}
          version={action.version}
          values={{
            status: action.status,
            owner: action.owner,
            dueOn: action.dueOn ? datePartsOf(action.dueOn) : EMPTY_DATE,
          }}
        />,
      );
    });

    w.post('/workspace/actions/:id', async (c) => {
      const form = await readForm(c);
      const values = { status: form.status ?? '', owner: form.owner ?? '', dueOn: datePartsFrom(form, 'dueOn') };
      const due = readDue(values.dueOn);
      const fields = actionChangeSchema.omit({ dueOn: true, version: true }).safeParse(values);
      let errors: FieldError[] = fields.success ? [] : fieldErrors(fields.error);
      let conflict: string | null = null;
      if (!due.error && errors.length === 0) {
        try {
          await changeAction(
            deps.store,
            c.get('account'),
            c.req.param('id'),
            { version: form.version, status: values.status, owner: values.owner, dueOn: due.iso },
            deps.now().toISOString(),
          );
          return c.redirect('/workspace/actions', 303);
        } catch (error) {
          if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
          if (error.code === 'CONFLICT')
            conflict = `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`;
          else errors = fieldErrorsOf(error, ['status']);
        }
      }
      const current = await actionToChange(deps.store, c.get('account'), c.req.param('id'));
      c.status(conflict ? 409 : 400);
      return c.render(
        <ChangeActionPage
          csrfToken={c.get('csrfToken')}
          actionId={current.id}
          description={current.description}
          // After a conflict the form starts from the current version, keeping what the clerk typed.
          version={conflict ? current.version : Number(form.version) || current.version}
          values={values}
          errors={errors}
          dueError={due.error}
          conflict={conflict}
        />,
      );
    });
  },
};
