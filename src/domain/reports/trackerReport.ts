import { formatDate, formatLongDate } from '../calendar/dateInWords.js';
import type { IsoDate } from '../isoDateType.js';
import type { Acceptance, RecommendationStatus } from '../recommendation.js';
import { counted, heading, paragraph, type ReportBlock, type ReportDocument } from './reportDocument.js';

/** A response as the tracker shows it. */
export interface TrackerResponse {
  readonly respondedOn: IsoDate;
  readonly acceptance: Acceptance;
  readonly text: string;
  readonly implementation: string | null;
}

/** A recommendation as the reports read it from the record (public ones only: never an exempt item's). */
export interface TrackedRecommendationInput {
  readonly id: string;
  readonly text: string;
  readonly decisionMaker: string | null;
  readonly meetingId: string;
  readonly meetingDate: IsoDate;
  readonly itemId: string | null;
  /** The title of the item it was made under: the topic it is filed by. */
  readonly topic: string | null;
  readonly sentOn: IsoDate | null;
  readonly responseDueOn: IsoDate | null;
  readonly status: RecommendationStatus;
  /** Oldest first. */
  readonly responses: readonly TrackerResponse[];
  /**
   * The tracker's reference by municipal year (`2024/25-07`) and the committee's view of progress
   * (RAG or paused), null until given; both renderings show a column for each once any has one.
   */
  readonly reference: string | null;
  readonly progress: string | null;
}

/** Where a recommendation stands, as the hand-kept trackers group them. */
export const TRACKER_STATUSES = [
  'overdue',
  'awaiting_response',
  'accepted',
  'partly_accepted',
  'rejected',
  'implemented',
  'closed',
] as const;
export type TrackerStatus = (typeof TRACKER_STATUSES)[number];

export const TRACKER_STATUS_LABELS: Readonly<Record<TrackerStatus, string>> = {
  overdue: 'Response overdue',
  awaiting_response: 'Awaiting response',
  accepted: 'Accepted',
  partly_accepted: 'Partly accepted',
  rejected: 'Rejected',
  implemented: 'Implemented',
  closed: 'Closed',
};

const ACCEPTANCE_STATUS: Readonly<Record<Acceptance, TrackerStatus | null>> = {
  accepted: 'accepted',
  partially_accepted: 'partly_accepted',
  rejected: 'rejected',
  deferred: null,
};

export const ACCEPTANCE_LABELS: Readonly<Record<Acceptance, string>> = {
  accepted: 'Accepted',
  partially_accepted: 'Partly accepted',
  rejected: 'Rejected',
  deferred: 'Deferred',
};

/** The last response given on or before `asAt`: what the committee had seen by then. */
export function responseAsAt(rec: TrackedRecommendationInput, asAt: IsoDate): TrackerResponse | null {
  return rec.responses.filter((r) => r.respondedOn <= asAt).at(-1) ?? null;
}

/**
 * Where a recommendation stood on `asAt`. Implemented and closed are the clerk's own last word and
 * stand whatever was answered. Otherwise the last response by then decides (a deferral is no answer
 * yet); a recommendation whose answer was recorded only as its status (imported, no response text)
 * keeps that status; one still unanswered is overdue once its due date has passed (the two-month
 * duty, GLOSSARY), else awaiting its response.
 */
export function trackerStatusOf(rec: TrackedRecommendationInput, asAt: IsoDate): TrackerStatus {
  if (rec.status === 'implemented') return 'implemented';
  if (rec.status === 'closed') return 'closed';
  const response = responseAsAt(rec, asAt);
  const answered = response ? ACCEPTANCE_STATUS[response.acceptance] : null;
  if (answered) return answered;
  if (rec.responses.length === 0) {
    if (rec.status === 'accepted') return 'accepted';
    if (rec.status === 'partially_accepted') return 'partly_accepted';
    if (rec.status === 'rejected') return 'rejected';
  }
  return rec.responseDueOn !== null && rec.responseDueOn < asAt ? 'overdue' : 'awaiting_response';
}

export interface TrackerEntry {
  readonly recommendation: TrackedRecommendationInput;
  readonly status: TrackerStatus;
  readonly response: TrackerResponse | null;
}

export interface TrackerTopic {
  readonly topic: string;
  readonly entries: readonly TrackerEntry[];
}

export interface TrackerReportInput {
  readonly meeting: { readonly id: string; readonly date: IsoDate; readonly bodyName: string };
  readonly asAt: IsoDate;
  /** The body's public recommendations made at meetings before this one. */
  readonly recommendations: readonly TrackedRecommendationInput[];
}

export interface TrackerReport {
  readonly meeting: TrackerReportInput['meeting'];
  readonly asAt: IsoDate;
  readonly counts: readonly { readonly status: TrackerStatus; readonly count: number }[];
  readonly topics: readonly TrackerTopic[];
}

const NO_TOPIC = 'Other recommendations';

/** The date a report reads the record at: the meeting's own day, or today for a meeting still to come. */
export function trackerAsAt(meetingDate: IsoDate, today: IsoDate): IsoDate {
  return today < meetingDate ? today : meetingDate;
}

