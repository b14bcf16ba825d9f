import type { Context } from 'hono';
import { AgendaInputError, StaleAgendaError } from '../../../app/agenda/agendaErrors.js';
import { addAgendaItem, editAgendaItem, moveAgendaItem, removeAgendaItem } from '../../../app/agenda/agendaItems.js';
import { removePaper, uploadLimitLabel, uploadPaper } from '../../../app/agenda/agendaPapers.js';
import { planPublication, publishAgenda } from '../../../app/agenda/publishAgenda.js';
import { listAgendaMeetings, readAgenda, type AgendaView } from '../../../app/agenda/readAgenda.js';
import { reorderAgenda } from '../../../app/agenda/reorderAgenda.js';
import { startAgenda } from '../../../app/agenda/startAgenda.js';
import { AppError } from '../../../domain/errors.js';
import { buildPackInWorker } from '../../../publish/documentPack/buildPackInWorker.js';
import type { Html } from '../../pages/html.js';
import type { FieldError } from '../forms/formFields.js';
import { readForm } from '../forms/formBody.js';
import type { WorkspaceDeps, WorkspaceEnv, WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import {
  agendaPath,
  AgendaListPage,
  AgendaPage,
  ItemPage,
  itemPath,
  PublishedPage,
  PublishPage,
  type ItemFields,
} from './agendaPages.js';

type C = Context<WorkspaceEnv>;

function versionOf(form: Record<string, string>): number {
  const n = Number(form.version);
  return Number.isSafeInteger(n) ? n : -1;
}

function itemFields(form: Record<string, string>): ItemFields {
  return {
    title: form.title ?? '',
    description: form.description ?? '',
    exempt: form.exempt === 'yes',
    exemptParagraph: form.exemptParagraph ?? '',
  };
}

function errorsOf(error: AgendaInputError): FieldError[] {
  return error.problems.map((p) => ({
    field: p.field,
    message: p.message.charAt(0).toUpperCase() + p.message.slice(1),
  }));
}

function page(c: C, status: 200 | 400 | 409, html: Html): Response | Promise<Response> {
  c.status(status);
  return c.render(html);
}

/**
 * The agenda (issue 16 item 4): `/workspace/agendas` lists coming meetings; under
 * `/workspace/meetings/:id/agenda` a clerk of the meeting's body starts the agenda, adds, edits,
 * moves and removes items, uploads PDF papers and publishes. Every form posts the agenda's version:
 * a stale one answers 409 with the current agenda and what was typed. Plain forms, no script needed;
 * where script runs, the items can also be dragged (by pointer or keyboard), saving the whole order.
 */
export const agendaSection: WorkspaceSection = {
  name: 'agenda',
  homeLinks: [
    {
      href: '/workspace/agendas',
      label: 'Agendas',
      description: 'Build a meeting’s agenda, upload its reports and publish it.',
      roles: ['admin', 'clerk'],
    },
  ],
  meetingLinks: [
    {
      label: 'Agenda and papers',
      description: 'Build the agenda from standard items, upload reports and publish the pack.',
      href: (meetingId) => agendaPath(meetingId),
    },
  ],
  register(w, deps: WorkspaceDeps) {
    const now = (): string => deps.now().toISOString();
    const csrf = (c: C): string => c.get('csrfToken');
    const view = (c: C): Promise<AgendaView> => readAgenda(deps.store, c.get('account'), c.req.param('id')!, now());
    const agendaPage = async (
      c: C,
      status: 200 | 400 | 409,
      extra: { add?: ItemFields; errors?: FieldError[]; conflict?: boolean } = {},
    ) => {
      const v = await view(c);
      return page(c, status, <AgendaPage view={v} csrf={csrf(c)} deadline={v.deadline} {...extra} />);
    };
    const itemPage = async (
      c: C,
      status: 200 | 400 | 409,
      extra: Partial<Parameters<typeof ItemPage>[0]> = {},
    ): Promise<Response> => {
      const v = await view(c);
      const item = v.items.find((i) => i.id === c.req.param('itemId'));
      if (!item) {
        if (status === 409) return agendaPage(c, 409, { conflict: true, add: extra.fields });
        throw new AppError('NOT_FOUND', 'no such item on this agenda');
      }
      return page(
        c,
        status,
        <ItemPage
          view={v}
          item={item}
          csrf={csrf(c)}
          maxUploadLabel={uploadLimitLabel(deps.uploadMaxBytes)}
          {...extra}
        />,
      );
    };
    const back = (c: C): Response => c.redirect(agendaPath(c.req.param('id')!), 303);

    w.use('/workspace/agendas', clerksOnly);
    w.use('/workspace/meetings/:id/agenda', clerksOnly);
    w.use('/workspace/meetings/:id/agenda/*', clerksOnly);

    w.get('/workspace/agendas', async (c) =>
      c.render(<AgendaListPage meetings={await listAgendaMeetings(deps.store, c.get('account'), now())} />),
    );

    w.get('/workspace/meetings/:id/agenda', (c) => agendaPage(c, 200));

    w.post('/workspace/meetings/:id/agenda/start', async (c) => {
      try {
        await startAgenda(deps.store, c.get('account'), { meetingId: c.req.param('id') }, now());
      } catch (error) {
        // Started meanwhile by someone else: show the agenda as it is.
        if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
      }
      return back(c);
    });

    w.post('/workspace/meetings/:id/agenda/items', async (c) => {
      const form = await readForm(c);
      const fields = itemFields(form);
      try {
        await addAgendaItem(
          deps.store,
          c.get('account'),
          { meetingId: c.req.param('id'), version: versionOf(form), ...fields },
          now(),
        );
        return back(c);
      } catch (error) {
        if (error instanceof StaleAgendaError) return agendaPage(c, 409, { add: fields, conflict: true });
        if (error instanceof AgendaInputError) return agendaPage(c, 400, { add: fields, errors: errorsOf(error) });
        throw error;
      }
    });

    w.get('/workspace/meetings/:id/agenda/items/:itemId', (c) => itemPage(c, 200));

    w.post('/workspace/meetings/:id/agenda/items/:itemId', async (c) => {
      const form = await readForm(c);
      const fields = itemFields(form);
      try {
        await editAgendaItem(
          deps.store,
          c.get('account'),
          { meetingId: c.req.param('id'), itemId: c.req.param('itemId'), version: versionOf(form), ...fields },
          now(),
        );
        return back(c);
      } catch (error) {
        if (error instanceof StaleAgendaError) return itemPage(c, 409, { fields, conflict: true });
        if (error instanceof AgendaInputError) return itemPage(c, 400, { fields, errors: errorsOf(error) });
        throw error;
      }
    });

    w.post('/workspace/meetings/:id/agenda/items/:itemId/move', async (c) => {
      const form = await readForm(c);
      const direction = form.direction === 'up' ? 'up' : form.direction === 'down' ? 'down' : null;
      if (!direction) throw new AppError('INPUT_INVALID', 'move up or down');
      try {
        await moveAgendaItem(
          deps.store,
          c.get('account'),
          { meetingId: c.req.param('id'), itemId: c.req.param('itemId'), version: versionOf(form), direction },
          now(),
        );
        return back(c);
      } catch (error) {
        if (error instanceof StaleAgendaError) return agendaPage(c, 409, { conflict: true });
        if (error instanceof AppError && error.code === 'INPUT_INVALID')
          return agendaPage(c, 400, {
            errors: [
              { field: 'agenda-items', message: `The item is already ${direction === 'up' ? 'first' : 'last'}` },
            ],
          });
        throw error;
      }
    });

    // The drag-and-drop list (assets/agendaOrder.mjs) posts the whole order here with fetch and reads
    // JSON: the new version, or why nothing was saved (409 stale, 400 not this agenda's items).
    w.post('/workspace/meetings/:id/agenda/order', async (c) => {
      const form = await readForm(c);
      const order = (form.order ?? '').split(/[\s,]+/).filter((id) => id !== '');
      try {
        const saved = await reorderAgenda(
          deps.store,
          c.get('account'),
          { meetingId: c.req.param('id'), version: versionOf(form), order },
          now(),
        );
        return c.json({ version: saved.version });
      } catch (error) {
        if (error instanceof StaleAgendaError)
          return c.json({ error: 'conflict', message: 'Someone else changed this agenda since you opened it' }, 409);
        if (error instanceof AgendaInputError)
          return c.json({ error: 'invalid', message: errorsOf(error)[0]!.message }, 400);
        if (error instanceof AppError && error.httpStatus < 500)
          return c.json({ error: error.code, message: error.message }, error.httpStatus as 403 | 404);
        throw error;
      }
    });

    w.post('/workspace/meetings/:id/agenda/items/:itemId/remove', async (c) => {
      const form = await readForm(c);
      try {
        await removeAgendaItem(
          deps.store,
          c.get('account'),
          { meetingId: c.req.param('id'), itemId: c.req.param('itemId'), version: versionOf(form) },
          now(),
        );
        return back(c);
      } catch (error) {
        if (error instanceof StaleAgendaError) return agendaPage(c, 409, { conflict: true });
        throw error;
      }
    });

    w.post('/workspace/meetings/:id/agenda/items/:itemId/papers', async (c) => {
      const body = await c.req.parseBody();
      const text = (key: string): string => (typeof body[key] === 'string' ? (body[key] as string) : '');
      const file = body.file;
      const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
      const paper = { paperTitle: text('paperTitle'), paperKind: text('paperKind') };
      try {
        await uploadPaper(
          deps.store,
          deps.files,
          c.get('account'),
          {
            meetingId: c.req.param('id'),
            itemId: c.req.param('itemId'),
            version: Number.isSafeInteger(Number(text('version'))) ? Number(text('version')) : -1,
            bytes,
            ...paper,
          },
          now(),
          deps.uploadMaxBytes,
        );
        return c.redirect(itemPath(c.req.param('id'), c.req.param('itemId')), 303);
      } catch (error) {
        if (error instanceof StaleAgendaError) return itemPage(c, 409, { paper, conflict: true });
        if (error instanceof AgendaInputError) return itemPage(c, 400, { paper, errors: errorsOf(error) });
        throw error;
      }
    });

    w.post('/workspace/meetings/:id/agenda/items/:itemId/papers/:paperId/remove', async (c) => {
      const form = await readForm(c);
      try {
        await removePaper(
          deps.store,
          c.get('account'),
          { meetingId: c.req.param('id'), paperId: c.req.param('paperId'), version: versionOf(form) },
          now(),
        );
        return c.redirect(itemPath(c.req.param('id'), c.req.param('itemId')), 303);
      } catch (error) {
        if (error instanceof StaleAgendaError) return itemPage(c, 409, { conflict: true });
        throw error;
      }
    });

    const publishPage = async (
      c: C,
      status: 200 | 400 | 409,
      extra: { lateReason?: string; notice?: string; errors?: FieldError[]; conflict?: boolean } = {},
    ) => {
      const v = await view(c);
      const plan = await planPublication(deps.store, c.get('account'), v.meeting.id, now());
      return page(c, status, <PublishPage view={v} plan={plan} csrf={csrf(c)} {...extra} />);
    };

    w.get('/workspace/meetings/:id/agenda/publish', (c) => publishPage(c, 200));

    w.post('/workspace/meetings/:id/agenda/publish', async (c) => {
      const form = await readForm(c);
      const typed = { lateReason: form.lateReason ?? '', notice: form.notice ?? '' };
      try {
        const publication = await publishAgenda(
          deps.store,
          c.get('account'),
          { meetingId: c.req.param('id'), version: versionOf(form), ...typed },
          now(),
          { files: deps.files, build: buildPackInWorker },
        );
        return c.redirect(`${agendaPath(c.req.param('id'))}/published/${publication.sequence}`, 303);
      } catch (error) {
        if (error instanceof StaleAgendaError) return publishPage(c, 409, { ...typed, conflict: true });
        if (error instanceof AgendaInputError) return publishPage(c, 400, { ...typed, errors: errorsOf(error) });
        throw error;
      }
    });

    w.get('/workspace/meetings/:id/agenda/published/:sequence', async (c) => {
      const v = await view(c);
      const publication = v.publications.find((p) => String(p.sequence) === c.req.param('sequence'));
      if (!publication) throw new AppError('NOT_FOUND', 'no such publication');
      return c.render(<PublishedPage view={v} publication={publication} />);
    });
  },
};
