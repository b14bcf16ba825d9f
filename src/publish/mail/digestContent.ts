import { formatDate } from '../../domain/calendar/dateInWords.js';
import type { ActionToFollow, FollowUps, ResponseToFollow } from '../../domain/digest/followUp.js';
import { DUE_SOON_DAYS } from '../../domain/digest/followUp.js';
import { actionFollowUpPath, responseFollowUpPath } from '../../domain/digest/followUpPaths.js';

/** What one line of the digest says, the same in the plain text and the HTML. */
export interface DigestLine {
  /** The recommendation or action, or a note that its words stay out of mail (exempt item). */
  readonly what: string;
  /** Where it came from and when it was due, in words. */
  readonly detail: string;
  /** Absolute URL of the page where the clerk deals with it. */
  readonly url: string;
}

export interface DigestSection {
  readonly heading: string;
  readonly lines: readonly DigestLine[];
}

/** The digest as words, before it becomes text or HTML. */
export interface DigestContent {
  readonly subject: string;
  readonly intro: string;
  readonly sections: readonly DigestSection[];
  readonly footer: string;
}

const WITHHELD = 'On an exempt item: the words are not sent by email; open the link to read them.';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function from(place: {
  bodyName: string | null;
  meetingDate: string | null;
  itemTitle: string | null;
  isExempt: boolean;
}): string {
  if (!place.bodyName || !place.meetingDate) return 'its resolution is no longer on record';
  const item = place.itemTitle && !place.isExempt ? `, “${place.itemTitle}”` : '';
  return `${place.bodyName}, ${formatDate(place.meetingDate)}${item}`;
}

function responseLine(r: ResponseToFollow, baseUrl: string, when: string): DigestLine {
  const to = r.decisionMaker ? `to ${r.decisionMaker}; ` : '';
  return {
    what: r.isExempt ? WITHHELD : r.text,
    detail: `${to}response ${when} ${formatDate(r.responseDueOn)}; ${from(r)}`,
    url: `${baseUrl}${responseFollowUpPath(r)}`,
  };
}

function actionLine(a: ActionToFollow, baseUrl: string): DigestLine {
  return {
    what: a.isExempt ? WITHHELD : a.description,
    detail: `${a.owner}; due ${formatDate(a.dueOn)}; ${from(a)}`,
    url: `${baseUrl}${actionFollowUpPath(a)}`,
  };
}

/**
 * The words of one clerk's weekly digest. Text from the record (a recommendation imported from
 * someone else's minutes) is carried as it is: the HTML renderer escapes it.
 */
export function digestContent(f: FollowUps, councilName: string, baseUrl: string): DigestContent {
  const counts = [
    f.overdueResponses.length ? plural(f.overdueResponses.length, 'overdue response', 'overdue responses') : null,
    f.responsesDueSoon.length ? `${plural(f.responsesDueSoon.length, 'response', 'responses')} due soon` : null,
    f.overdueActions.length ? plural(f.overdueActions.length, 'overdue action', 'overdue actions') : null,
  ].filter((c): c is string => c !== null);
  const sections: DigestSection[] = [
    {
      heading: 'Responses overdue',
      lines: f.overdueResponses.map((r) => responseLine(r, baseUrl, 'was due')),
    },
    {
      heading: `Responses due in the next ${DUE_SOON_DAYS} days`,
      lines: f.responsesDueSoon.map((r) => responseLine(r, baseUrl, 'due')),
    },
    { heading: 'Actions overdue', lines: f.overdueActions.map((a) => actionLine(a, baseUrl)) },
  ];
  return {
    subject: `${councilName}: ${counts.join(', ')}`,
    intro: `What to chase as of ${formatDate(f.today)}, for the committees you clerk.`,
    sections: sections.filter((s) => s.lines.length > 0),
    footer: `Sent weekly by Quorum (${baseUrl}/workspace). Your workspace lists the same at ${baseUrl}/workspace.`,
  };
}
