import type { Context } from 'hono';
import { amendMinutes, confirmPreviousMinutes } from '../../../app/minutes/confirmMinutes.js';
import { moveInMinutes } from '../../../app/minutes/moveInMinutes.js';
import { numberMinutes } from '../../../app/minutes/numberMinutes.js';
import { readItemMinutes, readMeetingMinutes } from '../../../app/minutes/readMinutes.js';
import { recordMotion, removeMotion } from '../../../app/minutes/recordMotion.js';
import { saveItemMinutes } from '../../../app/minutes/saveItemMinutes.js';
import { AppError } from '../../../domain/errors.js';
import { writtenRecord } from '../../../domain/minutes/writtenRecord.js';
import { readForm } from '../forms/formBody.js';
import type { FieldError } from '../forms/formFields.js';
import type { WorkspaceEnv, WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import {
  ItemMinutesPage,
  MinutesListPage,
  minutesPath,
  type AmendmentValues,
  type MotionValues,
} from './minutesPages.js';

type C = Context<WorkspaceEnv>;

const MINUTES = '/workspace/meetings/:id/minutes';

function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`;
}

/** zod's messages (joined by "; " in the use case) back on the fields they are about. */
function fieldErrorsOf(error: AppError, fields: Readonly<Record<string, string>>, fallback: string): FieldError[] {
  const seen = new Set<string>();
  return error.message
    .split('; ')
    .map((message) => ({
      field: Object.entries(fields).find(([words]) => message.includes(words))?.[1] ?? fallback,
      message: sentence(message).replace(/\.$/, ''),
    }))
    .filter((e) => !seen.has(e.field) && seen.add(e.field));
}

const MOTION_FIELDS: Readonly<Record<string, string>> = {
  'motion or an amendment': 'kind',
  'words of the motion': 'text',
  'motion must be': 'text',
  'who moved': 'moverId',
  seconder: 'seconderId',
  'who seconded': 'seconderId',
  'rule that decides': 'rule',
  seats: 'membership',
  'how the meeting decided': 'mode',
  'votes for, against': 'for',
  'number of votes': 'for',
  "each member's vote": 'votes',
  'carried or lost': 'assentOutcome',
  'members of the body': 'moverId',
};

const AMENDMENT_FIELDS: Readonly<Record<string, string>> = {
  'the correction': 'text',
  'why the minutes': 'reason',
  'reason must': 'reason',
  meeting: 'agreedAtMeetingId',
};

/** The motion form's fields as the use case's input: a recorded vote from each member's select. */
function motionInput(form: Record<string, string>): unknown {
  const number = (k: string): string => (form[k] ?? '').trim();
  const mode = form.mode ?? '';
  return {
    kind: form.kind ?? '',
    text: form.text ?? '',
    moverId: form.moverId ?? '',
    seconderId: form.seconderId ?? '',
    rule: form.rule ?? '',
    membership: number('membership'),
    mode,
    tally:
      mode === 'tally'
        ? { for: number('for') || NaN, against: number('against') || '0', abstain: number('abstain') || '0' }
        : null,
    votes:
      mode === 'recorded'
        ? Object.entries(form)
            .filter(([k, v]) => k.startsWith('vote-') && v)
            .map(([k, v]) => ({ personId: k.slice('vote-'.length), choice: v }))
        : [],
    castingVote: form.castingVote ?? '',
    assentOutcome: mode === 'assent' ? (form.assentOutcome ?? '') : '',
  };
}

/** Minutes written per item (issue 17 items 3 and 5): draft at once, confirmed at the next meeting, then locked. */
export const minutesSection: WorkspaceSection = {
  name: 'minutes',
  meetingLinks: [
    {
      label: 'Minutes',
      description: 'Write each item’s minutes, motions and votes; confirm the last meeting’s; amend confirmed ones.',
      href: (meetingId) => minutesPath(meetingId),
    },
  ],
  register(w, deps) {
    w.use(MINUTES, clerksOnly);
    w.use(`${MINUTES}/*`, clerksOnly);
    const now = (): string => deps.now().toISOString();

    const listPage = async (
      c: C,
      status: 200 | 400 | 409,
      extra: { problem?: string; amendment?: AmendmentValues; errors?: FieldError[] } = {},
    ) => {
      const view = await readMeetingMinutes(deps.store, c.get('account'), c.req.param('id')!);
      c.status(status);
      return c.render(<MinutesListPage view={view} csrfToken={c.get('csrfToken')} {...extra} />);
    };

    const itemPage = async (
      c: C,
      status: 200 | 400 | 409,
      extra: {
        text?: string;
        version?: number;
        preview?: ReturnType<typeof writtenRecord> | null;
        problem?: string;
        errors?: FieldError[];
        motion?: MotionValues;
        motionErrors?: FieldError[];
      } = {},
    ) => {
      const view = await readItemMinutes(deps.store, c.get('account'), c.req.param('id')!, c.req.param('itemId')!);
      c.status(status);
      return c.render(
        <ItemMinutesPage
          view={view}
          csrfToken={c.get('csrfToken')}
          text={extra.text ?? view.item.minutesText ?? ''}
          version={extra.version ?? view.item.minutesVersion}
          preview={extra.preview ?? null}
          problem={extra.problem ?? null}
          errors={extra.errors}
          motion={extra.motion}
          motionErrors={extra.motionErrors}
        />,
      );
    };

    w.get(MINUTES, (c) => listPage(c, 200));

    w.post(`${MINUTES}/number`, async (c) => {
      try {
        await numberMinutes(deps.store, c.get('account'), c.req.param('id'), now());
      } catch (error) {
        if (error instanceof AppError && error.code === 'CONFLICT')
          return listPage(c, 409, { problem: sentence(error.message) });
        throw error;
      }
      return c.redirect(minutesPath(c.req.param('id')), 303);
    });

    w.post(`${MINUTES}/confirm-previous`, async (c) => {
      try {
        await confirmPreviousMinutes(deps.store, c.get('account'), { meetingId: c.req.param('id') }, now());
      } catch (error) {
        if (error instanceof AppError && error.code === 'CONFLICT')
          return listPage(c, 409, { problem: sentence(error.message) });
        throw error;
      }
      return c.redirect(minutesPath(c.req.param('id')), 303);
    });

    w.post(`${MINUTES}/amendments`, async (c) => {
      const form = await readForm(c);
      const amendment: AmendmentValues = {
        itemId: form.itemId ?? '',
        text: form.text ?? '',
        reason: form.reason ?? '',
        agreedAtMeetingId: form.agreedAtMeetingId ?? '',
      };
      try {
        await amendMinutes(deps.store, c.get('account'), c.req.param('id'), amendment, now());
      } catch (error) {
        if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
        if (error.code === 'CONFLICT') return listPage(c, 409, { problem: sentence(error.message), amendment });
        return listPage(c, 400, { amendment, errors: fieldErrorsOf(error, AMENDMENT_FIELDS, 'text') });
      }
      return c.redirect(minutesPath(c.req.param('id')), 303);
    });

    w.post(`${MINUTES}/:itemId/move`, async (c) => {
      const form = await readForm(c);
      try {
        await moveInMinutes(
          deps.store,
          c.get('account'),
          { meetingId: c.req.param('id'), itemId: c.req.param('itemId'), direction: form.direction ?? '' },
          now(),
        );
      } catch (error) {
        if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
        return listPage(c, error.code === 'CONFLICT' ? 409 : 400, { problem: sentence(error.message) });
      }
      return c.redirect(minutesPath(c.req.param('id')), 303);
    });

    w.get(`${MINUTES}/:itemId`, (c) => itemPage(c, 200));

    w.post(`${MINUTES}/:itemId`, async (c) => {
      const form = await readForm(c);
      const text = form.minutes ?? '';
      const version = Number(form.version);
      const preview = writtenRecord(c.req.param('itemId'), text);
      const lineErrors = preview.problems.map((p) => ({ field: 'minutes', message: `Line ${p.line}: ${p.message}` }));
      if (form.intent === 'preview')
        return itemPage(c, lineErrors.length ? 400 : 200, { text, version, preview, errors: lineErrors.slice(0, 1) });
      try {
        await saveItemMinutes(
          deps.store,
          c.get('account'),
          {
            meetingId: c.req.param('id'),
            itemId: c.req.param('itemId'),
            version: Number.isInteger(version) ? version : -1,
            text,
          },
          now(),
        );
      } catch (error) {
        if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
        // Whatever the problem, the clerk's text comes back as typed; after a conflict the form carries the
        // current version.
        if (error.code === 'CONFLICT') return itemPage(c, 409, { text, preview, problem: sentence(error.message) });
        return itemPage(c, 400, {
          text,
          version,
          preview,
          errors: [{ field: 'minutes', message: sentence(error.message).replace(/\.$/, '') }],
        });
      }
      return c.redirect(minutesPath(c.req.param('id'), c.req.param('itemId')), 303);
    });

    w.post(`${MINUTES}/:itemId/motions`, async (c) => {
      const form = await readForm(c);
      const version = Number(form.version);
      try {
        await recordMotion(
          deps.store,
          c.get('account'),
          {
            meetingId: c.req.param('id'),
            itemId: c.req.param('itemId'),
            version: Number.isInteger(version) ? version : -1,
          },
          motionInput(form),
          now(),
        );
      } catch (error) {
        if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
        if (error.code === 'CONFLICT') return itemPage(c, 409, { motion: form, problem: sentence(error.message) });
        return itemPage(c, 400, { motion: form, motionErrors: fieldErrorsOf(error, MOTION_FIELDS, 'text') });
      }
      return c.redirect(minutesPath(c.req.param('id'), c.req.param('itemId')), 303);
    });

    w.post(`${MINUTES}/:itemId/motions/:resolutionId/remove`, async (c) => {
      const form = await readForm(c);
      const version = Number(form.version);
      try {
        await removeMotion(
          deps.store,
          c.get('account'),
          {
            meetingId: c.req.param('id'),
            itemId: c.req.param('itemId'),
            resolutionId: c.req.param('resolutionId'),
            version: Number.isInteger(version) ? version : -1,
          },
          now(),
        );
      } catch (error) {
        if (error instanceof AppError && error.code === 'CONFLICT')
          return itemPage(c, 409, { problem: sentence(error.message) });
        throw error;
      }
      return c.redirect(minutesPath(c.req.param('id'), c.req.param('itemId')), 303);
    });
  },
};