/**
 * The tracker for a meeting: recommendations grouped by topic (the item they were made under; the
 * same title at several meetings is one topic), topics in the order first raised, and within a topic
 * by status (overdue first, as needing the committee's attention) and then by date made.
 */
export function trackerReport(input: TrackerReportInput): TrackerReport {
  const topics = new Map<string, { topic: string; first: string; entries: TrackerEntry[] }>();
  const counts = new Map<TrackerStatus, number>(TRACKER_STATUSES.map((s) => [s, 0]));
  const ordered = [...input.recommendations].sort(
    (a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.id.localeCompare(b.id),
  );
  for (const rec of ordered) {
    const status = trackerStatusOf(rec, input.asAt);
    counts.set(status, counts.get(status)! + 1);
    const title = rec.topic?.replace(/\s+/g, ' ').trim() || NO_TOPIC;
    const key = title.toLowerCase();
    const topic = topics.get(key) ?? { topic: title, first: rec.meetingDate, entries: [] };
    topic.entries.push({ recommendation: rec, status, response: responseAsAt(rec, input.asAt) });
    topics.set(key, topic);
  }
  const rank = (s: TrackerStatus): number => TRACKER_STATUSES.indexOf(s);
  return {
    meeting: input.meeting,
    asAt: input.asAt,
    counts: TRACKER_STATUSES.map((status) => ({ status, count: counts.get(status)! })),
    topics: [...topics.values()]
      .sort((a, b) => Number(a.topic === NO_TOPIC) - Number(b.topic === NO_TOPIC) || a.first.localeCompare(b.first))
      .map(({ topic, entries }) => ({
        topic,
        entries: [...entries].sort(
          (a, b) =>
            rank(a.status) - rank(b.status) ||
            a.recommendation.meetingDate.localeCompare(b.recommendation.meetingDate) ||
            a.recommendation.id.localeCompare(b.recommendation.id),
        ),
      })),
  };
}

/** "Accepted on 3 May 2024: the text. Implementation: …", or that none is recorded. */
export function responseInWords(response: TrackerResponse | null): string {
  if (!response) return 'None recorded';
  const said = `${ACCEPTANCE_LABELS[response.acceptance]} on ${formatDate(response.respondedOn)}: ${response.text}`;
  return response.implementation ? `${said} Implementation: ${response.implementation}` : said;
}

/** The tracker as a report both renderers draw. */
export function trackerReportDocument(report: TrackerReport): ReportDocument {
  const total = report.counts.reduce((n, c) => n + c.count, 0);
  const entries = report.topics.flatMap((t) => t.entries);
  const withReference = entries.some((e) => e.recommendation.reference !== null);
  const withProgress = entries.some((e) => e.recommendation.progress !== null);
  const blocks: ReportBlock[] = [
    paragraph(
      `For the meeting on ${formatLongDate(report.meeting.date)}: the recommendations the committee made at earlier meetings and the decision makers' responses, as recorded on ${formatDate(report.asAt)}.`,
    ),
  ];
  if (total === 0) {
    blocks.push(paragraph('No recommendations of the committee from earlier meetings are recorded.'));
  } else {
    blocks.push(
      heading('Summary'),
      paragraph(`${counted(total, 'recommendation')} in ${counted(report.topics.length, 'topic')}.`),
      {
        kind: 'table',
        caption: 'Recommendations by status',
        head: ['Status', 'Recommendations'],
        numeric: [false, true],
        rows: [
          ...report.counts.map((c) => [TRACKER_STATUS_LABELS[c.status], String(c.count)]),
          ['Total', String(total)],
        ],
        empty: '',
      },
    );
  }
  for (const topic of report.topics) {
    blocks.push(heading(topic.topic), {
      kind: 'table',
      caption: `Recommendations on ${topic.topic}`,
      head: [
        ...(withReference ? ['Reference'] : []),
        'Made on',
        'Recommendation',
        'To',
        'Response due',
        'Status',
        ...(withProgress ? ['Progress'] : []),
        'Response',
      ],
      rows: topic.entries.map(({ recommendation: r, status, response }) => [
        ...(withReference ? [r.reference ?? ''] : []),
        formatDate(r.meetingDate),
        r.text,
        r.decisionMaker ?? 'Not recorded',
        r.responseDueOn ? formatDate(r.responseDueOn) : 'Not set',
        TRACKER_STATUS_LABELS[status],
        ...(withProgress ? [r.progress ?? ''] : []),
        responseInWords(response),
      ]),
      empty: 'None.',
    });
  }
  return { title: 'Recommendation tracker', caption: report.meeting.bodyName, language: 'en-GB', blocks };
}

/** Whether an agenda item is the committee's look at its recommendation tracker, from its title. */
export function isTrackerItem(title: string): boolean {
  return /\brecommendations?\s+(tracker|tracking|monitoring)\b|\btracker of (scrutiny )?recommendations\b|\brecommendations? (update|progress)\b/i.test(
    title,
  );
}
