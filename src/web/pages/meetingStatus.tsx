import type { Html } from './html.js';

const STATUS: Readonly<Record<string, { label: string; colour: string }>> = {
  scheduled: { label: 'Scheduled', colour: 'govuk-tag--blue' },
  agenda_published: { label: 'Agenda published', colour: 'govuk-tag--light-blue' },
  held: { label: 'Held', colour: 'govuk-tag--grey' },
  minutes_draft: { label: 'Draft minutes', colour: 'govuk-tag--yellow' },
  minutes_confirmed: { label: 'Minutes confirmed', colour: 'govuk-tag--green' },
  cancelled: { label: 'Cancelled', colour: 'govuk-tag--red' },
};

export function meetingStatusLabel(status: string): string {
  return STATUS[status]?.label ?? status;
}

/** A meeting's workflow status as a GOV.UK tag; colour is never the only signal, the words are there. */
export function MeetingStatusTag({ status }: { status: string }): Html {
  return (
    <strong class={`govuk-tag ${STATUS[status]?.colour ?? 'govuk-tag--grey'}`}>{meetingStatusLabel(status)}</strong>
  );
}
