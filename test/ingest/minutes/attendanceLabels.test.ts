import { describe, expect, it } from 'vitest';
import { qualifiedPresent, rowAsLine } from '../../../src/ingest/minutes/attendanceLabels.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';

describe('qualifiedPresent', () => {
  it('should read a group of members, or of staff and public, from the words before "present"', () => {
    expect(qualifiedPresent('Selectmen present: Ben Astbury, Bob Publicover')).toEqual({
      kind: 'present',
      rest: 'Ben Astbury, Bob Publicover',
    });
    expect(qualifiedPresent('Council Employees Present: RFO Clive Baker')?.kind).toBe('inAttendance');
    expect(qualifiedPresent('Members of the Public Present: Cllr H Davies')?.kind).toBe('inAttendance');
    expect(qualifiedPresent('The other Councillors present were:- Cllrs. A, B')).toEqual({
      kind: 'present',
      rest: 'Cllrs. A, B',
    });
    expect(qualifiedPresent('Board members present, in addition to the supervisor, were Ann Lee, Clerk')?.rest).toBe(
      'Ann Lee, Clerk',
    );
  });

  it('should not take a sentence for a group', () => {
    expect(qualifiedPresent('The meeting was present: none')).toBeNull();
    expect(qualifiedPresent('Opened the meeting and declared a quorum present.')).toBeNull();
  });
});

describe('rowAsLine', () => {
  const isLabel = (cell: string): boolean => /^(present|apologies):?$/i.test(cell);
  const row = (text: string): string | null => rowAsLine(toLines(text)[0]!, isLabel)?.text ?? null;

  it('should read a labelled row as a label and its list, and a row with an empty first cell as a continuation', () => {
    expect(row('|Present: |Ann Lee, Bob Kay |')).toBe('Present: Ann Lee, Bob Kay');
    expect(row('|Apologies |Councillors Gow and Lindsay |')).toBe('Apologies: Councillors Gow and Lindsay');
    expect(row('| |Isla Munro, Councillor Petrie |')).toBe('Isla Munro, Councillor Petrie');
  });

  it('should leave other rows as they are and drop rows of empty cells', () => {
    expect(row('|Approve minutes |Proposed by Duncan | |')).toBe('|Approve minutes |Proposed by Duncan | |');
    expect(row('| | | |')).toBeNull();
  });
});
