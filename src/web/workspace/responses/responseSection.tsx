import { recordResponse } from '../../../app/tracker/recordResponse.js';
import { recommendationToAnswer, responsesDue } from '../../../app/tracker/trackerBoard.js';
import { AppError } from '../../../domain/errors.js';
import type { IsoDate } from '../../../domain/isoDateType.js';
import { readForm } from '../forms/formBody.js';
import type { WorkspaceSection } from '../workspaceEnv.js';
import { requireRole } from '../workspaceGuards.js';
import { ResponsesPage, RespondPage, RESPONSES_HOME } from './responsePages.js';
import { emptyResponse, readResponseForm, responseErrorOf } from './responseForm.js';

/**
 * Decision makers answer here: the recommendations addressed to their account, and a form to
 * respond to each. Only decision makers reach these pages (clerks record responses from the
 * tracker), and only the one a recommendation is addressed to may open or answer it (403).
 */
export const responseSection: WorkspaceSection = {
  name: 'responses',
  homeLinks: [
    {
      href: RESPONSES_HOME,
      label: 'Recommendations to answer',
      description: 'Scrutiny recommendations addressed to you, when each response is due, and your responses.',
      roles: ['decision_maker'],
    },
  ],
  register(w, deps) {
    const decisionMakers = requireRole('decision_maker');
    w.use(RESPONSES_HOME, decisionMakers);
    w.use(`${RESPONSES_HOME}/*`, decisionMakers);
    const today = (): IsoDate => deps.now().toISOString().slice(0, 10) as IsoDate;

    w.get(RESPONSES_HOME, async (c) => {
      const rows = await responsesDue(deps.store, c.get('account'), today());
      const answered = rows.find((r) => r.id === c.req.query('answered'));
      return c.render(
        <ResponsesPage rows={rows} answered={answered ? (answered.reference ?? 'the recommendation') : null} />,
      );
    });

    w.get(`${RESPONSES_HOME}/:id`, async (c) => {
      const view = await recommendationToAnswer(deps.store, c.get('account'), c.req.param('id'), today());
      return c.render(
        <RespondPage
          csrfToken={c.get('csrfToken')}
          view={view}
          version={view.entry.version}
          values={emptyResponse(today())}
        />,
      );
    });

    w.post(`${RESPONSES_HOME}/:id`, async (c) => {
      const id = c.req.param('id');
      // Refused before the form is read: a decision maker it is not addressed to learns nothing of it.
      const view = await recommendationToAnswer(deps.store, c.get('account'), id, today());
      const form = await readForm(c);
      const reading = readResponseForm(form);
      let errors = [...reading.errors];
      let conflict: string | null = null;
      if (reading.input) {
        try {
          await recordResponse(deps.store, c.get('account'), id, reading.input, deps.now().toISOString());
          return c.redirect(`${RESPONSES_HOME}?answered=${encodeURIComponent(id)}`, 303);
        } catch (error) {
          if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
          if (error.code === 'CONFLICT')
            conflict = `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`;
          else errors = responseErrorOf(error);
        }
      }
      const current = conflict ? await recommendationToAnswer(deps.store, c.get('account'), id, today()) : view;
      c.status(conflict ? 409 : 400);
      return c.render(
        <RespondPage
          csrfToken={c.get('csrfToken')}
          view={current}
          version={conflict ? current.entry.version : Number(form.version) || current.entry.version}
          values={reading.values}
          errors={errors}
          dateErrors={reading.dateErrors}
          conflict={conflict}
        />,
      );
    });
  },
};
