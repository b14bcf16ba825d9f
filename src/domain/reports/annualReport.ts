import type { AttendanceKind } from '../attendance.js';
import { attendanceRates } from '../attendanceRate.js';
import { formatDate } from '../calendar/dateInWords.js';
import type { IsoDate } from '../isoDateType.js';
import type { MeetingStatus } from '../meeting.js';
import { ACCEPTANCES, type Acceptance } from '../recommendation.js';
import { counted, heading, paragraph, type ReportBlock, type ReportDocument } from './reportDocument.js';
import {
  ACCEPTANCE_LABELS,
  responseAsAt,
  TRACKER_STATUS_LABELS,
  TRACKER_STATUSES,
  trackerStatusOf,
  type TrackedRecommendationInput,
  type TrackerStatus,
} from './trackerReport.js';

/** What the annual report is computed from: the body's public record of one municipal year. */
export interface AnnualReportInput {
  readonly body: { readonly name: string; readonly slug: string; readonly isScrutiny: boolean };
  /** `2023/24`. */
  readonly municipalYear: string;
  readonly asAt: IsoDate;
  readonly meetings: readonly { readonly id: string; readonly date: IsoDate; readonly status: MeetingStatus }[];
  readonly items: readonly {
    readonly id: string;
    readonly meetingId: string;
    readonly title: string;
    readonly isStandard: boolean;
    readonly isExempt: boolean;
  }[];
  /** Attendance lines, each under the person it counts for (a merged spelling as its person). */
  readonly attendance: readonly {
    readonly meetingId: string;
    readonly personId: string;
    readonly personName: string;
    readonly personSlug: string;
    readonly kind: AttendanceKind;
  }[];
  readonly recommendations: readonly TrackedRecommendationInput[];
}

export interface MemberAttendance {
  readonly name: string;
  readonly slug: string;
  readonly expected: number;
  readonly attended: number;
}

export interface AnnualReport {
  readonly body: AnnualReportInput['body'];
  readonly municipalYear: string;
  readonly asAt: IsoDate;
  readonly held: readonly {
    readonly id: string;
    readonly date: IsoDate;
    readonly topics: number;
    readonly present: number;
  }[];
  readonly cancelled: number;
  readonly toCome: number;
  readonly attendance: readonly MemberAttendance[];
  readonly topics: readonly {
    readonly meetingId: string;
    readonly date: IsoDate;
    readonly title: string;
    readonly recommendations: number;
  }[];
  readonly privateItems: number;
  readonly recommendations: readonly {
    readonly recommendation: TrackedRecommendationInput;
    readonly status: TrackerStatus;
  }[];
  readonly byStatus: readonly { readonly status: TrackerStatus; readonly count: number }[];
  readonly byResponse: readonly { readonly acceptance: Acceptance | null; readonly count: number }[];
}

/**
 * The year's figures, every one counted from the records given: a meeting was held when it was not
 * cancelled and its day has come; attendance counts each member's meetings expected and attended
 * (attendanceRates: officers and guests are not expected); topics are the items that are not
 * standard business (apologies, minutes...) nor exempt; recommendations are those made at the
 * year's meetings, each with where it stands on `asAt` and the last response to it by then.
 */
export function annualReport(input: AnnualReportInput): AnnualReport {
  const held = input.meetings
    .filter((m) => m.status !== 'cancelled' && m.date <= input.asAt)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const heldIds = new Set(held.map((m) => m.id));
  const dateOf = new Map(held.map((m) => [m.id, m.date]));
  const recommendations = input.recommendations
    .filter((r) => heldIds.has(r.meetingId))
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.id.localeCompare(b.id))
    .map((recommendation) => ({ recommendation, status: trackerStatusOf(recommendation, input.asAt) }));
  const madeAt = new Map<string, number>();
  for (const { recommendation: r } of recommendations)
    if (r.itemId) madeAt.set(r.itemId, (madeAt.get(r.itemId) ?? 0) + 1);
  const substantive = input.items.filter((i) => heldIds.has(i.meetingId) && !i.isStandard);
  const topics = substantive
    .filter((i) => !i.isExempt)
    .map((i) => ({
      meetingId: i.meetingId,
      date: dateOf.get(i.meetingId)!,
      title: i.title,
      recommendations: madeAt.get(i.id) ?? 0,
    }));

  const lines = input.attendance.filter((a) => heldIds.has(a.meetingId));
  const people = new Map<string, { name: string; slug: string; lines: typeof lines }>();
  for (const line of lines) {
    const person = people.get(line.personId) ?? { name: line.personName, slug: line.personSlug, lines: [] };
    person.lines.push(line);
    people.set(line.personId, person);
  }
  const attendance: MemberAttendance[] = [];
  for (const person of people.values()) {
    const [rate] = attendanceRates(
      person.lines.map((l) => ({
        meetingId: l.meetingId,
        bodyName: input.body.name,
        bodySlug: input.body.slug,
        municipalYear: input.municipalYear,
        kind: l.kind,
      })),
    );
    if (rate)
      attendance.push({ name: person.name, slug: person.slug, expected: rate.expected, attended: rate.attended });
  }
  attendance.sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));

  const present = (meetingId: string): number =>
    new Set(
      lines
        .filter((l) => l.meetingId === meetingId && (l.kind === 'present' || l.kind === 'substitute'))
        .map((l) => l.personId),
    ).size;
  const responses = recommendations.map((r) => responseAsAt(r.recommendation, input.asAt)?.acceptance ?? null);
  return {
    body: input.body,
    municipalYear: input.municipalYear,
    asAt: input.asAt,
    held: held.map((m) => ({
      id: m.id,
      date: m.date,
      topics: topics.filter((t) => t.meetingId === m.id).length,
      present: present(m.id),
    })),
    cancelled: input.meetings.filter((m) => m.status === 'cancelled').length,
    toCome: input.meetings.filter((m) => m.status !== 'cancelled' && m.date > input.asAt).length,
    attendance,
    topics,
    privateItems: substantive.filter((i) => i.isExempt).length,
    recommendations,
    byStatus: TRACKER_STATUSES.map((status) => ({
      status,
      count: recommendations.filter((r) => r.status === status).length,
    })),
    byResponse: [...ACCEPTANCES, null].map((acceptance) => ({
      acceptance,
      count: responses.filter((a) => a === acceptance).length,
    })),
  };
}

