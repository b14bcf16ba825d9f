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
