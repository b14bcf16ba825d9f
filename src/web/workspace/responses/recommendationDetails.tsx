import type { RecommendationView, TrackerRow } from '../../../app/tracker/trackerBoard.js';
import { formatDate } from '../../../domain/calendar/dateInWords.js';
import { RAG_LABELS } from '../../../domain/tracker/rag.js';
import { RESPONSE_STATE_LABELS } from '../../../domain/tracker/trackerEntry.js';
import type { Html } from '../../pages/html.js';

/** The response's state as a tag: red when overdue, so it is seen first. */
export function ResponseTag({ row }: { row: Pick<TrackerRow, 'state' | 'overdue'> }): Html {
  const colour = row.overdue
    ? 'govuk-tag--red'
    : row.state === 'awaiting' || row.state === 'not_sent'
      ? 'govuk-tag--grey'
      : 'govuk-tag--green';
  return <strong class={`govuk-tag ${colour}`}>{RESPONSE_STATE_LABELS[row.state]}</strong>;
}

function Row({ label, children }: { label: string; children: Html | string | null }): Html {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children ?? 'Not recorded'}</dd>
    </div>
  );
}

/** What the recommendation is, where it was made, to whom it went and when its answer is due. */
export function RecommendationDetails({ view }: { view: RecommendationView }): Html {
  const e = view.entry;
  const dayOff =
    view.due?.dayOff === 'weekend'
      ? ' (a weekend: the two months run in calendar months, so the date is not moved)'
      : view.due?.dayOff === 'bank_holiday'
        ? ' (a bank holiday: the two months run in calendar months, so the date is not moved)'
        : '';
  return (
    <dl class="govuk-summary-list">
      <Row label="Reference">{e.reference}</Row>
      <Row label="Committee">{e.body.name}</Row>
      <Row label="Meeting">
        <a class="govuk-link" href={`/meetings/${encodeURIComponent(e.meeting.id)}`}>
          {formatDate(e.meeting.date)}
        </a>
      </Row>
      {/* A meeting's own resolution (prose minutes with no items) recommends under no item. */}
      <Row label="Item">{e.item?.title ?? 'None: resolved by the meeting, not under an item'}</Row>
      <Row label="Recommendation">{e.text}</Row>
      <Row label="Addressed to">
        {e.decisionMaker || e.addressee
          ? [e.decisionMaker, e.addressee ? `answered by ${e.addressee.email}` : null].filter(Boolean).join(', ')
          : null}
      </Row>
      <Row label="Sent">{e.sentOn ? formatDate(e.sentOn) : 'Not yet sent'}</Row>
      <Row label="Response due">
        {e.responseDueOn ? `${formatDate(e.responseDueOn)}${dayOff}` : 'Two months after it is sent'}
      </Row>
      <Row label="Response">
        <ResponseTag row={e} />
      </Row>
      <Row label="Progress (RAG)">{e.rag ? RAG_LABELS[e.rag] : 'Not rated'}</Row>
    </dl>
  );
}
