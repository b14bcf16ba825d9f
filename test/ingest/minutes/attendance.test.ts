import { describe, expect, it } from 'vitest';
import { readAttendanceSections, type Attendance } from '../../../src/ingest/minutes/attendance.js';
import { toLines, withLayout } from '../../../src/ingest/minutes/lines.js';

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

function attendanceOf(text: string, blocks: Parameters<typeof withLayout>[1] = []): Attendance {
  const into: Attendance = { present: [], apologies: [], absent: [], inAttendance: [] };
  readAttendanceSections(withLayout(toLines(text), blocks), into, { minutes: true });
  return into;
}

describe('attendance lists of unseen councils', () => {
  it('should read a list wrapped by the page as one list, not split names at the line ends', () => {
    const got = attendanceOf('PRESENT: Ann Lee (Chair), Bob Kay, Tom\nByrne, Dee Fox and Mr\nCampkin');
    expect(got.present.map((p) => p.name)).toEqual(['Ann Lee', 'Bob Kay', 'Tom Byrne', 'Dee Fox', 'Mr Campkin']);
  });

  it('should end a list at the next heading of the layout, so addresses and phones below are not names', () => {
    const text = 'Apologies:\nCllr Ann Lee\nContact us\nMill House, High Street\nTel 01234 567890';
    const blocks = [{ kind: 'heading' as const, span: { start: 24, end: 34 }, page: null, level: 3 }];
    expect(attendanceOf(text, blocks).apologies.map((a) => a.name)).toEqual(['Cllr Ann Lee']);
  });

  it('should end a list at prose and at capitals headings', () => {
    const got = attendanceOf(
      'Present: Cllrs C Barr, C Broad and A Walker.\nDistrict Cllrs Burley and Cawrey were present\nPUBLIC SESSION',
    );
    expect(got.present.map((p) => p.name)).toEqual(['Councillor C Barr', 'Councillor C Broad', 'Councillor A Walker']);
  });

  it('should read a US roll call: present members, the absent one, and no titles repeated for a plural', () => {
    const got = attendanceOf(
      'The board members present were Trustee Ortiz, Trustee Lam, Trustee Becker\nAbsent, and Supervisor Whitfield. Clerk Dunmore was also present.',
    );
    expect(got.present.map((p) => p.name)).toEqual(['Trustee Ortiz', 'Trustee Lam', 'Supervisor Whitfield']);
    expect(got.absent.map((p) => p.name)).toEqual(['Trustee Becker']);
    const council = attendanceOf('Council present: Mayor Adams, Commissioners Fish, Fritz and Leonard');
    expect(council.present.map((p) => p.name)).toEqual(['Mayor Adams', 'Fish', 'Fritz', 'Leonard']);
  });

  it('should split initials-and-surname names run together and keep officers named after their post apart', () => {
    const got = attendanceOf('Present: Councillors A Blackley A Evans B D Davies S Lyle');
    expect(got.present.map((p) => p.name)).toEqual([
      'Councillor A Blackley',
      'Councillor A Evans',
      'Councillor B D Davies',
      'Councillor S Lyle',
    ]);
    const prose = attendanceOf(
      'PRESENT: Councillor R. Tamsin, Mrs A. Hale and the clerk F. Oduya. There were apologies from Mr G. King.',
    );
    expect(prose.present.map((p) => p.name)).toEqual(['Councillor R. Tamsin', 'Mrs A. Hale']);
    expect(prose.inAttendance.map((p) => p.name)).toEqual(['F. Oduya']);
    expect(prose.apologies.map((p) => p.name)).toEqual(['Mr G. King']);
  });
});
