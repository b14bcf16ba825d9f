import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/ingest/minutes/parseText.js';

const minutes = (rows: string[]): string =>
  [
    'HARBOUR BOARD',
    'REGULAR MEETING MINUTES',
    'March 4, 2024',
    '1.\tCALL TO ORDER AND ROLL CALL',
    'The meeting was called to order by Member Reed at 7:02 p.m.',
    'Attendee Name\tTitle\tStatus\tArrived',
    ...rows,
    '2.\tAPPROVAL OF THE AGENDA',
    'RESULT:\tAPPROVED',
    'AYES:\tReed, Oak, Ash',
    'ABSENT:\tElm',
  ].join('\n');

describe('a roll call laid out as a table', () => {
  it('should read members present (late ones too) from the status column, and leave the absent out', () => {
    const meeting = parseText(
      minutes([
        'Dana Reed\tChair\tPresent',
        'Alex Oak\tMember\tLate\t7:10 p.m.',
        'Sam Elm\tMember\tAbsent',
        'Jo Ash\tAlternate\tPresent',
      ]),
    ).meetings[0]!;
    expect(meeting.present.map((p) => p.name)).toEqual(['Dana Reed', 'Alex Oak', 'Jo Ash']);
    expect(meeting.apologies).toEqual([]);
  });

  it('should read excused members as apologies', () => {
    const meeting = parseText(
      minutes(['Dana Reed\tChair\tPresent', 'Alex Oak\tMember\tExcused', 'Jo Ash\tMember\tPresent']),
    ).meetings[0]!;
    expect(meeting.apologies.map((p) => p.name)).toEqual(['Alex Oak']);
  });

  it('should not take two rows, or a vote block with the status first, for a roll call', () => {
    const meeting = parseText(minutes(['Dana Reed\tChair\tPresent', 'Alex Oak\tMember\tPresent'])).meetings[0]!;
    expect(meeting.present.map((p) => p.name)).not.toContain('Elm');
    expect(meeting.present.map((p) => p.name)).not.toContain('Alex Oak');
  });
});
