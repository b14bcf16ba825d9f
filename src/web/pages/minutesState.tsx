import { formatDate } from '../../domain/calendar/dateInWords.js';
import { DRAFT_MINUTES_LABEL } from '../../domain/minutes/minutesStatus.js';
import type { PublicMinutesState } from '../../store/public/publicMinutes.js';
import type { Html } from './html.js';

/** Draft minutes say so; confirmed ones say which meeting confirmed them. Imported minutes say nothing more. */
export function MinutesStateNote({ minutes, hasMinutes }: { minutes: PublicMinutesState; hasMinutes: boolean }): Html {
  if (!hasMinutes) return <></>;
  if (minutes.status === 'draft')
    return (
      <div class="govuk-warning-text">
        <span class="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong class="govuk-warning-text__text">
          <span class="govuk-visually-hidden">Warning</span>
          {DRAFT_MINUTES_LABEL}. They may change before the body’s next meeting confirms them.
        </strong>
      </div>
    );
  return minutes.confirmedBy ? (
    <p class="govuk-body">{`Minutes confirmed as a correct record at the meeting of ${formatDate(minutes.confirmedBy.date)}.`}</p>
  ) : (
    <></>
  );
}

/** Corrections agreed after the minutes were confirmed, shown with them. */
export function MinuteAmendments({
  minutes,
  headingLevel,
  itemTitles,
}: {
  minutes: PublicMinutesState;
  headingLevel: 2 | 3;
  itemTitles?: ReadonlyMap<string, string>;
}): Html {
  if (minutes.amendments.length === 0) return <></>;
  const heading = 'Amendments to the minutes';
  return (
    <>
      {headingLevel === 2 ? <h2 class="govuk-heading-l">{heading}</h2> : <h3 class="govuk-heading-m">{heading}</h3>}
      <ul class="govuk-list govuk-list--spaced">
        {minutes.amendments.map((a) => (
          <li>
            {a.itemId && itemTitles?.get(a.itemId) ? <strong>{`${itemTitles.get(a.itemId)}: `}</strong> : ''}
            {a.text}
            <br />
            <span class="govuk-body-s">
              {`Reason: ${a.reason}. Agreed at the meeting of ${a.agreedAt ? formatDate(a.agreedAt.date) : 'a later meeting'}.`}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
