import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import { formatTime } from '../../domain/calendar/timeInWords.js';
import type { MeetingNotice } from '../../domain/schedule/meetingNotices.js';
import type { Html } from './html.js';

function noticeText(notice: MeetingNotice): string {
  if (notice.kind === 'cancelled') return notice.reason ? `Cancelled: ${notice.reason}` : 'This meeting is cancelled';
  return `Moved from ${formatLongDate(notice.fromDate)}${notice.fromTime ? `, ${formatTime(notice.fromTime)}` : ''}`;
}

/**
 * GOV.UK's "Important" notification banner, above the meeting's heading: a cancellation and its
 * reason, and each move with the date the meeting had, so whoever noted that date learns of it.
 */
export function MeetingNoticeBanner({ notices }: { notices: readonly MeetingNotice[] }): Html {
  if (notices.length === 0) return <></>;
  return (
    <div
      class="govuk-notification-banner"
      role="region"
      aria-labelledby="meeting-notice-title"
      data-module="govuk-notification-banner"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="meeting-notice-title">
          Important
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        {notices.map((n) => (
          <p class="govuk-notification-banner__heading">{noticeText(n)}</p>
        ))}
      </div>
    </div>
  );
}

/** A stream address becomes a link only when it is https (the clerk's form accepts nothing else; imports may). */
export function StreamLink({ url }: { url: string }): Html {
  return /^https:\/\/[^\s]+$/i.test(url) ? (
    <a class="govuk-link" href={url} rel="noopener noreferrer">
      Watch the meeting online<span class="govuk-visually-hidden"> (stream)</span>
    </a>
  ) : (
    <>{url}</>
  );
}
