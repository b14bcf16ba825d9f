import { describe, expect, it } from 'vitest';
import { itemStartAt } from '../../../src/ingest/minutes/itemStarts.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';

/** A page whose text lost its line breaks: one line long enough to be read as run-on. */
function runOn(parts: readonly string[]): string[] {
  const filler = 'The clerk reported on the matters before the council and members noted the report in full.';
  const long = `${filler} ${filler} ${filler}`;
  return toLines(`${long} ${parts.join(` ${long} `)} ${long}`).map((l) => l.text);
}

describe('run-on text', () => {
  it('breaks before a minute number and one long word in capitals', () => {
    const lines = runOn([
      '1. CALL TO ORDER Mayor Smith opened the meeting.',
      '4. ANNOUNCEMENTS A. Mayor Smith announced a fete.',
    ]);
    expect(lines.some((l) => l.startsWith('4. ANNOUNCEMENTS'))).toBe(true);
  });

  it('breaks before a numbered heading followed by its own first paragraph', () => {
    const lines = runOn([
      'Present: A. Jones and B. Brown 2. Declarations of Interest 2.1 Mr Brown declared an interest.',
    ]);
    expect(lines).toContain('2. Declarations of Interest');
  });

  it('breaks before a heading in capitals that follows a sentence', () => {
    const lines = runOn(['Absent: None. ROLL CALL Roll call was answered by all members.']);
    expect(lines.some((l) => l.startsWith('ROLL CALL Roll call'))).toBe(true);
  });

  it('keeps a sentence whole where it goes on into "the Minutes of"', () => {
    const lines = runOn([
      'Resolved that the Council accepts the proposal and that the Minutes of the meeting be signed.',
    ]);
    expect(lines.some((l) => /^Minutes of the meeting/.test(l))).toBe(false);
  });
});

describe('itemStartAt titles', () => {
  const line = (text: string) => ({ text, start: 0, end: text.length, index: 0 });

  it('ends a capital heading before its lettered points', () => {
    const start = itemStartAt(
      line('4. ANNOUNCEMENTS A. Mayor Smith announced that the annual meeting is on Friday next.'),
    );
    expect(start?.title).toBe('ANNOUNCEMENTS');
  });

  it('ends a sentence-case title at its first full stop before long minutes', () => {
    const start = itemStartAt(
      line(
        '5. Return of register of interests forms. All forms had been returned to the Clerk before the start of the meeting with one exception.',
      ),
    );
    expect(start?.title).toBe('Return of register of interests forms');
  });

  it('ends a title before its own first paragraph number', () => {
    const start = itemStartAt(
      line('3. Nominations of Councillors with special responsibility. 3.1 Finance: A proposal was made by CC.'),
    );
    expect(start?.title).toBe('Nominations of Councillors with special responsibility');
  });

  it('does not read a time at a line start as an item number', () => {
    expect(itemStartAt(line('7:10 p.m. Councillor Smith arrived'))).toBeNull();
  });
});

describe('a capitals heading and its minutes on one line', () => {
  const line = (text: string) => ({ text, start: 0, end: text.length, index: 0 });

  it('ends the title where a short sentence in ordinary case follows it', () => {
    const start = itemStartAt(line('4 DECLARATION OF INTERESTS Nothing was declared at this meeting.'));
    expect(start?.title).toBe('DECLARATION OF INTERESTS');
    expect(start?.inlineText).toBe('Nothing was declared at this meeting.');
  });

  it('ends the title before its first lettered point in lower case', () => {
    const start = itemStartAt(
      line('7 CORRESPONDENCE a. Letter from the county surveyor about the footpath at the school and the new stile'),
    );
    expect(start?.title).toBe('CORRESPONDENCE');
  });

  it('keeps words in capitals after a colon as the rest of the heading', () => {
    const start = itemStartAt(line('75 LOCKDOWN: ARRANGEMENTS FOR REMOTE MEETINGS – UPDATE'));
    expect(start?.title).toBe('LOCKDOWN: ARRANGEMENTS FOR REMOTE MEETINGS – UPDATE');
  });

  it('leaves a motion label that ran on after the title to the minutes', () => {
    const start = itemStartAt(line('1. APPROVAL OF THE AGENDA MOVED: COUNCILLOR OKAFOR That the agenda be approved'));
    expect(start?.title).toBe('APPROVAL OF THE AGENDA');
  });

  it('takes no item from a running head ending in its page number', () => {
    expect(itemStartAt(line('2 Minutes of Regular Council Meeting - Monday, March 4, 2024 Page # 2'))).toBeNull();
  });
});
