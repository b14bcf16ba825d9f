import type { Context } from 'hono';
import {
  DeclarationInputSchema,
  recordDeclaration,
  removeDeclaration,
} from '../../../app/declarations/changeDeclarations.js';
import { readMeetingDeclarations } from '../../../app/declarations/meetingDeclarations.js';
import { AppError } from '../../../domain/errors.js';
import { londonDateOf } from '../../../domain/calendar/londonTime.js';
import { fieldErrors, readForm } from '../forms/formBody.js';
import type { FieldError } from '../forms/formFields.js';
import type { WorkspaceDeps, WorkspaceEnv, WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { DeclarationsPage, declarationsPath, EMPTY_DECLARATION, type DeclarationValues } from './declarationPages.js';

type C = Context<WorkspaceEnv>;

function valuesOf(form: Record<string, string>): DeclarationValues {
  return {
    personId: form.personId ?? '',
    itemId: form.itemId ?? '',
    kind: form.kind ?? '',
    text: form.text ?? '',
    leftRoom: form.leftRoom === 'yes',
    tookNoPart: form.tookNoPart === 'yes',
    dispensation: form.dispensation === 'yes',
  };
}

/** The use case's own refusals (who, which item) back on their fields. */
function errorsOf(error: AppError): FieldError[] {
  return error.message.split('; ').map((message) => ({
    field: message.includes('item') ? 'itemId' : message.includes('member') ? 'personId' : 'text',
    message: message.charAt(0).toUpperCase() + message.slice(1),
  }));
}

/**
 * Declarations of interest at a meeting (issue 17 item 2): `/workspace/meetings/:id/declarations`
 * lists what was declared, item by item, beside the members' standing registers and the register
 * entries that share words with an item (prompts for the clerk, never declarations); the clerk
 * records a declaration, or removes one written here. Plain forms, no script needed.
 */
export const declarationSection: WorkspaceSection = {
  name: 'declarations',
  meetingLinks: [
    {
      label: 'Declarations of interest',
      description: 'What members declared on each item, beside their registers of interests.',
      href: declarationsPath,
    },
  ],
  register(w, deps: WorkspaceDeps) {
    const today = () => londonDateOf(deps.now().toISOString());
    const page = async (c: C, status: 200 | 400, values: DeclarationValues, errors: FieldError[] = []) => {
      const view = await readMeetingDeclarations(deps.store, c.get('account'), c.req.param('id')!, today());
      c.status(status);
      return c.render(
        <DeclarationsPage
          view={view}
          csrfToken={c.get('csrfToken')}
          values={values}
          errors={errors}
          done={status === 200 ? (c.req.query('done') ?? null) : null}
        />,
      );
    };

    w.use('/workspace/meetings/:id/declarations', clerksOnly);
    w.use('/workspace/meetings/:id/declarations/*', clerksOnly);

    // A prompt's link fills in the member and the item.
    w.get('/workspace/meetings/:id/declarations', (c) =>
      page(c, 200, { ...EMPTY_DECLARATION, personId: c.req.query('person') ?? '', itemId: c.req.query('item') ?? '' }),
    );

    w.post('/workspace/meetings/:id/declarations', async (c) => {
      const values = valuesOf(await readForm(c));
      const parsed = DeclarationInputSchema.safeParse(values);
      let errors: FieldError[] = parsed.success ? [] : fieldErrors(parsed.error);
      if (errors.length === 0) {
        try {
          await recordDeclaration(deps.store, c.get('account'), c.req.param('id'), values, deps.now().toISOString());
          return c.redirect(`${declarationsPath(c.req.param('id'))}?done=added#declarations`, 303);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'INPUT_INVALID') throw error;
          errors = errorsOf(error);
        }
      }
      return page(c, 400, values, errors);
    });

    w.post('/workspace/meetings/:id/declarations/:declarationId/remove', async (c) => {
      await removeDeclaration(
        deps.store,
        c.get('account'),
        c.req.param('id'),
        c.req.param('declarationId'),
        deps.now().toISOString(),
      );
      return c.redirect(`${declarationsPath(c.req.param('id'))}?done=removed#declarations`, 303);
    });
  },
};
