import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFutureMeetings } from '../../../src/ingest/minutes/futureMeetings.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';
import { parseText } from '../../../src/ingest/minutes/parseText.js';

const PACK = path.resolve(import.meta.dirname, '../../fixtures/import/harbourside-licensing-agenda-2024-05-08.txt');

function futureOf(text: string): { date: string; time: string | null; dateText: string; inferred: boolean }[] {
  const doc = parseText(text);
  return (doc.meetings[0]?.futureMeetings ?? []).map((f) => ({
    date: f.date.value,
    time: f.time?.value ?? null,
    dateText: f.date.span ? text.slice(f.date.span.start, f.date.span.end) : '',
    inferred: f.time?.inferred ?? false,
  }));
}

const MINUTES = (tail: string): string =>
  [
    'Minutes of the meeting of Eastcombe Parish Council',
    'held on Monday 14 October 2024 at 7.00 pm in the Village Hall',
    '',
    'Present: Councillors J Ward (Chair), P Singh and R Okafor',
    '',
    '24/101 Apologies',
    'None.',
    '',
    '24/102 Play area',
    'RESOLVED that a report on the play area be brought to the next meeting on 11 November 2024.',
    '',
    tail,
  ].join('\n');

describe('readFutureMeetings', () => {
  it("should read an agenda's list of future dates, each with the time the list gives for all, marked inferred", () => {
    const text = fs.readFileSync(PACK, 'utf8');
    expect(futureOf(text)).toEqual([
      { date: '2024-06-12', time: '14:00', dateText: 'Wednesday 12 June 2024', inferred: true },
      { date: '2024-07-10', time: '14:00', dateText: 'Wednesday 10 July 2024', inferred: true },
      { date: '2024-09-11', time: '14:00', dateText: 'Wednesday 11 September 2024', inferred: true },
    ]);
  });

  it('should read a date of next meeting with its own time, and not a date in a resolution that mentions the next meeting', () => {
    const found = futureOf(MINUTES('24/103 Date of next meeting\nMonday 9th December 2024 at 7.30pm.'));
    expect(found).toEqual([
      { date: '2024-12-09', time: '19:30', dateText: 'Monday 9th December 2024', inferred: false },
    ]);
  });

  it('should read several dates on one line after the label', () => {
    const found = futureOf(
      MINUTES('24/103 Dates of future meetings: 9 December 2024, 13 January 2025 and 10 February 2025'),
    );
    expect(found.map((f) => [f.date, f.time])).toEqual([
      ['2024-12-09', null],
      ['2025-01-13', null],
      ['2025-02-10', null],
    ]);
  });

  it('should take the year that puts a date without one after the meeting', () => {
    const found = futureOf(MINUTES('The next meeting is set for Monday 13th January in the Village Hall.'));
    expect(found.map((f) => f.date)).toEqual(['2025-01-13']);
  });

  it("should ignore dates on or before the meeting's own, and the lines after the list", () => {
    const found = futureOf(
      MINUTES(
        [
          '24/103 Future meeting dates',
          '14 October 2024',
          '9 December 2024',
          'The grant of 5 April 2025 was noted.',
        ].join('\n'),
      ),
    );
    expect(found.map((f) => f.date)).toEqual(['2024-12-09']);
  });

  it('should list nothing for a meeting without a date of its own', () => {
    const lines = toLines('Future meeting dates\n9 December 2024\n13 January 2025\n');
    const undated = parseText('Minutes\n\n1 Play area\nRESOLVED that the report be noted.').meetings[0]!;
    expect(undated.date).toBeNull();
    expect(readFutureMeetings(lines, undated)).toEqual([]);
    expect(readFutureMeetings(lines, { ...undated, date: { value: '2024-11-01', span: null } })).toHaveLength(2);
  });
});
