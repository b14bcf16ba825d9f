import type { Context } from 'hono';
import { decideCallIn } from '../../../app/callIn/decideCallIn.js';
import { callInBoard, callInToDecide, noticeForCallIn } from '../../../app/callIn/callInReads.js';
import { CallInInvalid, recordCallIn } from '../../../app/callIn/recordCallIn.js';
import { addForwardPlanEntry } from '../../../app/forwardPlan/addForwardPlanEntry.js';
import { addForwardPlanEntryToWorkProgramme } from '../../../app/forwardPlan/addToWorkProgramme.js';
import { changeForwardPlanEntry } from '../../../app/forwardPlan/changeForwardPlanEntry.js';
import { forwardPlanBoard, forwardPlanEntryView } from '../../../app/forwardPlan/forwardPlanBoard.js';
import {
  ForwardPlanEntryInvalid,
  forwardPlanEntryInputSchema,
} from '../../../app/forwardPlan/forwardPlanEntryInput.js';
import { AppError } from '../../../domain/errors.js';
import type { ForwardPlanEntry } from '../../../domain/forwardPlan/forwardPlanEntry.js';
import type { IsoDate } from '../../../domain/isoDateType.js';
import { datePartsFrom, datePartsOf, EMPTY_DATE } from '../../pages/dateInput.js';
import { fieldErrors, readForm } from '../forms/formBody.js';
import type { FieldError } from '../forms/formFields.js';
import type { WorkspaceDeps, WorkspaceEnv, WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { CallInBoardPage, CallInOutcomePage, NewCallInPage, type OutcomeFormValues } from './callInPages.js';
import { capital, readDates, type DateError } from '../forms/formDates.js';
import { DATE_FIELDS, ForwardPlanFormPage, type ForwardPlanFormValues } from './forwardPlanForm.js';
import { EntryExtras, ForwardPlanListPage } from './forwardPlanPages.js';

type C = Context<WorkspaceEnv>;

const BLANK: ForwardPlanFormValues = {
  title: '',
  summary: '',
  decisionMaker: '',
  expectedOn: EMPTY_DATE,
  isKey: 'yes',
  noticePublishedOn: EMPTY_DATE,
  exemptParagraph: '',
  documents: '',
  lateNotice: '',
  lateReasons: '',
  scrutinyChairOn: EMPTY_DATE,
  status: 'planned',
  decisionNoticeId: '',
};

function valuesOf(form: Record<string, string>): ForwardPlanFormValues {
  const text = (k: string): string => form[k] ?? '';
  return {
    title: text('title'),
    summary: text('summary'),
    decisionMaker: text('decisionMaker'),
    expectedOn: datePartsFrom(form, 'expectedOn'),
    isKey: form.isKey === 'no' ? 'no' : 'yes',
    noticePublishedOn: datePartsFrom(form, 'noticePublishedOn'),
    exemptParagraph: text('exemptParagraph'),
    documents: text('documents'),
    lateNotice: text('lateNotice'),
    lateReasons: text('lateReasons'),
    scrutinyChairOn: datePartsFrom(form, 'scrutinyChairOn'),
    status: text('status'),
    decisionNoticeId: text('decisionNoticeId'),
  };
}

function valuesOfEntry(e: ForwardPlanEntry): ForwardPlanFormValues {
  const date = (d: string | null) => (d ? datePartsOf(d) : EMPTY_DATE);
  return {
    title: e.title,
    summary: e.summary,
    decisionMaker: e.decisionMaker,
    expectedOn: date(e.expectedOn),
    isKey: e.isKey ? 'yes' : 'no',
    noticePublishedOn: date(e.noticePublishedOn),
    exemptParagraph: e.exemptParagraph === null ? '' : String(e.exemptParagraph),
    documents: e.documents ?? '',
    lateNotice: e.lateNotice ?? '',
    lateReasons: e.lateReasons ?? '',
    scrutinyChairOn: date(e.scrutinyChairOn),
    status: e.status,
    decisionNoticeId: e.decisionNoticeId ?? '',
  };
}

const DATE_NAMES = new Set<string>(['expectedOn', 'noticePublishedOn', 'scrutinyChairOn', 'requestedOn', 'outcomeOn']);

/** A use case's field problems split into those shown beside a text field and those beside a date. */
function splitFields(fields: readonly { field: string; message: string }[]): {
  errors: FieldError[];
  dateErrors: DateError[];
} {
  return {
    errors: fields.filter((f) => !DATE_NAMES.has(f.field)).map((f) => ({ ...f, message: capital(f.message) })),
    dateErrors: fields
      .filter((f) => DATE_NAMES.has(f.field))
      .map((f) => ({ field: f.field, message: capital(f.message), parts: ['day'] as const })),
  };
}

/** The form's values as the use case takes them, with dates read GOV.UK's way. */
function readEntryForm(form: Record<string, string>) {
  const values = valuesOf(form);
  const dates = readDates(DATE_FIELDS.map((d) => ({ ...d, value: values[d.field] })));
  const input = {
    title: values.title,
    summary: values.summary,
    decisionMaker: values.decisionMaker,
    isKey: values.isKey === 'yes',
    exemptParagraph: values.exemptParagraph,
    documents: values.documents,
    lateNotice: values.lateNotice,
    lateReasons: values.lateReasons,
    status: values.status,
    expectedOn: dates.iso.expectedOn,
    noticePublishedOn: dates.iso.noticePublishedOn,
    scrutinyChairOn: dates.iso.scrutinyChairOn,
  };
  return { values, dateErrors: dates.errors, input };
}

const today = (deps: WorkspaceDeps): IsoDate => deps.now().toISOString().slice(0, 10) as IsoDate;

function registerForwardPlan(w: Parameters<WorkspaceSection['register']>[0], deps: WorkspaceDeps): void {
  w.use('/workspace/forward-plan', clerksOnly);
  w.use('/workspace/forward-plan/*', clerksOnly);

  w.get('/workspace/forward-plan', async (c) =>
    c.render(
      <ForwardPlanListPage
        rows={await forwardPlanBoard(deps.store, c.get('account'), today(deps))}
        saved={c.req.query('saved') === '1'}
      />,
    ),
  );

  w.get('/workspace/forward-plan/new', (c) =>
    c.render(<ForwardPlanFormPage csrfToken={c.get('csrfToken')} values={BLANK} />),
  );

  w.post('/workspace/forward-plan', async (c) => {
    const { values, dateErrors, input } = readEntryForm(await readForm(c));
    let errors: FieldError[] = [];
    if (dateErrors.length === 0) {
      try {
        await addForwardPlanEntry(deps.store, c.get('account'), input, deps.now().toISOString());
        return c.redirect('/workspace/forward-plan?saved=1', 303);
      } catch (error) {
        if (!(error instanceof ForwardPlanEntryInvalid)) throw error;
        const split = splitFields(error.fields);
        errors = split.errors;
        dateErrors.push(...split.dateErrors);
      }
    } else {
      // Every field's problem at once: the text fields are checked too, with a stand-in for each unreadable date.
      const check = forwardPlanEntryInputSchema.safeParse({
        ...input,
        expectedOn: input.expectedOn || '9999-12-31',
      });
      if (!check.success) errors = splitFields(fieldErrors(check.error)).errors;
    }
    c.status(400);
    return c.render(
      <ForwardPlanFormPage csrfToken={c.get('csrfToken')} values={values} errors={errors} dateErrors={dateErrors} />,
    );
  });

  const renderEntry = async (
    c: C,
    entryId: string,
    options: {
      values?: ForwardPlanFormValues;
      errors?: FieldError[];
      dateErrors?: DateError[];
      version?: number;
      conflict?: string | null;
      workProgrammeError?: string | null;
    } = {},
  ) => {
    const view = await forwardPlanEntryView(deps.store, c.get('account'), entryId, today(deps));
    const addedSlug = c.req.query('added');
    const added = addedSlug ? (view.bodies.find((b) => b.slug === addedSlug)?.name ?? null) : null;
    return c.render(
      <ForwardPlanFormPage
        csrfToken={c.get('csrfToken')}
        values={options.values ?? valuesOfEntry(view.entry)}
        errors={options.errors}
        dateErrors={options.dateErrors}
        change={{ id: view.entry.id, version: options.version ?? view.entry.version, notices: view.notices }}
        conflict={options.conflict}
      >
        <EntryExtras
          entryId={view.entry.id}
          csrfToken={c.get('csrfToken')}
          warnings={view.warnings}
          bodies={view.bodies}
          added={added}
          workProgrammeError={options.workProgrammeError}
        />
      </ForwardPlanFormPage>,
    );
  };

  w.get('/workspace/forward-plan/:id', (c) => renderEntry(c, c.req.param('id')));

  w.post('/workspace/forward-plan/:id', async (c) => {
    const form = await readForm(c);
    const { values, dateErrors, input } = readEntryForm(form);
    let errors: FieldError[] = [];
    let conflict: string | null = null;
    if (dateErrors.length === 0) {
      try {
        await changeForwardPlanEntry(
          deps.store,
          c.get('account'),
          c.req.param('id'),
          { ...input, version: form.version, decisionNoticeId: values.decisionNoticeId },
          deps.now().toISOString(),
        );
        return c.redirect('/workspace/forward-plan?saved=1', 303);
      } catch (error) {
        if (error instanceof ForwardPlanEntryInvalid) {
          const split = splitFields(error.fields);
          errors = split.errors;
          dateErrors.push(...split.dateErrors);
        } else if (error instanceof AppError && error.code === 'CONFLICT') conflict = `${capital(error.message)}.`;
        else if (error instanceof AppError && error.code === 'INPUT_INVALID')
          errors = [{ field: 'decisionNoticeId', message: capital(error.message) }];
        else throw error;
      }
    }
    c.status(conflict ? 409 : 400);
    const current = await forwardPlanEntryView(deps.store, c.get('account'), c.req.param('id'), today(deps));
    return renderEntry(c, c.req.param('id'), {
      values,
      errors,
      dateErrors,
      conflict,
      // After a conflict the form starts from the current version, keeping what the clerk typed.
      version: conflict ? current.entry.version : Number(form.version) || current.entry.version,
    });
  });

  w.post('/workspace/forward-plan/:id/work-programme', async (c) => {
    const form = await readForm(c);
    const entryId = c.req.param('id');
    try {
      await addForwardPlanEntryToWorkProgramme(
        deps.store,
        c.get('account'),
        { entryId, bodySlug: form.bodySlug ?? '' },
        deps.now().toISOString(),
      );
      return c.redirect(
        `/workspace/forward-plan/${encodeURIComponent(entryId)}?added=${encodeURIComponent(form.bodySlug ?? '')}#work-programme`,
        303,
      );
    } catch (error) {
      if (!(error instanceof AppError) || !['CONFLICT', 'INPUT_INVALID'].includes(error.code)) throw error;
      c.status(error.code === 'CONFLICT' ? 409 : 400);
      return renderEntry(c, entryId, { workProgrammeError: capital(error.message) });
    }
  });
}

function registerCallIns(w: Parameters<WorkspaceSection['register']>[0], deps: WorkspaceDeps): void {
  w.use('/workspace/call-ins', clerksOnly);
  w.use('/workspace/call-ins/*', clerksOnly);

  w.get('/workspace/call-ins', async (c) =>
    c.render(
      <CallInBoardPage board={await callInBoard(deps.store, c.get('account'))} saved={c.req.query('saved') === '1'} />,
    ),
  );

  w.get('/workspace/call-ins/new', async (c) => {
    const notice = await noticeForCallIn(deps.store, c.get('account'), c.req.query('decision') ?? '');
    return c.render(
      <NewCallInPage
        csrfToken={c.get('csrfToken')}
        notice={notice}
        values={{ requestedOn: EMPTY_DATE, members: '', grounds: '' }}
      />,
    );
  });

  w.post('/workspace/call-ins', async (c) => {
    const form = await readForm(c);
    const notice = await noticeForCallIn(deps.store, c.get('account'), form.decisionNoticeId ?? '');
    const values = {
      requestedOn: datePartsFrom(form, 'requestedOn'),
      members: form.members ?? '',
      grounds: form.grounds ?? '',
    };
    const dates = readDates([
      { field: 'requestedOn', label: 'Date of the request', value: values.requestedOn, required: true },
    ]);
    const dateErrors = dates.errors;
    let errors: FieldError[] = [];
    try {
      await recordCallIn(
        deps.store,
        c.get('account'),
        notice.id,
        // A placeholder date when the typed one is wrong, so the other fields are checked too; nothing is saved then.
        { ...values, requestedOn: dateErrors.length ? 'not a date' : dates.iso.requestedOn },
        deps.now().toISOString(),
      );
      if (dateErrors.length === 0) return c.redirect('/workspace/call-ins?saved=1', 303);
    } catch (error) {
      if (!(error instanceof CallInInvalid)) throw error;
      const split = splitFields(error.fields);
      errors = split.errors;
      if (dateErrors.length === 0) dateErrors.push(...split.dateErrors);
    }
    c.status(400);
    return c.render(
      <NewCallInPage
        csrfToken={c.get('csrfToken')}
        notice={notice}
        values={values}
        errors={errors}
        dateErrors={dateErrors}
      />,
    );
  });

  w.get('/workspace/call-ins/:id', async (c) => {
    const { callIn, notice } = await callInToDecide(deps.store, c.get('account'), c.req.param('id'));
    return c.render(
      <CallInOutcomePage
        csrfToken={c.get('csrfToken')}
        notice={notice}
        callIn={callIn}
        version={callIn.version}
        values={{
          outcome: callIn.outcome,
          outcomeOn: callIn.outcomeOn ? datePartsOf(callIn.outcomeOn) : EMPTY_DATE,
          outcomeNotes: callIn.outcomeNotes ?? '',
        }}
      />,
    );
  });

  w.post('/workspace/call-ins/:id', async (c) => {
    const form = await readForm(c);
    const values: OutcomeFormValues = {
      outcome: form.outcome ?? '',
      outcomeOn: datePartsFrom(form, 'outcomeOn'),
      outcomeNotes: form.outcomeNotes ?? '',
    };
    const dates = readDates([
      { field: 'outcomeOn', label: 'Date of the outcome', value: values.outcomeOn, required: false },
    ]);
    const dateErrors = dates.errors;
    let errors: FieldError[] = [];
    let conflict: string | null = null;
    if (dateErrors.length === 0) {
      try {
        await decideCallIn(
          deps.store,
          c.get('account'),
          c.req.param('id'),
          {
            version: form.version,
            outcome: values.outcome,
            outcomeOn: dates.iso.outcomeOn,
            outcomeNotes: values.outcomeNotes,
          },
          deps.now().toISOString(),
        );
        return c.redirect('/workspace/call-ins?saved=1', 303);
      } catch (error) {
        if (error instanceof CallInInvalid) {
          const split = splitFields(error.fields);
          errors = split.errors;
          dateErrors.push(...split.dateErrors);
        } else if (error instanceof AppError && error.code === 'CONFLICT') conflict = `${capital(error.message)}.`;
        else throw error;
      }
    }
    const { callIn, notice } = await callInToDecide(deps.store, c.get('account'), c.req.param('id'));
    c.status(conflict ? 409 : 400);
    return c.render(
      <CallInOutcomePage
        csrfToken={c.get('csrfToken')}
        notice={notice}
        callIn={callIn}
        version={conflict ? callIn.version : Number(form.version) || callIn.version}
        values={values}
        errors={errors}
        dateErrors={dateErrors}
        conflict={conflict}
      />,
    );
  });
}

/**
 * The forward plan (the executive's coming decisions and their notice) and call-ins of published
 * decisions: clerks keep both here; the public reads them at /forward-plan and on /decisions/{id}.
 */
export const forwardPlanSection: WorkspaceSection = {
  name: 'forwardPlan',
  homeLinks: [
    {
      href: '/workspace/forward-plan',
      label: 'Forward plan',
      description: "Key decisions to come, with their 28 clear days' notice and late-notice checks.",
      roles: ['admin', 'clerk'],
    },
    {
      href: '/workspace/call-ins',
      label: 'Call-ins',
      description: 'Requests to call in a published decision, their grounds and outcome.',
      roles: ['admin', 'clerk'],
    },
  ],
  register(w, deps) {
    registerForwardPlan(w, deps);
    registerCallIns(w, deps);
  },
};
