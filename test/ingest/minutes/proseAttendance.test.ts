import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../../src/ingest/minutes/attendance.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';
import { readProsePresent } from '../../../src/ingest/minutes/proseAttendance.js';

const present = (text: string, into?: Attendance): string[] => {
  const attendance: Attendance = into ?? { present: [], apologies: [], absent: [], inAttendance: [] };
  readProsePresent(toLines(text), attendance);
  return attendance.present.map((p) => p.name);
};

describe('readProsePresent', () => {
  it('should read the members of a "with the following members and officers present" sentence', () => {
    expect(
      present(
        'The Board of Aldermen met in regular session at 7:00 p.m., with the following members and officers present: Mayor Ruth Alder; Aldermen Dan Cole, Eva Marsh and Tom Reyes; City Clerk Jo Banks. The prayer was given.',
      ),
    ).toEqual(['Mayor Ruth Alder', 'Alderman Dan Cole', 'Alderman Eva Marsh', 'Alderman Tom Reyes']);
  });

  it('should read a "were present" sentence without its officers', () => {
    expect(
      present('Trustees K Moss and P Lind, Clerk A Hart, and Treasurer B Hart were present. The pledge was led.'),
    ).toEqual(['K Moss', 'P Lind']);
  });

  it('should not read those "also present" nor add to a list already read', () => {
    expect(present('Staff and members of the public A Bell and C Dunn were also present.')).toEqual([]);
    const read: Attendance = {
      present: ['Cllr X', 'Cllr Y'].map((name) => ({
        name,
        span: { start: 0, end: 1 },
        role: null,
        title: null,
        substituteFor: null,
      })),
      apologies: [],
      absent: [],
      inAttendance: [],
    };
    expect(present('Trustees K Moss and P Lind were present.', read)).toEqual(['Cllr X', 'Cllr Y']);
  });

  it('should add the sentences to the member who called the meeting to order', () => {
    const presider: Attendance = {
      present: [{ name: 'Mayor Elm', span: { start: 0, end: 1 }, role: null, title: null, substituteFor: null }],
      apologies: [],
      absent: [],
      inAttendance: [],
    };
    expect(present('Deputy Mayor C. Reed and Councillors R. Ash and M. Perry were in attendance.', presider)).toEqual([
      'Mayor Elm',
      'Deputy Mayor C. Reed',
      'Councillor R. Ash',
      'Councillor M. Perry',
    ]);
  });
});
