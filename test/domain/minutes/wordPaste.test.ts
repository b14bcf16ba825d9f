import { describe, expect, it } from 'vitest';
import { plainMinutesText, readWrittenMinutes } from '../../../src/domain/minuteMarkup.js';
import { writtenRecord } from '../../../src/domain/minutes/writtenRecord.js';

describe('minutes pasted from Word', () => {
  it("should read Word's list bullets: Symbol and Wingdings glyphs, and 'o' with a tab at the second level", () => {
    const m = readWrittenMinutes('\uf0b7\tFirst point.\n\uf0a7\tSecond point.\no\tA sub-point.\n\u25aa\tFourth.');
    expect(m.points.map((p) => p.text)).toEqual(['First point.', 'Second point.', 'A sub-point.', 'Fourth.']);
  });

  it("should keep a sentence starting with the word 'o' or a plain letter as text", () => {
    const m = readWrittenMinutes('o the members noted it.');
    expect(m.points).toEqual([{ label: null, text: 'o the members noted it.' }]);
  });

  it('should read numbered and lettered lists with a tab after the label', () => {
    const m = readWrittenMinutes(
      'RESOLVED that\r\n1.\tthe plan be approved;\r\n(b)\tofficers be asked to report back.',
    );
    expect(m.resolutions.map((r) => [r.label, r.text, r.kind])).toEqual([
      ['1', 'the plan be approved', 'decision'],
      ['b', 'officers be asked to report back.', 'request'],
    ]);
    expect(m.problems).toEqual([]);
  });

  it("should join a soft line break (Word's vertical tab) as a line, and drop zero-width spaces and soft hyphens", () => {
    const text = plainMinutesText('The Director\u000bpresented the re\u00adport\u200b.\u2028Questions followed.');
    expect(text).toBe('The Director\npresented the report.\nQuestions followed.');
    expect(readWrittenMinutes(text).points).toEqual([
      { label: null, text: 'The Director presented the report. Questions followed.' },
    ]);
  });

  it('should make quotes, primes, the ellipsis and runs of tabs and spaces plain', () => {
    expect(plainMinutesText('\u201eQuoted\u201c \u2018single\u2019\t\t and\u00a0 spaced\u2026  ')).toBe(
      '"Quoted" \'single\' and spaced...',
    );
  });

  it('should keep paragraphs apart however many blank lines Word leaves, and store nothing for an empty minute', () => {
    expect(plainMinutesText('One.\r\n\r\n\r\n\r\nTwo.')).toBe('One.\n\nTwo.');
    expect(writtenRecord('item-1', ' \r\n\t\r\n ').text).toBeNull();
  });

  it('should number points and resolutions of the written record in order, with their kinds', () => {
    const r = writtenRecord('item-1', 'Opening.\n\nRESOLVED: to note the report.\n\nAGREED: to approve the plan.');
    expect(r.points).toEqual([{ itemId: 'item-1', position: 1, label: null, text: 'Opening.' }]);
    expect(r.resolutions.map((x) => [x.position, x.kind, x.isFormal])).toEqual([
      [1, 'note', true],
      [2, 'decision', false],
    ]);
  });

  it('should say which line has a RESOLVED with nothing after it', () => {
    expect(writtenRecord('item-1', 'Words.\n\nRESOLVED:\n\n').problems).toEqual([
      { line: 3, message: 'RESOLVED is not followed by what was resolved' },
    ]);
  });
});
