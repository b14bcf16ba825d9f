import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE_KINDS,
  oneLinePerMeeting,
  strongerAttendanceKind,
  type AttendanceKind,
} from '../../src/domain/attendance.js';
import { attendanceRates, type AttendanceRecordLine } from '../../src/domain/attendanceRate.js';

const line = (meetingId: string, kind: AttendanceKind, year = '2024/25'): AttendanceRecordLine => ({
  meetingId,
  kind,
  bodyName: 'Environment Committee',
  bodySlug: 'environment-committee',
  municipalYear: year,
});

describe('strongerAttendanceKind', () => {
  it('should let present beat apologies, apologies beat absent, and a member kind beat in attendance', () => {
    expect(strongerAttendanceKind('apologies', 'present')).toBe('present');
    expect(strongerAttendanceKind('present', 'apologies')).toBe('present');
    expect(strongerAttendanceKind('absent', 'apologies')).toBe('apologies');
    expect(strongerAttendanceKind('apologies', 'absent')).toBe('apologies');
    expect(strongerAttendanceKind('in_attendance', 'absent')).toBe('absent');
    expect(strongerAttendanceKind('substitute', 'apologies')).toBe('substitute');
  });

  it('should be a choice of one of the two, whatever the order', () => {
    const kind = fc.constantFrom(...ATTENDANCE_KINDS);
    fc.assert(
      fc.property(kind, kind, (a, b) => {
        const stronger = strongerAttendanceKind(a, b);
        expect([a, b]).toContain(stronger);
        expect(strongerAttendanceKind(b, a)).toBe(stronger);
      }),
    );
  });
});

describe('oneLinePerMeeting', () => {
  it('should keep one line per meeting, of the stronger kind', () => {
    const kept = oneLinePerMeeting([
      line('m1', 'apologies'),
      line('m1', 'absent'),
      line('m2', 'absent'),
      line('m2', 'present'),
    ]);
    expect(kept.map((l) => [l.meetingId, l.kind])).toEqual([
      ['m1', 'apologies'],
      ['m2', 'present'],
    ]);
  });
});

describe('attendanceRates', () => {
  it('should count a meeting once when a person is under both Apologies and Absent (not "Expected 2, Attended 0")', () => {
    expect(attendanceRates([line('m1', 'apologies'), line('m1', 'absent')])).toEqual([
      expect.objectContaining({ attended: 0, expected: 1 }),
    ]);
  });

  it('should count a present-and-apologies meeting once, as attended', () => {
    expect(attendanceRates([line('m1', 'apologies'), line('m1', 'present')])).toEqual([
      expect.objectContaining({ attended: 1, expected: 1 }),
    ]);
  });

  it('should count only meetings the person was expected at as a member', () => {
    const rates = attendanceRates([
      line('m1', 'present'),
      line('m2', 'in_attendance'),
      line('m3', 'absent'),
      line('m4', 'substitute'),
    ]);
    expect(rates).toEqual([expect.objectContaining({ attended: 2, expected: 3 })]);
  });

  it('should never count more meetings expected than distinct meetings, nor more attended than expected', () => {
    const lines = fc.array(
      fc.record({ meetingId: fc.constantFrom('a', 'b', 'c', 'd'), kind: fc.constantFrom(...ATTENDANCE_KINDS) }),
    );
    fc.assert(
      fc.property(lines, (ls) => {
        const rates = attendanceRates(ls.map((l) => line(l.meetingId, l.kind)));
        const expected = rates.reduce((n, r) => n + r.expected, 0);
        expect(expected).toBeLessThanOrEqual(new Set(ls.map((l) => l.meetingId)).size);
        for (const r of rates) expect(r.attended).toBeLessThanOrEqual(r.expected);
      }),
    );
  });
});
