import type { DecisionNotice } from '../../../domain/decisions/decisionNotice.js';
import { DateInputField } from '../../pages/dateInputField.js';
import type { DateParts } from '../../pages/dateInput.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { CsrfField, errorFor, SelectField, TextArea, TextInput, type FieldError } from '../forms/formFields.js';
import { summaryOf, type DateError } from '../forms/formDates.js';
import { EXEMPT_OPTIONS, LATE_NOTICE_OPTIONS, STATUS_OPTIONS } from './forwardPlanLabels.js';

/** The form as typed: kept whole when it is refused. */
export interface ForwardPlanFormValues {
  readonly title: string;
  readonly summary: string;
  readonly decisionMaker: string;
  readonly expectedOn: DateParts;
  readonly isKey: string;
  readonly noticePublishedOn: DateParts;
  readonly exemptParagraph: string;
  readonly documents: string;
  readonly lateNotice: string;
  readonly lateReasons: string;
  readonly scrutinyChairOn: DateParts;
  readonly status: string;
  readonly decisionNoticeId: string;
}

export const DATE_FIELDS = [
  { field: 'expectedOn', label: 'Expected date of the decision', required: true },
  { field: 'noticePublishedOn', label: 'Date the notice was published', required: false },
  { field: 'scrutinyChairOn', label: "Date of the scrutiny chair's notice or agreement", required: false },
] as const;

const CRUMBS = [
  { href: '/workspace', text: 'Workspace' },
  { href: '/workspace/forward-plan', text: 'Forward plan' },
];

export interface ForwardPlanFormProps {
  readonly csrfToken: string;
  readonly values: ForwardPlanFormValues;
  readonly errors?: readonly FieldError[];
  readonly dateErrors?: readonly DateError[];
  /** For a change: the entry, the version the clerk saw, and notices to link it to. */
  readonly change?: { readonly id: string; readonly version: number; readonly notices: readonly DecisionNotice[] };
  readonly conflict?: string | null;
  /** What follows the form on a change page: warnings, the work programme. */
  readonly children?: Html;
}

export function ForwardPlanFormPage(props: ForwardPlanFormProps): Html {
  const errors = props.errors ?? [];
  const dateErrors = props.dateErrors ?? [];
  const v = props.values;
  const summary = [
    ...(props.conflict ? [{ target: 'title', message: props.conflict }] : []),
    ...summaryOf(errors, dateErrors),
  ];
  const dateError = (field: string) => dateErrors.find((e) => e.field === field) ?? null;
  const heading = props.change ? 'Change a forward plan entry' : 'Add to the forward plan';
  return (
    <Layout title={heading} error={summary.length > 0} breadcrumbs={CRUMBS}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {summary.length ? <ErrorSummary errors={summary} /> : null}
          <h1 class="govuk-heading-xl">{heading}</h1>
          <form
            method="post"
            action={
              props.change
                ? `/workspace/forward-plan/${encodeURIComponent(props.change.id)}`
                : '/workspace/forward-plan'
            }
            novalidate
          >
            <CsrfField token={props.csrfToken} />
            {props.change ? <input type="hidden" name="version" value={String(props.change.version)} /> : null}
            <TextInput id="title" label="Title" value={v.title} error={errorFor(errors, 'title')} />
            <TextArea
              id="summary"
              label="What is to be decided"
              hint="The matter, as the notice states it"
              value={v.summary}
              error={errorFor(errors, 'summary')}
            />
            <TextInput
              id="decisionMaker"
              label="Decision maker"
              hint="For example, Cabinet or Portfolio Holder for Housing"
              value={v.decisionMaker}
              error={errorFor(errors, 'decisionMaker')}
            />
            <DateInputField
              name="expectedOn"
              legend="Expected date of the decision"
              hint="For example, 2 4 2026"
              value={v.expectedOn}
              error={dateError('expectedOn')}
            />
            <SelectField
              id="isKey"
              label="Key decision"
              hint="Significant spending or savings, or a significant effect on two or more wards"
              value={v.isKey}
              options={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ]}
            />
            <DateInputField
              name="noticePublishedOn"
              legend="Date the notice was published (optional)"
              hint="Leave empty while the entry is a draft: the public sees it from this date. 28 clear days are needed before the decision"
              value={v.noticePublishedOn}
              error={dateError('noticePublishedOn')}
            />
            <SelectField
              id="exemptParagraph"
              label="Exempt documents"
              hint="If some documents will not be published, the paragraph of Schedule 12A that applies"
              value={v.exemptParagraph}
              options={EXEMPT_OPTIONS}
              error={errorFor(errors, 'exemptParagraph')}
            />
            <TextArea
              id="documents"
              label="Documents to be submitted (optional)"
              hint="One a line"
              rows={3}
              value={v.documents}
              error={errorFor(errors, 'documents')}
            />
            <SelectField
              id="lateNotice"
              label="Late notice"
              hint="With fewer than 28 clear days' notice a key decision needs a general exception or special urgency"
              value={v.lateNotice}
              options={LATE_NOTICE_OPTIONS}
              error={errorFor(errors, 'lateNotice')}
            />
            <TextArea
              id="lateReasons"
              label="Why the decision cannot wait (late notices only)"
              rows={3}
              value={v.lateReasons}
              error={errorFor(errors, 'lateReasons')}
            />
            <DateInputField
              name="scrutinyChairOn"
              legend="Chair of scrutiny told or agreed (late notices only)"
              hint="General exception: when the chair was told in writing. Special urgency: when the chair agreed"
              value={v.scrutinyChairOn}
              error={dateError('scrutinyChairOn')}
            />
            <SelectField
              id="status"
              label="Status"
              value={v.status}
              options={STATUS_OPTIONS}
              error={errorFor(errors, 'status')}
            />
            {props.change ? (
              <SelectField
                id="decisionNoticeId"
                label="Decision notice (once decided)"
                value={v.decisionNoticeId}
                options={[
                  { value: '', label: 'None yet' },
                  ...props.change.notices.map((n) => ({ value: n.id, label: `${n.title} (${n.publishedOn})` })),
                ]}
                error={errorFor(errors, 'decisionNoticeId')}
              />
            ) : null}
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {props.change ? 'Save changes' : 'Add to the forward plan'}
            </button>
          </form>
          {props.children}
        </div>
      </div>
    </Layout>
  );
}
