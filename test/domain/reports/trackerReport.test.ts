import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import {
  isTrackerItem,
  trackerAsAt,
  trackerReport,
  trackerReportDocument,
  trackerStatusOf,
  type TrackedRecommendationInput,
} from '../../../src/domain/reports/trackerReport.js';

const d = (s: string): IsoDate => s as IsoDate;

function rec(overrides: Partial<TrackedRecommendationInput> = {}): TrackedRecommendationInput {
  return {
    id: 'r1',
    text: 'to recommend a flood risk map',
    decisionMaker: 'Executive',
    meetingId: 'm1',
    meetingDate: d('2024-06-12'),
    itemId: 'i1',
    topic: 'Flood defences',
    sentOn: d('2024-06-20'),
    responseDueOn: d('2024-08-20'),
    status: 'sent',
    responses: [],
    reference: null,
    progress: null,
    ...overrides,
  };
}

describe('trackerStatusOf', () => {
  it('should be awaiting until the due date has passed, then overdue', () => {
    expect(trackerStatusOf(rec(), d('2024-08-20'))).toBe('awaiting_response');
    expect(trackerStatusOf(rec(), d('2024-08-21'))).toBe('overdue');
    expect(trackerStatusOf(rec({ responseDueOn: null }), d('2030-01-01'))).toBe('awaiting_response');
  });

  it('should follow the last response given by then, a deferral being no answer', () => {
    const answered = rec({
      responses: [
        { respondedOn: d('2024-07-01'), acceptance: 'deferred', text: 'later', implementation: null },
        { respondedOn: d('2024-09-01'), acceptance: 'partially_accepted', text: 'in part', implementation: null },
      ],
    });
    expect(trackerStatusOf(answered, d('2024-07-02'))).toBe('awaiting_response');
    expect(trackerStatusOf(answered, d('2024-08-25'))).toBe('overdue');
    expect(trackerStatusOf(answered, d('2024-09-01'))).toBe('partly_accepted');
  });

  it('should keep the status recorded without a response, and implemented or closed over any response', () => {
    expect(trackerStatusOf(rec({ status: 'rejected' }), d('2025-01-01'))).toBe('rejected');
    const accepted = [
      { respondedOn: d('2024-07-01'), acceptance: 'accepted' as const, text: 'yes', implementation: null },
    ];
    expect(trackerStatusOf(rec({ status: 'implemented', responses: accepted }), d('2025-01-01'))).toBe('implemented');
    expect(trackerStatusOf(rec({ status: 'closed' }), d('2025-01-01'))).toBe('closed');
  });
});

describe('trackerReport', () => {
  it('should file recommendations by topic in the order raised, overdue first within a topic', () => {
    const report = trackerReport({
      meeting: { id: 'm9', date: d('2025-03-12'), bodyName: 'Scrutiny' },
      asAt: d('2025-03-12'),
      recommendations: [
        rec({
          id: 'a',
          responses: [{ respondedOn: d('2024-07-01'), acceptance: 'accepted', text: 'yes', implementation: null }],
        }),
        rec({ id: 'b', topic: 'Libraries', meetingDate: d('2024-09-01') }),
        rec({ id: 'c', topic: 'flood  DEFENCES', meetingDate: d('2024-11-20'), responseDueOn: d('2025-01-25') }),
        rec({ id: 'd', topic: null, itemId: null }),
      ],
    });
    expect(report.topics.map((t) => t.topic)).toEqual(['Flood defences', 'Libraries', 'Other recommendations']);
    expect(report.topics[0]!.entries.map((e) => [e.recommendation.id, e.status])).toEqual([
      ['c', 'overdue'],
      ['a', 'accepted'],
    ]);
    expect(report.counts.find((c) => c.status === 'overdue')!.count).toBe(3);
    const doc = trackerReportDocument(report);
    expect(doc.blocks.filter((b) => b.kind === 'table')).toHaveLength(4);
  });

  it('should show reference and progress columns only once a recommendation has them', () => {
    const table = (r: TrackedRecommendationInput) =>
      trackerReportDocument(
        trackerReport({
          meeting: { id: 'm', date: d('2025-01-01'), bodyName: 'B' },
          asAt: d('2025-01-01'),
          recommendations: [r],
        }),
      ).blocks.filter((b) => b.kind === 'table')[1]!;
    expect(table(rec())).toMatchObject({
      head: ['Made on', 'Recommendation', 'To', 'Response due', 'Status', 'Response'],
    });
    expect(table(rec({ reference: 'CYP/24/1', progress: 'Amber' }))).toMatchObject({
      head: ['Reference', 'Made on', 'Recommendation', 'To', 'Response due', 'Status', 'Progress', 'Response'],
    });
  });
});

describe('trackerAsAt and isTrackerItem', () => {
  it('should read a coming meeting as of today and a past one as of its day', () => {
    expect(trackerAsAt(d('2025-03-12'), d('2025-03-01'))).toBe('2025-03-01');
    expect(trackerAsAt(d('2025-03-12'), d('2025-04-01'))).toBe('2025-03-12');
  });

  it('should know the tracker item by its title', () => {
    for (const title of ['Recommendation Tracker', 'Scrutiny recommendations tracker', 'Tracker of recommendations'])
      expect(isTrackerItem(title), title).toBe(true);
    for (const title of ['Work Programme', 'Child Exploitation', 'Recommendations of the Executive'])
      expect(isTrackerItem(title), title).toBe(false);
  });
});
