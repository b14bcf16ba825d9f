import type { Context } from 'hono';
import { meetingsForDeclarations } from '../../../app/declarations/meetingDeclarations.js';
import {
  addInterestEntry,
  editInterestEntry,
  endInterestEntry,
  InterestEntryInputSchema,
  recordRegisterReview,
  removeInterestEntry,
} from '../../../app/interests/changeRegister.js';
import { listRegisters, readRegister, readRegisterEntry } from '../../../app/interests/interestRegisters.js';
import { AppError } from '../../../domain/errors.js';
import { londonDateOf } from '../../../domain/calendar/londonTime.js';
import { datePartsFrom, datePartsOf, EMPTY_DATE, readDateParts, type DateParts } from '../../pages/dateInput.js';
import { readForm } from '../forms/formBody.js';
import type { FieldError } from '../forms/formFields.js';
import type { WorkspaceDeps, WorkspaceEnv, WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { INTERESTS_HOME, registerPath } from './interestPaths.js';
import { EntryPage, InterestsHomePage, RegisterPage, type DateError, type EntryValues } from './interestPages.js';

type C = Context<WorkspaceEnv>;

const EMPTY_ENTRY: EntryValues = {
  category: '',
  description: '',
  aroseOn: EMPTY_DATE,
  registeredOn: EMPTY_DATE,
  sensitive: false,
};

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A required date read from its three boxes: the ISO date, or GOV.UK's message for it. */
function readRequiredDate(name: string, parts: DateParts, label: string, missing: string) {
  const reading = readDateParts(parts, label);
  if (!reading.ok) return { iso: '', error: { name, ...reading.problem } };
  if (reading.iso === null)
    return { iso: '', error: { name, message: missing, parts: ['day', 'month', 'year'] as const } };
  return { iso: reading.iso, error: null };
}

/** Problems the use case found after the form's own checks (a date in the future), on their fields. */
function placeProblems(message: string): { fields: FieldError[]; dates: DateError[] } {
  const fields: FieldError[] = [];
  const dates: DateError[] = [];
  for (const m of message.split('; ')) {
    const date = /end was registered/.test(m)
      ? 'endRegisteredOn'
      : /interest ended/.test(m)
        ? 'endedOn'
        : /date registered/.test(m)
          ? 'registeredOn'
          : /date reviewed|reviewed the register/.test(m)
            ? 'reviewedOn'
            : /arose/.test(m)
              ? 'aroseOn'
              : null;
    if (date) dates.push({ name: date, message: capital(m), parts: ['day', 'month', 'year'] });
    else fields.push({ field: /category/.test(m) ? 'category' : 'description', message: capital(m) });
  }
  return { fields, dates };
}

/** An entry's fields as posted, with every problem the form's own checks find. */
function readEntryForm(form: Readonly<Record<string, string | undefined>>) {
  const entry: EntryValues = {
    category: form.category ?? '',
    description: form.description ?? '',
    aroseOn: datePartsFrom(form, 'aroseOn'),
    registeredOn: datePartsFrom(form, 'registeredOn'),
    sensitive: form.sensitive === 'yes',
  };
  const arose = readRequiredDate(
    'aroseOn',
    entry.aroseOn,
    'Date the interest arose',
    'Enter the date the interest arose or changed',
  );
  const registered = readRequiredDate(
    'registeredOn',
    entry.registeredOn,
    'Date registered',
    'Enter the date it was registered',
  );
  const input = {
    category: entry.category,
    description: entry.description,
    aroseOn: arose.iso,
    registeredOn: registered.iso,
    sensitive: entry.sensitive,
  };
  // Every field's problem at once, the dates' beside the others, before anything is saved.
  const fields = InterestEntryInputSchema.safeParse(input);
  const errors: FieldError[] = [];
  const dateErrors: DateError[] = [arose.error, registered.error].filter((e): e is DateError => e !== null);
  for (const issue of fields.success ? [] : fields.error.issues) {
    const field = String(issue.path[0]);
    if (field === 'aroseOn' || field === 'registeredOn') {
      if (!dateErrors.some((e) => e.name === field))
        dateErrors.push({ name: field, message: capital(issue.message), parts: ['day', 'month', 'year'] });
    } else if (!errors.some((e) => e.field === field)) errors.push({ field, message: capital(issue.message) });
  }
  return { entry, input, errors, dateErrors };
}

/**
 * Members' registers of interests (issue 17 item 2): `/workspace/interests` lists every register
 * the clerk keeps, flagging entries registered more than 28 days late and registers not reviewed
 * in the last year, and links to each recent meeting's declarations; `/workspace/interests/:slug`
 * shows one register, adds and removes entries and records the member's review.
 */
export const interestSection: WorkspaceSection = {
  name: 'interests',
  homeLinks: [
    {
      href: INTERESTS_HOME,
      label: 'Interests and declarations',
      description: 'Members’ registers of interests, and the declarations made at each meeting.',
      roles: ['admin', 'clerk'],
    },
  ],
  register(w, deps: WorkspaceDeps) {
    const today = () => londonDateOf(deps.now().toISOString());
    const registerPage = async (
      c: C,
      status: 200 | 400,
      extra: { entry?: EntryValues; reviewedOn?: DateParts; errors?: FieldError[]; dateErrors?: DateError[] } = {},
    ) => {
      const view = await readRegister(deps.store, c.get('account'), c.req.param('personSlug')!, today());
      c.status(status);
      return c.render(
        <RegisterPage
          view={view}
          csrfToken={c.get('csrfToken')}
          entry={extra.entry ?? EMPTY_ENTRY}
          reviewedOn={extra.reviewedOn ?? EMPTY_DATE}
          errors={extra.errors}
          dateErrors={extra.dateErrors}
          done={status === 200 ? (c.req.query('done') ?? null) : null}
        />,
      );
    };
    const back = (c: C, done: string) => c.redirect(`${registerPath(c.req.param('personSlug')!)}?done=${done}`, 303);

    w.use(INTERESTS_HOME, clerksOnly);
    w.use(`${INTERESTS_HOME}/*`, clerksOnly);

    w.get(INTERESTS_HOME, async (c) => {
      const account = c.get('account');
      return c.render(
        <InterestsHomePage
          registers={await listRegisters(deps.store, account, today())}
          meetings={await meetingsForDeclarations(deps.store, account, today())}
        />,
      );
    });

    w.get(`${INTERESTS_HOME}/:personSlug`, (c) => registerPage(c, 200));

    w.post(`${INTERESTS_HOME}/:personSlug/entries`, async (c) => {
      const form = await readForm(c);
      const { entry, input, errors, dateErrors } = readEntryForm(form);
      if (errors.length === 0 && dateErrors.length === 0) {
        try {
          await addInterestEntry(
            deps.store,
            c.get('account'),
            c.req.param('personSlug'),
            input,
            deps.now().toISOString(),
          );
          return back(c, 'added');
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'INPUT_INVALID') throw error;
          const placed = placeProblems(error.message);
          return registerPage(c, 400, { entry, errors: placed.fields, dateErrors: placed.dates });
        }
      }
      return registerPage(c, 400, { entry, errors, dateErrors });
    });

    const ENTRY = `${INTERESTS_HOME}/:personSlug/entries/:entryId`;
    const entryPage = async (
      c: C,
      status: 200 | 400 | 409,
      extra: {
        values?: EntryValues;
        version?: number;
        end?: { endedOn: DateParts; endRegisteredOn: DateParts };
        errors?: FieldError[];
        dateErrors?: DateError[];
        conflict?: string;
      } = {},
    ) => {
      const { holder, entry } = await readRegisterEntry(
        deps.store,
        c.get('account'),
        c.req.param('personSlug')!,
        c.req.param('entryId')!,
      );
      c.status(status);
      return c.render(
        <EntryPage
          holder={holder}
          entry={entry}
          csrfToken={c.get('csrfToken')}
          values={
            extra.values ?? {
              category: entry.category,
              description: entry.description,
              aroseOn: datePartsOf(entry.aroseOn),
              registeredOn: datePartsOf(entry.registeredOn),
              sensitive: entry.sensitive,
            }
          }
          version={extra.version ?? entry.version}
          end={extra.end ?? { endedOn: EMPTY_DATE, endRegisteredOn: EMPTY_DATE }}
          errors={extra.errors}
          dateErrors={extra.dateErrors}
          conflict={extra.conflict ?? null}
        />,
      );
    };
    const versionOf = (form: Readonly<Record<string, string | undefined>>): number =>
      /^\d{1,9}$/.test(form.version ?? '') ? Number(form.version) : -1;

    w.get(ENTRY, (c) => entryPage(c, 200));

    w.post(ENTRY, async (c) => {
      const form = await readForm(c);
      const version = versionOf(form);
      const { entry, input, errors, dateErrors } = readEntryForm(form);
      if (errors.length > 0 || dateErrors.length > 0)
        return entryPage(c, 400, { values: entry, version, errors, dateErrors });
      try {
        await editInterestEntry(
          deps.store,
          c.get('account'),
          c.req.param('personSlug'),
          c.req.param('entryId'),
          { ...input, version },
          deps.now().toISOString(),
        );
        return back(c, 'edited');
      } catch (error) {
        if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
        // The typed values stay; the version becomes the current one, so saving again (after checking) works.
        if (error.code === 'CONFLICT') return entryPage(c, 409, { values: entry, conflict: capital(error.message) });
        const placed = placeProblems(error.message);
        return entryPage(c, 400, { values: entry, version, errors: placed.fields, dateErrors: placed.dates });
      }
    });

    w.post(`${ENTRY}/end`, async (c) => {
      const form = await readForm(c);
      const version = versionOf(form);
      const end = { endedOn: datePartsFrom(form, 'endedOn'), endRegisteredOn: datePartsFrom(form, 'endRegisteredOn') };
      const ended = readRequiredDate(
        'endedOn',
        end.endedOn,
        'Date the interest ended',
        'Enter the date the interest ended',
      );
      const registered = readRequiredDate(
        'endRegisteredOn',
        end.endRegisteredOn,
        'Date the end was registered',
        'Enter the date the end was registered',
      );
      const dateErrors = [ended.error, registered.error].filter((e): e is DateError => e !== null);
      if (dateErrors.length > 0) return entryPage(c, 400, { end, dateErrors });
      try {
        await endInterestEntry(
          deps.store,
          c.get('account'),
          c.req.param('personSlug'),
          c.req.param('entryId'),
          { endedOn: ended.iso, endRegisteredOn: registered.iso, version },
          deps.now().toISOString(),
        );
        return back(c, 'ended');
      } catch (error) {
        if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
        if (error.code === 'CONFLICT') return entryPage(c, 409, { end, conflict: capital(error.message) });
        return entryPage(c, 400, { end, dateErrors: placeProblems(error.message).dates });
      }
    });

    w.post(`${INTERESTS_HOME}/:personSlug/entries/:entryId/remove`, async (c) => {
      await removeInterestEntry(
        deps.store,
        c.get('account'),
        c.req.param('personSlug'),
        c.req.param('entryId'),
        deps.now().toISOString(),
      );
      return back(c, 'removed');
    });

    w.post(`${INTERESTS_HOME}/:personSlug/review`, async (c) => {
      const form = await readForm(c);
      const reviewedOn = datePartsFrom(form, 'reviewedOn');
      const date = readRequiredDate('reviewedOn', reviewedOn, 'Date reviewed', 'Enter the date the member reviewed it');
      let dateErrors: DateError[] = date.error ? [date.error] : [];
      if (dateErrors.length === 0) {
        try {
          await recordRegisterReview(
            deps.store,
            c.get('account'),
            c.req.param('personSlug'),
            { reviewedOn: date.iso },
            deps.now().toISOString(),
          );
          return back(c, 'reviewed');
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'INPUT_INVALID') throw error;
          dateErrors = [{ name: 'reviewedOn', message: capital(error.message), parts: ['day', 'month', 'year'] }];
        }
      }
      return registerPage(c, 400, { reviewedOn, dateErrors });
    });
  },
};
