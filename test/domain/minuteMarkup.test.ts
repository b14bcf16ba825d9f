import { describe, expect, it } from 'vitest';
import { readWrittenMinutes } from '../../src/domain/minuteMarkup.js';

describe("reading an item's minutes as a clerk writes them", () => {
  it('should keep paragraphs and lettered points in order, joining wrapped lines', () => {
    const m = readWrittenMinutes(
      'The Director presented the report\non sea wall repairs.\n\na) Repairs are on schedule.\n(b) Funding was\nconfirmed.\nc. A third point.',
    );
    expect(m.points).toEqual([
      { label: null, text: 'The Director presented the report on sea wall repairs.' },
      { label: 'a', text: 'Repairs are on schedule.' },
      { label: 'b', text: 'Funding was confirmed.' },
      { label: 'c', text: 'A third point.' },
    ]);
    expect(m.resolutions).toEqual([]);
  });

  it('should read one resolution or a numbered list of them, with their kinds', () => {
    const one = readWrittenMinutes('RESOLVED: to note the report.');
    expect(one.resolutions).toEqual([{ label: null, text: 'to note the report.', kind: 'note', isFormal: true }]);
    const many = readWrittenMinutes(
      'RESOLVED that\n1. the plan be approved;\n2. the Executive be recommended to publish the flood map; and\n3. officers be asked to report back.\n\nThe meeting closed at 8pm.',
    );
    expect(many.resolutions.map((r) => [r.label, r.kind])).toEqual([
      ['1', 'decision'],
      ['2', 'recommendation'],
      ['3', 'request'],
    ]);
    expect(many.resolutions[1]!.text).toBe('the Executive be recommended to publish the flood map');
    expect(many.points).toEqual([{ label: null, text: 'The meeting closed at 8pm.' }]);
  });

  it('should take a paste from Word: bullets, curly quotes and non-breaking spaces', () => {
    const m = readWrittenMinutes(
      '• Members asked about \u201cthe\u00a0budget\u201d.\r\n• The officer\u2019s reply was noted.\r\n\r\nAgreed: to defer the item.',
    );
    expect(m.points.map((p) => p.text)).toEqual([
      'Members asked about "the budget".',
      "The officer's reply was noted.",
    ]);
    expect(m.resolutions).toEqual([{ label: null, text: 'to defer the item.', kind: 'decision', isFormal: false }]);
  });

  it('should name the line of a RESOLVED with nothing resolved', () => {
    const m = readWrittenMinutes('Discussion followed.\n\nRESOLVED\n\nRESOLVED: to note the update.');
    expect(m.problems).toEqual([{ line: 3, message: 'RESOLVED is not followed by what was resolved' }]);
    expect(m.resolutions).toHaveLength(1);
    expect(readWrittenMinutes('RESOLVED that').problems).toHaveLength(1);
  });
});
