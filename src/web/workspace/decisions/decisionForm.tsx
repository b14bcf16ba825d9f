import {
  CALL_IN_STATUSES,
  DECISION_MAKER_KINDS,
  type CallInStatus,
  type DecisionMakerKind,
} from '../../../domain/decisions/decisionNotice.js';
import type { DecisionMeeting } from '../../../app/decisions/decisionMeeting.js';
import type { Body } from '../../../domain/body.js';
import { formatLongDate } from '../../../domain/calendar/dateInWords.js';
import { DateInputField } from '../../pages/dateInputField.js';
import type { DatePart, DateParts } from '../../pages/dateInput.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { CsrfField, errorFor, SelectField, TextArea, TextInput, type FieldError } from '../forms/formFields.js';

export const MAKER_LABELS: Record<DecisionMakerKind, string> = {
  executive: 'The executive (cabinet)',
  executive_member: 'An executive member',
  committee: 'A committee',
  council: 'Full council',
  officer: 'An officer, under delegated powers',
};

export const CALL_IN_LABELS: Record<CallInStatus, string> = {
  subject_to_call_in: 'Subject to call-in',
  urgent: 'Urgent: not subject to call-in',
  not_subject: 'Not subject to call-in',
};

/** The form as typed: kept whole when it is refused. */
export interface DecisionFormValues {
  readonly title: string;
  readonly decision: string;
  readonly makerKind: string;
  readonly decisionMaker: string;
  readonly bodySlug: string;
  /** Set when the form was opened from a meeting's page: its items may be named. */
  readonly meetingId: string;
  readonly itemId: string;
  readonly isKey: string;
  readonly reasons: string;
  readonly alternatives: string;
  readonly callIn: string;
  readonly urgencyReason: string;
  readonly decidedOn: DateParts;
  readonly publishedOn: DateParts;
}

export interface DateError {
  readonly field: 'decidedOn' | 'publishedOn';
  readonly message: string;
  readonly parts: readonly DatePart[];
}

/** The item a notice was taken on, chosen from its meeting's; an exempt one says so, as its notice stays private. */
function ItemField(props: { meeting: DecisionMeeting; value: string; error: FieldError | undefined }): Html {
  const { meeting, items } = props.meeting;
  return (
    <>
      <input type="hidden" name="meetingId" value={meeting.id} />
      <SelectField
        id="itemId"
        label="Agenda item (optional)"
        hint={`The item of ${meeting.bodyName}, ${formatLongDate(meeting.date)} the decision was taken on. A notice of an exempt item is not published.`}
        value={props.value}
        options={[
          { value: '', label: 'None' },
          ...items.map((i) => ({
            value: i.id,
            label: `${i.agendaNumber ? `${i.agendaNumber}. ` : ''}${i.title}${i.isExempt ? ' (exempt)' : ''}`,
          })),
        ]}
        error={props.error}
      />
    </>
  );
}

export function DecisionFormPage(props: {
  csrfToken: string;
  bodies: readonly Body[];
  meeting?: DecisionMeeting | null;
  values: DecisionFormValues;
  errors?: readonly FieldError[];
  dateErrors?: readonly DateError[];
}): Html {
  const errors = props.errors ?? [];
  const dateErrors = props.dateErrors ?? [];
  const v = props.values;
  const summary = [
    ...errors.map((e) => ({ target: e.field, message: e.message })),
    ...dateErrors.map((e) => ({ target: `${e.field}-${e.parts[0] ?? 'day'}`, message: e.message })),
  ];
  const dateError = (field: DateError['field']) => dateErrors.find((e) => e.field === field) ?? null;
  return (
    <Layout title={`${summary.length ? 'Error: ' : ''}Publish a decision notice`}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {summary.length ? <ErrorSummary errors={summary} /> : null}
          <h1 class="govuk-heading-xl">Publish a decision notice</h1>
          <form method="post" action="/workspace/decisions" novalidate>
            <CsrfField token={props.csrfToken} />
            <TextInput id="title" label="Title" value={v.title} error={errorFor(errors, 'title')} />
            <TextArea
              id="decision"
              label="Decision"
              hint="What was decided, as it will be published"
              value={v.decision}
              error={errorFor(errors, 'decision')}
            />
            <SelectField
              id="makerKind"
              label="Who took the decision"
              value={v.makerKind}
              options={[
                { value: '', label: 'Choose' },
                ...DECISION_MAKER_KINDS.map((k) => ({ value: k, label: MAKER_LABELS[k] })),
              ]}
              error={errorFor(errors, 'makerKind')}
            />
            <TextInput
              id="decisionMaker"
              label="Decision maker"
              hint="As published, for example Cabinet, Portfolio Holder for Housing, Director of Place"
              value={v.decisionMaker}
              error={errorFor(errors, 'decisionMaker')}
            />
            <SelectField
              id="bodySlug"
              label="Body (optional)"
              hint="The body that took it, if any"
              value={v.bodySlug}
              options={[{ value: '', label: 'None' }, ...props.bodies.map((b) => ({ value: b.slug, label: b.name }))]}
              error={errorFor(errors, 'bodySlug')}
            />
            {props.meeting ? (
              <ItemField meeting={props.meeting} value={v.itemId} error={errorFor(errors, 'itemId')} />
            ) : null}
            <SelectField
              id="isKey"
              label="Key decision"
              hint="A key decision has significant spending or savings, or affects two or more wards"
              value={v.isKey}
              options={[
                { value: 'no', label: 'No' },
                { value: 'yes', label: 'Yes' },
              ]}
            />
            <TextArea
              id="reasons"
              label="Reasons for the decision"
              value={v.reasons}
              error={errorFor(errors, 'reasons')}
            />
            <TextArea
              id="alternatives"
              label="Alternatives considered and rejected (optional)"
              value={v.alternatives}
            />
            <SelectField
              id="callIn"
              label="Call-in"
              value={v.callIn}
              options={CALL_IN_STATUSES.map((k) => ({ value: k, label: CALL_IN_LABELS[k] }))}
              error={errorFor(errors, 'callIn')}
            />
            <TextArea
              id="urgencyReason"
              label="Why it could not wait (urgent decisions only)"
              value={v.urgencyReason}
              rows={3}
              error={errorFor(errors, 'urgencyReason')}
            />
            <DateInputField
              name="decidedOn"
              legend="Date of the decision"
              hint="For example, 27 3 2026"
              value={v.decidedOn}
              error={dateError('decidedOn')}
            />
            <DateInputField
              name="publishedOn"
              legend="Date of publication"
              hint="The call-in period runs five clear working days from this date"
              value={v.publishedOn}
              error={dateError('publishedOn')}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Publish decision notice
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
