import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import { annualReport, type AnnualReportInput } from '../../../src/domain/reports/annualReport.js';

const d = (s: string): IsoDate => s as IsoDate;

function input(overrides: Partial<AnnualReportInput> = {}): AnnualReportInput {
  return {
    body: { name: 'Scrutiny', slug: 'scrutiny', isScrutiny: true },
    municipalYear: '2024/25',
    asAt: d('2025-04-01'),
    meetings: [
      { id: 'm1', date: d('2024-06-12'), status: 'minutes_confirmed' },
      { id: 'm2', date: d('2024-11-20'), status: 'cancelled' },
      { id: 'm3', date: d('2025-04-20'), status: 'scheduled' },
    ],
    items: [
      { id: 'i1', meetingId: 'm1', title: 'Apologies', isStandard: true, isExempt: false },
      { id: 'i2', meetingId: 'm1', title: 'Flooding', isStandard: false, isExempt: false },
      { id: 'i3', meetingId: 'm1', title: 'Depot', isStandard: false, isExempt: true },
    ],
    attendance: [
      { meetingId: 'm1', personId: 'p1', personName: 'Ada', personSlug: 'ada', kind: 'present' },
      { meetingId: 'm1', personId: 'p1', personName: 'Ada', personSlug: 'ada', kind: 'apologies' },
      { meetingId: 'm1', personId: 'p2', personName: 'Tom', personSlug: 'tom', kind: 'apologies' },
      { meetingId: 'm1', personId: 'p3', personName: 'Officer', personSlug: 'officer', kind: 'in_attendance' },
    ],
    recommendations: [
      {
        id: 'r1',
        text: 'a map',
        decisionMaker: null,
        meetingId: 'm1',
        meetingDate: d('2024-06-12'),
        itemId: 'i2',
        topic: 'Flooding',
        sentOn: null,
        responseDueOn: d('2024-08-20'),
        status: 'sent',
        responses: [],
        reference: null,
        progress: null,
      },
    ],
    ...overrides,
  };
}

describe('annualReport', () => {
  it('should count held, cancelled and coming meetings, members only, once a meeting', () => {
    const report = annualReport(input());
    expect(report.held.map((m) => [m.id, m.topics, m.present])).toEqual([['m1', 1, 1]]);
    expect([report.cancelled, report.toCome]).toEqual([1, 1]);
    expect(report.attendance).toEqual([
      { name: 'Ada', slug: 'ada', expected: 1, attended: 1 },
      { name: 'Tom', slug: 'tom', expected: 1, attended: 0 },
    ]);
    expect(report.topics).toEqual([{ meetingId: 'm1', date: '2024-06-12', title: 'Flooding', recommendations: 1 }]);
    expect(report.privateItems).toBe(1);
    expect(report.byStatus.find((s) => s.status === 'overdue')!.count).toBe(1);
    expect(report.byResponse.find((r) => r.acceptance === null)!.count).toBe(1);
  });

  it('should move a figure when its record moves', () => {
    const base = input();
    const answered = annualReport({
      ...base,
      recommendations: base.recommendations.map((r) => ({
        ...r,
        responses: [
          { respondedOn: d('2024-08-01'), acceptance: 'rejected' as const, text: 'no', implementation: null },
        ],
      })),
    });
    expect(answered.byResponse.find((r) => r.acceptance === 'rejected')!.count).toBe(1);
    expect(answered.byStatus.find((s) => s.status === 'rejected')!.count).toBe(1);
    const later = annualReport({ ...base, asAt: d('2025-04-21') });
    expect([later.held.length, later.toCome]).toEqual([2, 0]);
  });
});
