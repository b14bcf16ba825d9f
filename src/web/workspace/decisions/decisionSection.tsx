import {
  DecisionNoticeInvalid,
  latestDecisionNotices,
  publishDecisionNotice,
} from '../../../app/decisions/publishDecisionNotice.js';
import { decisionMeeting, type DecisionMeeting } from '../../../app/decisions/decisionMeeting.js';
import { mayClerk } from '../../../domain/account.js';
import type { Body } from '../../../domain/body.js';
import { makerKindOfBody } from '../../../domain/decisions/makerKindOfBody.js';
import { datePartsFrom, EMPTY_DATE, readDateParts } from '../../pages/dateInput.js';
import { readForm } from '../forms/formBody.js';
import type { FieldError } from '../forms/formFields.js';
import type { WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { DecisionFormPage, type DateError, type DecisionFormValues } from './decisionForm.js';
import { DecisionListPage, DecisionPublishedPage } from './decisionPages.js';

const BLANK: DecisionFormValues = {
  title: '',
  decision: '',
  makerKind: '',
  decisionMaker: '',
  bodySlug: '',
  meetingId: '',
  itemId: '',
  isKey: 'no',
  reasons: '',
  alternatives: '',
  callIn: 'subject_to_call_in',
  urgencyReason: '',
  decidedOn: EMPTY_DATE,
  publishedOn: EMPTY_DATE,
};

function valuesOf(form: Record<string, string>): DecisionFormValues {
  const text = (k: keyof DecisionFormValues): string => form[k] ?? '';
  return {
    title: text('title'),
    decision: text('decision'),
    makerKind: text('makerKind'),
    decisionMaker: text('decisionMaker'),
    bodySlug: text('bodySlug'),
    meetingId: text('meetingId'),
    itemId: text('itemId'),
    isKey: form.isKey === 'yes' ? 'yes' : 'no',
    reasons: text('reasons'),
    alternatives: text('alternatives'),
    callIn: text('callIn'),
    urgencyReason: text('urgencyReason'),
    decidedOn: datePartsFrom(form, 'decidedOn'),
    publishedOn: datePartsFrom(form, 'publishedOn'),
  };
}

/** A notice opened from a meeting's page starts with that meeting's body, the kind of maker it is, and its date. */
function valuesFromMeeting({ meeting }: DecisionMeeting, bodies: readonly Body[]): DecisionFormValues {
  const [year = '', month = '', day = ''] = meeting.date.split('-');
  const body = bodies.find((b) => b.id === meeting.bodyId);
  return {
    ...BLANK,
    decisionMaker: meeting.bodyName,
    makerKind: (body && makerKindOfBody(body.kind)) ?? '',
    bodySlug: body?.slug ?? '',
    meetingId: meeting.id,
    decidedOn: { day: String(Number(day)), month: String(Number(month)), year },
  };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Decision notices: clerks publish them with their call-in dates computed; the public reads them at /decisions. */
export const decisionSection: WorkspaceSection = {
  name: 'decisions',
  homeLinks: [
    {
      href: '/workspace/decisions',
      label: 'Decision notices',
      description: 'Publish decisions with their reasons and call-in period.',
      roles: ['admin', 'clerk'],
    },
  ],
  meetingLinks: [
    {
      label: 'Decision notices',
      description: 'Publish a decision taken at this meeting, naming the item it was taken on.',
      href: (id) => `/workspace/decisions/new?meeting=${encodeURIComponent(id)}`,
    },
  ],
  register(w, deps) {
    w.use('/workspace/decisions', clerksOnly);
    w.use('/workspace/decisions/*', clerksOnly);
    const bodiesFor = async (account: Parameters<typeof mayClerk>[0]): Promise<Body[]> =>
      (await deps.store.public.bodies.list()).filter((b) => mayClerk(account, b.id));

    w.get('/workspace/decisions', async (c) =>
      c.render(<DecisionListPage notices={await latestDecisionNotices(deps.store, c.get('account'))} />),
    );

    const meetingOf = async (account: Parameters<typeof mayClerk>[0], id: string): Promise<DecisionMeeting | null> =>
      id ? decisionMeeting(deps.store, account, id) : null;

    w.get('/workspace/decisions/new', async (c) => {
      const account = c.get('account');
      const bodies = await bodiesFor(account);
      const meeting = await meetingOf(account, c.req.query('meeting') ?? '');
      return c.render(
        <DecisionFormPage
          csrfToken={c.get('csrfToken')}
          bodies={bodies}
          meeting={meeting}
          values={meeting ? valuesFromMeeting(meeting, bodies) : BLANK}
        />,
      );
    });

    w.post('/workspace/decisions', async (c) => {
      const values = valuesOf(await readForm(c));
      const dateErrors: DateError[] = [];
      const dates: Record<'decidedOn' | 'publishedOn', string> = { decidedOn: '', publishedOn: '' };
      for (const [field, label] of [
        ['decidedOn', 'Date of the decision'],
        ['publishedOn', 'Date of publication'],
      ] as const) {
        const reading = readDateParts(values[field], label);
        if (!reading.ok) dateErrors.push({ field, ...reading.problem });
        else if (!reading.iso) dateErrors.push({ field, message: `Enter the ${label.toLowerCase()}`, parts: ['day'] });
        else dates[field] = reading.iso;
      }
      let errors: FieldError[] = [];
      try {
        if (dateErrors.length === 0) {
          const notice = await publishDecisionNotice(
            deps.store,
            c.get('account'),
            { ...values, isKey: values.isKey === 'yes', ...dates },
            deps.now().toISOString(),
          );
          return c.render(<DecisionPublishedPage notice={notice} />);
        }
      } catch (error) {
        if (!(error instanceof DecisionNoticeInvalid)) throw error;
        errors = error.fields
          .filter((f) => f.field !== 'decidedOn' && f.field !== 'publishedOn')
          .map((f) => ({ field: f.field, message: capital(f.message) }));
        for (const f of error.fields.filter((f) => f.field === 'decidedOn' || f.field === 'publishedOn'))
          dateErrors.push({ field: f.field as DateError['field'], message: capital(f.message), parts: ['day'] });
      }
      c.status(400);
      return c.render(
        <DecisionFormPage
          csrfToken={c.get('csrfToken')}
          bodies={await bodiesFor(c.get('account'))}
          meeting={await meetingOf(c.get('account'), values.meetingId)}
          values={values}
          errors={errors}
          dateErrors={dateErrors}
        />,
      );
    });
  },
};
