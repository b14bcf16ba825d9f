import { municipalYearFromSlug } from '../../../domain/calendar/municipalYear.js';
import type { Context } from 'hono';
import { addWorkProgrammeEntry } from '../../../app/workProgramme/addEntry.js';
import { addFollowUpsFromMeeting } from '../../../app/workProgramme/addFollowUps.js';
import { changeWorkProgrammeEntry } from '../../../app/workProgramme/changeEntry.js';
import { EntryFieldsSchema } from '../../../app/workProgramme/entryFields.js';
import { readPrioritisation, setPrioritisation } from '../../../app/workProgramme/prioritisationOf.js';
import { scoreWorkProgrammeEntry } from '../../../app/workProgramme/scoreEntry.js';
import {
  plannedForMeeting,
  programmeBodies,
  workProgrammeBoard,
  workProgrammeEntryToChange,
  type BoardEntry,
} from '../../../app/workProgramme/workProgrammeBoard.js';
import { municipalYearOf } from '../../../domain/calendar/municipalYear.js';
import { AppError } from '../../../domain/errors.js';
import type { IsoDate } from '../../../domain/isoDateType.js';
import { fieldErrors, readForm } from '../forms/formBody.js';
import type { FieldError } from '../forms/formFields.js';
import type { WorkspaceEnv, WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { EMPTY_ENTRY, EntryFormPage, ScoreFormPage, type EntryValues } from './workProgrammeForms.js';
import { MeetingTopicsPage, ProgrammeBodiesPage, ProgrammeBoardPage } from './workProgrammePages.js';
import { boardPath, meetingTopicsPath, PRIORITISATION_ADMIN, PROGRAMME_HOME } from './workProgrammePaths.js';
import { checkPrioritisationForm, prioritisationValuesFrom, valuesOfPrioritisation } from './prioritisationForm.js';
import { PrioritisationFormPage } from './prioritisationPages.js';

/** Fixed messages after a redirect: the query names one, never carries text to show. */
const NOTICES: Record<string, string> = {
  added: 'Topic added',
  changed: 'Topic changed',
  scored: 'Scores saved',
};

function valuesFrom(form: Record<string, string>): EntryValues {
  return {
    topic: form.topic ?? '',
    objectives: form.objectives ?? '',
    source: form.source ?? '',
    meetingId: form.meetingId ?? '',
    status: form.status ?? '',
    executiveMember: form.executiveMember ?? '',
    leadOfficer: form.leadOfficer ?? '',
    notes: form.notes ?? '',
    substantive: form.substantive === 'yes',
    exempt: form.exempt === 'yes',
  };
}

function valuesOf(e: BoardEntry): EntryValues {
  return {
    topic: e.topic,
    objectives: e.objectives ?? '',
    source: e.source ?? 'officer',
    meetingId: e.meetingId ?? '',
    status: e.status,
    executiveMember: e.executiveMember ?? '',
    leadOfficer: e.leadOfficer ?? '',
    notes: e.notes ?? '',
    substantive: e.substantive,
    exempt: e.exempt,
  };
}

function inputOf(v: EntryValues) {
  return { ...v, substantive: v.substantive ? 'yes' : '', exempt: v.exempt ? 'yes' : '' };
}

/** The use case's own refusals (the meeting's body, a scheduled topic without a meeting) on their field. */
function useCaseErrors(error: AppError): FieldError[] {
  return error.message.split('; ').map((message) => ({
    field: /meeting/.test(message) ? 'meetingId' : 'topic',
    message: message.charAt(0).toUpperCase() + message.slice(1),
  }));
}

function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

/**
 * A scrutiny committee's work programme (issue 18 item 4): topics with their source, meeting,
 * executive member and lead officer; scored against the council's prioritisation questions; a warning
 * where a meeting has more than two substantive items; follow-ups from a meeting's resolutions.
 */
export const workProgrammeSection: WorkspaceSection = {
  name: 'workProgramme',
  homeLinks: [
    {
      href: PROGRAMME_HOME,
      label: 'Work programmes',
      description: 'Scrutiny topics for the year: scored, scheduled against meetings, with follow-ups.',
      roles: ['admin', 'clerk'],
    },
    {
      href: PRIORITISATION_ADMIN,
      label: 'Prioritisation questions',
      description: 'The questions scrutiny topics are scored against, their highest scores and the threshold.',
      roles: ['admin'],
    },
  ],
  meetingLinks: [
    {
      label: 'Planned topics',
      description: 'The work programme topics planned for this meeting, and follow-ups from its resolutions.',
      href: meetingTopicsPath,
    },
  ],
  register(w, deps) {
    w.use(PROGRAMME_HOME, clerksOnly);
    w.use(`${PROGRAMME_HOME}/*`, clerksOnly);
    w.use('/workspace/meetings/:meetingId/work-programme', clerksOnly);
    w.use('/workspace/meetings/:meetingId/work-programme/*', clerksOnly);
    const today = (): IsoDate => deps.now().toISOString().slice(0, 10) as IsoDate;
    const currentYear = async (): Promise<string> =>
      municipalYearOf(today(), await deps.store.repos.calendar.municipalYears()).label;

    w.get(PROGRAMME_HOME, async (c) =>
      c.render(
        <ProgrammeBodiesPage
          bodies={await programmeBodies(deps.store, c.get('account'))}
          year={await currentYear()}
          prioritisation={await readPrioritisation(deps.store, c.get('account'))}
          mayChangePrioritisation={c.get('account').role === 'admin'}
        />,
      ),
    );

    // Under /admin/*, where only administrators get in (workspaceRoutes.tsx); setPrioritisation checks again.
    w.get(PRIORITISATION_ADMIN, async (c) =>
      c.render(
        <PrioritisationFormPage
          csrfToken={c.get('csrfToken')}
          values={valuesOfPrioritisation(await readPrioritisation(deps.store, c.get('account')))}
          notice={c.req.query('saved') === '1' ? 'Prioritisation questions saved' : null}
        />,
      ),
    );

    w.post(PRIORITISATION_ADMIN, async (c) => {
      const values = prioritisationValuesFrom(await readForm(c));
      const checked = checkPrioritisationForm(values);
      let errors: FieldError[] = checked.ok ? [] : checked.errors;
      if (checked.ok) {
        try {
          const { criteria, threshold } = checked.prioritisation;
          await setPrioritisation(
            deps.store,
            c.get('account'),
            { criteria: [...criteria], threshold },
            deps.now().toISOString(),
          );
          return c.redirect(`${PRIORITISATION_ADMIN}?saved=1`, 303);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'INPUT_INVALID') throw error;
          errors = [{ field: 'threshold', message: sentence(error.message) }];
        }
      }
      c.status(400);
      return c.render(<PrioritisationFormPage csrfToken={c.get('csrfToken')} values={values} errors={errors} />);
    });

    // The year chooser's GET form, and a link without a year: to the year's own address.
    w.get(`${PROGRAMME_HOME}/bodies/:bodyId`, async (c) => {
      const year = municipalYearFromSlug(c.req.query('year')) ?? (await currentYear());
      return c.redirect(boardPath(c.req.param('bodyId'), year), 303);
    });

    const board = (c: Context<WorkspaceEnv>) => {
      const year = municipalYearFromSlug(c.req.param('year'));
      if (!year) throw new AppError('NOT_FOUND', 'there is no such municipal year');
      return workProgrammeBoard(deps.store, c.get('account'), c.req.param('bodyId') ?? '', year, today());
    };

    w.get(`${PROGRAMME_HOME}/bodies/:bodyId/:year`, async (c) =>
      c.render(<ProgrammeBoardPage board={await board(c)} notice={NOTICES[c.req.query('saved') ?? ''] ?? null} />),
    );

    w.get(`${PROGRAMME_HOME}/bodies/:bodyId/:year/new`, async (c) => {
      const b = await board(c);
      return c.render(
        <EntryFormPage
          csrfToken={c.get('csrfToken')}
          bodyId={b.body.id}
          bodyName={b.body.name}
          municipalYear={b.year.label}
          meetings={b.meetings}
          values={EMPTY_ENTRY}
        />,
      );
    });

    w.post(`${PROGRAMME_HOME}/bodies/:bodyId/:year`, async (c) => {
      const b = await board(c);
      const values = valuesFrom(await readForm(c));
      const checked = EntryFieldsSchema.safeParse(inputOf(values));
      let errors: FieldError[] = checked.success ? [] : fieldErrors(checked.error);
      if (errors.length === 0) {
        try {
          await addWorkProgrammeEntry(
            deps.store,
            c.get('account'),
            { ...inputOf(values), bodyId: b.body.id, municipalYear: b.year.label },
            deps.now().toISOString(),
          );
          return c.redirect(`${boardPath(b.body.id, b.year.label)}?saved=added`, 303);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'INPUT_INVALID') throw error;
          errors = useCaseErrors(error);
        }
      }
      c.status(400);
      return c.render(
        <EntryFormPage
          csrfToken={c.get('csrfToken')}
          bodyId={b.body.id}
          bodyName={b.body.name}
          municipalYear={b.year.label}
          meetings={b.meetings}
          values={values}
          errors={errors}
        />,
      );
    });

    const entryPage = (
      c: Context<WorkspaceEnv>,
      found: Awaited<ReturnType<typeof workProgrammeEntryToChange>>,
      values: EntryValues,
      extra: { version?: number; errors?: FieldError[]; conflict?: string | null } = {},
    ) =>
      c.render(
        <EntryFormPage
          csrfToken={c.get('csrfToken')}
          bodyId={found.body.id}
          bodyName={found.body.name}
          municipalYear={found.entry.municipalYear}
          entry={{
            id: found.entry.id,
            version: extra.version ?? found.entry.version,
            source: found.entry.source,
            sourceRef: found.entry.sourceRef,
          }}
          meetings={found.meetings}
          values={values}
          errors={extra.errors ?? []}
          conflict={extra.conflict ?? null}
        />,
      );

    w.get(`${PROGRAMME_HOME}/entries/:id`, async (c) => {
      const found = await workProgrammeEntryToChange(deps.store, c.get('account'), c.req.param('id'));
      return entryPage(c, found, valuesOf(found.entry));
    });

    w.post(`${PROGRAMME_HOME}/entries/:id`, async (c) => {
      const form = await readForm(c);
      const values = valuesFrom(form);
      const checked = EntryFieldsSchema.safeParse(inputOf(values));
      let errors: FieldError[] = checked.success ? [] : fieldErrors(checked.error);
      let conflict: string | null = null;
      if (errors.length === 0) {
        try {
          const saved = await changeWorkProgrammeEntry(
            deps.store,
            c.get('account'),
            c.req.param('id'),
            { ...inputOf(values), version: form.version },
            deps.now().toISOString(),
          );
          return c.redirect(`${boardPath(saved.bodyId, saved.municipalYear)}?saved=changed`, 303);
        } catch (error) {
          if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
          if (error.code === 'CONFLICT') conflict = sentence(error.message);
          else errors = useCaseErrors(error);
        }
      }
      const found = await workProgrammeEntryToChange(deps.store, c.get('account'), c.req.param('id'));
      c.status(conflict ? 409 : 400);
      // After a conflict the form starts from the current version, keeping what the clerk typed.
      return entryPage(c, found, values, {
        version: conflict ? found.entry.version : Number(form.version) || found.entry.version,
        errors,
        conflict,
      });
    });

    w.get(`${PROGRAMME_HOME}/entries/:id/scores`, async (c) => {
      const found = await workProgrammeEntryToChange(deps.store, c.get('account'), c.req.param('id'));
      return c.render(
        <ScoreFormPage
          csrfToken={c.get('csrfToken')}
          entry={found.entry}
          bodyName={found.body.name}
          prioritisation={found.prioritisation}
          values={Object.fromEntries(found.entry.scores.map((s) => [s.criterion, String(s.score)]))}
        />,
      );
    });

    w.post(`${PROGRAMME_HOME}/entries/:id/scores`, async (c) => {
      const form = await readForm(c);
      const found = await workProgrammeEntryToChange(deps.store, c.get('account'), c.req.param('id'));
      const values = Object.fromEntries(
        found.prioritisation.criteria.map((k) => [k.key, form[`score-${k.key}`] ?? '']),
      );
      const errors: FieldError[] = [];
      for (const k of found.prioritisation.criteria) {
        const v = (values[k.key] ?? '').trim();
        if (v !== '' && (!/^\d+$/.test(v) || Number(v) > k.maxScore))
          errors.push({ field: `score-${k.key}`, message: `Enter a whole number from 0 to ${k.maxScore}` });
      }
      let conflict: string | null = null;
      if (errors.length === 0) {
        try {
          await scoreWorkProgrammeEntry(
            deps.store,
            c.get('account'),
            found.entry.id,
            { version: form.version, scores: values },
            deps.now().toISOString(),
          );
          return c.redirect(`${boardPath(found.entry.bodyId, found.entry.municipalYear)}?saved=scored`, 303);
        } catch (error) {
          if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
          if (error.code === 'CONFLICT') conflict = sentence(error.message);
          else
            errors.push({ field: `score-${found.prioritisation.criteria[0]!.key}`, message: sentence(error.message) });
        }
      }
      c.status(conflict ? 409 : 400);
      return c.render(
        <ScoreFormPage
          csrfToken={c.get('csrfToken')}
          entry={{
            ...found.entry,
            version: conflict ? found.entry.version : Number(form.version) || found.entry.version,
          }}
          bodyName={found.body.name}
          prioritisation={found.prioritisation}
          values={values}
          errors={errors}
          conflict={conflict}
        />,
      );
    });

    w.get('/workspace/meetings/:meetingId/work-programme', async (c) => {
      const planned = await plannedForMeeting(deps.store, c.get('account'), c.req.param('meetingId'));
      const added = c.req.query('added');
      const notice =
        added !== undefined && /^\d{1,4}$/.test(added)
          ? `${added === '0' ? 'No new' : added} follow-up${added === '1' ? '' : 's'} added to the work programme`
          : null;
      return c.render(
        <MeetingTopicsPage
          csrfToken={c.get('csrfToken')}
          meeting={planned.meeting}
          entries={planned.entries}
          notice={notice}
        />,
      );
    });

    w.post('/workspace/meetings/:meetingId/work-programme/follow-ups', async (c) => {
      const result = await addFollowUpsFromMeeting(
        deps.store,
        c.get('account'),
        c.req.param('meetingId'),
        deps.now().toISOString(),
      );
      return c.redirect(`${meetingTopicsPath(c.req.param('meetingId'))}?added=${result.added.length}`, 303);
    });
  },
};
