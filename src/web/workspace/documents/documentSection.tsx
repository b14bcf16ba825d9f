import type { Context } from 'hono';
import { fileUnplacedDocument } from '../../../app/fileUnplacedDocument.js';
import { unplacedForClerk } from '../../../app/documents/unplacedForClerk.js';
import { AppError } from '../../../domain/errors.js';
import { datePartsFrom, EMPTY_DATE } from '../../pages/dateInput.js';
import { capital, readDates } from '../forms/formDates.js';
import { readForm } from '../forms/formBody.js';
import type { WorkspaceDeps, WorkspaceEnv, WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import {
  DOCUMENTS_HOME,
  DocumentsToFilePage,
  FileDocumentPage,
  type FileDocumentErrors,
  type FileDocumentValues,
} from './documentPages.js';

const NO_ERRORS: FileDocumentErrors = { fields: [], date: null };

/**
 * Documents the import stored but could not place at a meeting (issue 14's review list, issue 18's
 * unfiled recommendations): a clerk gives what each lacks and files it, as `quorum documents file` does.
 */
export const documentSection: WorkspaceSection = {
  name: 'documents',
  homeLinks: [
    {
      href: DOCUMENTS_HOME,
      label: 'Documents to file',
      description: 'Imported documents whose meeting could not be placed: give the body and date to file them.',
      roles: ['admin', 'clerk'],
    },
  ],
  register(w, deps) {
    w.use(DOCUMENTS_HOME, clerksOnly);
    w.use(`${DOCUMENTS_HOME}/*`, clerksOnly);
    w.get(DOCUMENTS_HOME, async (c) =>
      c.render(
        <DocumentsToFilePage
          list={await unplacedForClerk(deps.store, c.get('account'))}
          filedMeetingId={c.req.query('filed') || null}
        />,
      ),
    );
    w.get(`${DOCUMENTS_HOME}/:id/file`, async (c) => {
      const page = await filePage(c, deps);
      return page({ body: '', date: EMPTY_DATE, itemTitle: '' }, NO_ERRORS);
    });
    w.post(`${DOCUMENTS_HOME}/:id/file`, async (c) => fileRoute(c, deps));
  },
};

/** The filing form for one document waiting to be filed; NOT_FOUND once it is filed or gone. */
async function filePage(c: Context<WorkspaceEnv>, deps: WorkspaceDeps) {
  const list = await unplacedForClerk(deps.store, c.get('account'));
  const document = list.documents.find((d) => d.documentId === c.req.param('id'));
  if (!document) throw new AppError('NOT_FOUND', `no document ${c.req.param('id')} waiting to be filed`);
  return (values: FileDocumentValues, errors: FileDocumentErrors) =>
    c.render(
      <FileDocumentPage
        document={document}
        bodies={list.bodies}
        values={values}
        errors={errors}
        csrfToken={c.get('csrfToken')}
      />,
    );
}

async function fileRoute(c: Context<WorkspaceEnv>, deps: WorkspaceDeps) {
  const page = await filePage(c, deps);
  const form = await readForm(c);
  const values: FileDocumentValues = {
    body: form.body ?? '',
    date: datePartsFrom(form, 'date'),
    itemTitle: form.itemTitle ?? '',
  };
  const dates = readDates([{ field: 'date', label: 'Date of the meeting', value: values.date, required: true }]);
  const errors: FileDocumentErrors = {
    fields: values.body ? [] : [{ field: 'body', message: 'Choose the body that met' }],
    date: dates.errors[0] ?? null,
  };
  if (errors.fields.length === 0 && !errors.date) {
    try {
      const filed = await fileUnplacedDocument(
        deps.store,
        { account: c.get('account') },
        { documentId: c.req.param('id')!, bodySlug: values.body, date: dates.iso.date!, itemTitle: values.itemTitle },
        deps.now().toISOString(),
      );
      return c.redirect(`${DOCUMENTS_HOME}?filed=${encodeURIComponent(filed.meetingId)}`, 303);
    } catch (error) {
      if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
      // The use case names the file by its origin (a path on the importing machine): say it plainly here.
      const untitled = /without a title/.test(error.message);
      const message = untitled
        ? values.itemTitle.trim()
          ? 'This document has more than one item without a title: it cannot be filed here'
          : 'Enter the title of the item: the document gives its item none'
        : capital(error.message);
      c.status(400);
      return page(values, { fields: [{ field: untitled ? 'itemTitle' : 'body', message }], date: null });
    }
  }
  c.status(400);
  return page(values, errors);
}
