import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/ingest/minutes/lines.js';
import { repeatedDateLines, timeBesideRepeatedDate } from '../../../src/ingest/minutes/repeatedDate.js';

describe('repeatedDateLines and timeBesideRepeatedDate', () => {
  it("should read the time beside the minutes' repeat of the title's date", () => {
    const lines = toLines(
      ['14 June 2023 Ordinary Meeting', 'ASHBY PARISH COUNCIL', '7:15pm on the 14th June 2023 at the Hall'].join('\n'),
    );
    const again = repeatedDateLines(lines, lines[0]!.index, '2023-06-14');
    expect(again.map((l) => l.text)).toEqual(['7:15pm on the 14th June 2023 at the Hall']);
    expect(timeBesideRepeatedDate(lines, again)?.value).toBe('19:15');
  });

  it('should prefer a time that says its part of the day, from the line below a repeat', () => {
    const lines = toLines(
      [
        'Meeting 3rd May 2023',
        'Wednesday 3rd May 2023 at 7.30',
        'Agenda',
        'held on Wednesday 3rd May 2023',
        'at 7.30 pm, at the Hall',
      ].join('\n'),
    );
    const again = repeatedDateLines(lines, lines[0]!.index, '2023-05-03');
    expect(again).toHaveLength(2);
    expect(timeBesideRepeatedDate(lines, again)?.value).toBe('19:30');
  });

  it('should give nothing where the date is not repeated', () => {
    const lines = toLines(['Meeting 3rd May 2023', 'Present: Cllr Ash'].join('\n'));
    expect(repeatedDateLines(lines, lines[0]!.index, '2023-05-03')).toEqual([]);
    expect(timeBesideRepeatedDate(lines, [])).toBeNull();
  });
});
