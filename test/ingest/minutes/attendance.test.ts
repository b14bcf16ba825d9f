import { describe, expect, it } from 'vitest';
import { readAttendanceSections, type Attendance } from '../../../src/ingest/minutes/attendance.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';

const HEADER = [
  'Chair: Councillor Lowri Jenkins',
  'Members: Councillors Alex Moreno and Ruth Abbott',
  'Apologies: Councillor Emma Tate',
].join('\n');

function read(minutes: boolean): Attendance {
  const into: Attendance = { present: [], apologies: [], absent: [], inAttendance: [] };
  readAttendanceSections(toLines(HEADER), into, { minutes });
  return into;
}

describe('readAttendanceSections', () => {
  it('should read the chair and members named in minutes as present', () => {
    expect(read(true).present.map((p) => p.name)).toEqual([
      'Councillor Lowri Jenkins',
      'Councillor Alex Moreno',
      'Councillor Ruth Abbott',
    ]);
  });

  it('should read nobody as present from an agenda, which names the membership before the meeting', () => {
    const agenda = read(false);
    expect(agenda.present).toEqual([]);
    expect(agenda.apologies.map((a) => a.name)).toEqual(['Councillor Emma Tate']);
  });
});