const percent = (attended: number, expected: number): string =>
  expected === 0 ? '-' : `${Math.round((attended / expected) * 100)}%`;

/** The annual report as a report both renderers draw. */
export function annualReportDocument(report: AnnualReport): ReportDocument {
  const year = report.municipalYear;
  const blocks: ReportBlock[] = [
    paragraph(
      `The work of the ${report.body.name} in the municipal year ${year} (May to April). Every figure is counted from the council's records as they stood on ${formatDate(report.asAt)}.`,
    ),
    heading('Meetings'),
    paragraph(
      [
        `${counted(report.held.length, 'meeting')} held.`,
        report.cancelled > 0 ? `${counted(report.cancelled, 'meeting')} cancelled.` : '',
        report.toCome > 0 ? `${counted(report.toCome, 'meeting')} still to come.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    ),
    {
      kind: 'table',
      caption: `Meetings held in ${year}`,
      head: ['Date', 'Topics considered', 'Members present'],
      numeric: [false, true, true],
      rows: report.held.map((m) => [formatDate(m.date), String(m.topics), String(m.present)]),
      empty: 'No meetings were held.',
    },
    heading('Attendance'),
    paragraph(
      'Meetings each member was expected at (present, substituting, sent apologies or absent) and attended (present or substituting).',
    ),
    {
      kind: 'table',
      caption: `Attendance of members in ${year}`,
      head: ['Member', 'Meetings expected', 'Meetings attended', 'Attendance'],
      numeric: [false, true, true, true],
      rows: report.attendance.map((a) => [
        a.name,
        String(a.expected),
        String(a.attended),
        percent(a.attended, a.expected),
      ]),
      empty: 'No attendance is recorded.',
    },
    heading('Topics covered'),
    paragraph(
      `${counted(report.topics.length, 'topic')} considered in public` +
        (report.privateItems > 0
          ? `, and ${counted(report.privateItems, 'item')} in private (exempt information).`
          : '.'),
    ),
    {
      kind: 'table',
      caption: `Topics covered in ${year}`,
      head: ['Meeting', 'Topic', 'Recommendations made'],
      numeric: [false, false, true],
      rows: report.topics.map((t) => [formatDate(t.date), t.title, String(t.recommendations)]),
      empty: 'No topics are recorded.',
    },
    heading('Recommendations and their outcomes'),
    paragraph(`${counted(report.recommendations.length, 'recommendation')} made.`),
    {
      kind: 'table',
      caption: 'Outcomes of recommendations',
      head: ['Outcome', 'Recommendations'],
      numeric: [false, true],
      rows: report.byStatus.map((s) => [TRACKER_STATUS_LABELS[s.status], String(s.count)]),
      empty: '',
    },
    {
      kind: 'table',
      caption: "Decision makers' responses",
      head: ['Response', 'Recommendations'],
      numeric: [false, true],
      rows: report.byResponse.map((r) => [
        r.acceptance ? ACCEPTANCE_LABELS[r.acceptance] : 'No response recorded',
        String(r.count),
      ]),
      empty: '',
    },
    {
      kind: 'table',
      caption: `Recommendations made in ${year}`,
      head: ['Made on', 'Recommendation', 'To', 'Outcome'],
      rows: report.recommendations.map(({ recommendation: r, status }) => [
        formatDate(r.meetingDate),
        r.text,
        r.decisionMaker ?? 'Not recorded',
        TRACKER_STATUS_LABELS[status],
      ]),
      empty: 'No recommendations were made.',
    },
  ];
  const title = `${report.body.isScrutiny ? 'Annual scrutiny report' : 'Annual report'} ${year}`;
  return { title, caption: report.body.name, language: 'en-GB', blocks };
}
