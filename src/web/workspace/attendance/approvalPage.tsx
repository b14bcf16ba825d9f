import { DateInputField } from '../../pages/dateInputField.js';
import type { DatePart, DateParts } from '../../pages/dateInput.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { CsrfField, TextArea, type FieldError } from '../forms/formFields.js';

export interface ApprovalForm {
  readonly approvedOn: DateParts;
  readonly until: DateParts;
  readonly reason: string;
}

export interface ApprovalErrors {
  readonly dates: readonly { field: 'approvedOn' | 'until'; message: string; parts: readonly DatePart[] }[];
  readonly fields: readonly FieldError[];
}

export function ApprovalPage(props: {
  personId: string;
  name: string;
  csrfToken: string;
  form: ApprovalForm;
  errors?: ApprovalErrors;
}): Html {
  const { dates = [], fields = [] } = props.errors ?? {};
  const summary = [
    ...dates.map((e) => ({ target: `${e.field}-${e.parts[0] ?? 'day'}`, message: e.message })),
    ...fields.map((e) => ({ target: e.field, message: e.message })),
  ];
  const dateError = (field: 'approvedOn' | 'until') => dates.find((e) => e.field === field) ?? null;
  return (
    <Layout title={`${summary.length ? 'Error: ' : ''}Record an approved absence`}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {summary.length ? <ErrorSummary errors={summary} /> : null}
          <span class="govuk-caption-l">{props.name}</span>
          <h1 class="govuk-heading-xl">Record an approved absence</h1>
          <p class="govuk-body">
            Record the council's approval of the reason {props.name} has not attended, as minuted. An approval counts
            only when it was given within six months of their last attendance.
          </p>
          <form
            method="post"
            action={`/workspace/attendance/${encodeURIComponent(props.personId)}/approval`}
            novalidate
          >
            <CsrfField token={props.csrfToken} />
            <DateInputField
              name="approvedOn"
              legend="Date the council approved it"
              hint="The date of the meeting that approved it, for example 27 3 2026"
              value={props.form.approvedOn}
              error={dateError('approvedOn')}
            />
            <TextArea
              id="reason"
              label="Reason approved"
              hint="As the minutes record it, for example ill health"
              value={props.form.reason}
              rows={3}
              error={fields.find((f) => f.field === 'reason')}
            />
            <DateInputField
              name="until"
              legend="Approved until (optional)"
              hint="Leave empty if the approval lasts until they next attend"
              value={props.form.until}
              error={dateError('until')}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Record approval
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
