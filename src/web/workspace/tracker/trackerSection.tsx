import type { Context } from 'hono';
import { readClerkMeeting } from '../../../app/meetings/clerkMeetings.js';
import { changeRecommendation, recommendationChangeSchema } from '../../../app/tracker/changeRecommendation.js';
import { recordResponse } from '../../../app/tracker/recordResponse.js';
import { recommendationForClerk, trackerBoard, type RecommendationView } from '../../../app/tracker/trackerBoard.js';
import { AppError } from '../../../domain/errors.js';
import type { IsoDate } from '../../../domain/isoDateType.js';
import { datePartsFrom, datePartsOf, EMPTY_DATE, readDateParts } from '../../pages/dateInput.js';
import { fieldErrors, readForm } from '../forms/formBody.js';
import type { FieldError } from '../forms/formFields.js';
import { meetingTitle } from '../meetings/meetingPages.js';
import { emptyResponse, readResponseForm, responseErrorOf, type DateError } from '../responses/responseForm.js';
import type { WorkspaceDeps, WorkspaceEnv, WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import {
  meetingTrackerPath,
  RecommendationPage,
  TRACKER_HOME,
  TrackerBoardPage,
  trackerPath,
  type ChangeValues,
} from './trackerPages.js';

function changeValuesOf(view: RecommendationView): ChangeValues {
  const e = view.entry;
  return {
    decisionMaker: e.decisionMaker ?? '',
    addresseeAccountId: e.addressee?.id ?? '',
    sentOn: e.sentOn ? datePartsOf(e.sentOn) : EMPTY_DATE,
    rag: e.rag ?? '',
  };
}

const SAVED: Record<string, string> = {
  changed: 'The recommendation was saved',
  responded: 'The response was recorded',
};

function conflictText(error: AppError): string {
  return `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`;
}

/**
 * The recommendation tracker, for clerks: every recommendation of the committees they serve, with
 * its reference, addressee, due date, response and progress; a page each to address, send, rate
 * and record a response on the decision maker's behalf. Decision makers answer in `responses`.
 */
export const trackerSection: WorkspaceSection = {
  name: 'tracker',
  homeLinks: [
    {
      href: TRACKER_HOME,
      label: 'Recommendation tracker',
      description: 'Recommendations to decision makers: to whom, when due, the responses and progress; overdue first.',
      roles: ['admin', 'clerk'],
    },
  ],
  meetingLinks: [
    {
      label: 'Recommendation tracker',
      description: 'The recommendations this meeting made, their responses and progress.',
      href: meetingTrackerPath,
    },
  ],
  register(w, deps) {
    w.use(TRACKER_HOME, clerksOnly);
    w.use(`${TRACKER_HOME}/*`, clerksOnly);
    w.use('/workspace/meetings/:meetingId/tracker', clerksOnly);
    const today = (): IsoDate => deps.now().toISOString().slice(0, 10) as IsoDate;

    w.get(TRACKER_HOME, async (c) => {
      const filter = {
        body: c.req.query('body') ?? '',
        year: c.req.query('year') ?? '',
        state: c.req.query('state') ?? '',
      };
      const board = await trackerBoard(
        deps.store,
        c.get('account'),
        { bodyId: filter.body || undefined, year: filter.year || undefined, state: filter.state },
        today(),
      );
      return c.render(<TrackerBoardPage board={board} filter={filter} />);
    });

    w.get('/workspace/meetings/:meetingId/tracker', async (c) => {
      const meeting = await readClerkMeeting(deps.store, c.get('account'), c.req.param('meetingId'));
      const board = await trackerBoard(deps.store, c.get('account'), { meetingId: meeting.id }, today());
      return c.render(
        <TrackerBoardPage
          board={board}
          filter={{ body: '', year: '', state: '' }}
          meeting={{ id: meeting.id, title: meetingTitle(meeting) }}
        />,
      );
    });

    w.get(`${TRACKER_HOME}/:id`, async (c) => {
      const view = await recommendationForClerk(deps.store, c.get('account'), c.req.param('id'), today());
      return c.render(
        <RecommendationPage
          csrfToken={c.get('csrfToken')}
          view={view}
          version={view.entry.version}
          change={changeValuesOf(view)}
          response={emptyResponse(today())}
          saved={SAVED[c.req.query('saved') ?? ''] ?? null}
        />,
      );
    });

    w.post(`${TRACKER_HOME}/:id`, async (c) => changeRoute(c, deps, today()));
    w.post(`${TRACKER_HOME}/:id/response`, async (c) => responseRoute(c, deps, today()));
  },
};

async function changeRoute(c: Context<WorkspaceEnv>, deps: WorkspaceDeps, today: IsoDate) {
  const id = c.req.param('id')!;
  const form = await readForm(c);
  const values: ChangeValues = {
    decisionMaker: form.decisionMaker ?? '',
    addresseeAccountId: form.addresseeAccountId ?? '',
    sentOn: datePartsFrom(form, 'sentOn'),
    rag: form.rag ?? '',
  };
  const sent = readDateParts(values.sentOn, 'Date sent');
  const sentError: DateError | null = sent.ok ? null : { name: 'sentOn', ...sent.problem };
  const fields = recommendationChangeSchema.omit({ sentOn: true, version: true }).safeParse(values);
  let errors: FieldError[] = fields.success ? [] : fieldErrors(fields.error);
  let conflict: string | null = null;
  if (!sentError && errors.length === 0) {
    try {
      await changeRecommendation(
        deps.store,
        c.get('account'),
        id,
        { ...values, version: form.version, sentOn: sent.ok ? (sent.iso ?? '') : '' },
        deps.now().toISOString(),
      );
      return c.redirect(`${trackerPath(id)}?saved=changed`, 303);
    } catch (error) {
      if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
      if (error.code === 'CONFLICT') conflict = conflictText(error);
      else errors = [{ field: 'addresseeAccountId', message: conflictText(error).slice(0, -1) }];
    }
  }
  const view = await recommendationForClerk(deps.store, c.get('account'), id, today);
  c.status(conflict ? 409 : 400);
  return c.render(
    <RecommendationPage
      csrfToken={c.get('csrfToken')}
      view={view}
      // After a conflict the form starts from the current version, keeping what the clerk typed.
      version={conflict ? view.entry.version : Number(form.version) || view.entry.version}
      change={values}
      changeErrors={errors}
      sentError={sentError}
      response={emptyResponse(today)}
      conflict={conflict}
    />,
  );
}

async function responseRoute(c: Context<WorkspaceEnv>, deps: WorkspaceDeps, today: IsoDate) {
  const id = c.req.param('id')!;
  const form = await readForm(c);
  const reading = readResponseForm(form);
  let errors = [...reading.errors];
  let conflict: string | null = null;
  if (reading.input) {
    try {
      await recordResponse(deps.store, c.get('account'), id, reading.input, deps.now().toISOString());
      return c.redirect(`${trackerPath(id)}?saved=responded`, 303);
    } catch (error) {
      if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
      if (error.code === 'CONFLICT') conflict = conflictText(error);
      else errors = responseErrorOf(error);
    }
  }
  const view = await recommendationForClerk(deps.store, c.get('account'), id, today);
  c.status(conflict ? 409 : 400);
  return c.render(
    <RecommendationPage
      csrfToken={c.get('csrfToken')}
      view={view}
      version={conflict ? view.entry.version : Number(form.version) || view.entry.version}
      change={changeValuesOf(view)}
      response={reading.values}
      responseErrors={errors}
      responseDateErrors={reading.dateErrors}
      conflict={conflict}
    />,
  );
}
