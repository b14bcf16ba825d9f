import { describe, expect, it } from 'vitest';
import { itemStartAt } from '../../../src/ingest/minutes/itemStarts.js';
import { parseText } from '../../../src/ingest/minutes/parseText.js';
import type { Line } from '../../../src/ingest/minutes/lines.js';

const line = (text: string): Line => ({ text, start: 0, end: text.length, index: 0 });
const titles = (text: string): (string | null)[][] =>
  parseText(text).meetings.flatMap((m) => m.items.map((i) => [i.number, i.title]));

describe('item numbers as councils write them', () => {
  it('reads a number glued to a title in capitals, the agenda text after it set aside', () => {
    const start = itemStartAt(line('1APOLOGIES To receive apologies for absence from members who cannot attend.'));
    expect(start?.number).toBe('1');
    expect(start?.title).toBe('APOLOGIES');
  });

  it('does not read a number glued to a word in lower case', () => {
    expect(itemStartAt(line('2nd reading of the bylaw was moved by the Mayor'))).toBeNull();
  });

  it('reads running minute numbers made of a year, a month and a two-digit count', () => {
    const start = itemStartAt(line('2403.02 Disclosure of Interests'));
    expect(start?.number).toBe('2403.02');
    expect(start?.scheme).toBe('2403.');
    expect(start?.value).toBe(2);
  });

  it('drops a table cell separator after the number and a contents dot leader with its page', () => {
    expect(itemStartAt(line('2. | Election of Chairman:'))?.title).toMatch(/^Election of Chairman:?$/);
    expect(itemStartAt(line('4. PUBLIC QUESTION TIME ............................ 3'))?.title).toBe(
      'PUBLIC QUESTION TIME',
    );
  });

  it('keeps "Item No. 1." with its title when the text ran on', () => {
    const text = [
      'MINUTES OF THE ANNUAL MEETING HELD ON MONDAY, 6th JUNE, 2016, AT 7.00 PM Present: Councillors A Byrne, C Dunne.',
      'The notice convening the meeting was read and the procedure for the election was explained to the members.'.repeat(
        3,
      ),
      'Item No. 1. Election of Chair: Proposed by: Cllr. A Byrne Seconded by: Cllr. C Dunne and it was agreed.',
      'Item No. 2: Election of Vice-Chair Proposed by: Cllr. C Dunne Seconded by: Cllr. A Byrne and it was agreed.',
    ].join(' ');
    expect(titles(text)).toEqual([
      ['1', 'Election of Chair'],
      ['2', 'Election of Vice-Chair'],
    ]);
  });
});

describe('headings in capitals inside a paragraph', () => {
  const minutes = (body: string[]): string =>
    ['MINUTES OF THE TOWN COUNCIL', 'MAY 5, 2011', 'The Council met at 7:00 p.m.', ...body].join('\n');

  it('reads each as an unnumbered item when the minutes number none', () => {
    expect(
      titles(minutes(['ROLL CALL', 'PRESENT: Councilmembers A Lee, B Cho', 'ORAL COMMUNICATIONS', 'None were made.'])),
    ).toEqual([
      [null, 'ROLL CALL'],
      [null, 'ORAL COMMUNICATIONS'],
    ]);
  });

  it('leaves out motions, member names and one-word lines', () => {
    const text = minutes([
      'OLD BUSINESS',
      'The paving contract was discussed.',
      'RESOLVED ON THE MOTION OF',
      'Councilmember Lee, seconded by Councilmember Cho, that it be let.',
      'COUNCILMEMBER CHO',
      'asked for a report.',
      'ADJOURNMENT',
      'The meeting closed at 8:10 p.m.',
    ]);
    expect(titles(text)).toEqual([[null, 'OLD BUSINESS']]);
  });
});

describe('an item number after a page number', () => {
  it('should read "2 1. OPENING" as item 1, the page number 2 set aside', () => {
    const start = itemStartAt(line('2 1. OPENING'));
    expect([start?.number, start?.title]).toEqual(['1', 'OPENING']);
  });

  it('should keep a minute reference before an agenda number as the number', () => {
    expect(itemStartAt(line('C048/23 1. APOLOGIES FOR ABSENCE'))?.number).toBe('C048/23');
  });
});

describe('a subtitle after a colon', () => {
  it("should keep words capitalised as a heading's in the title though the line ends in a full stop", () => {
    expect(itemStartAt(line('4. From the Board: Matters Not Listed on the Agenda.'))?.title).toBe(
      'From the Board: Matters Not Listed on the Agenda.',
    );
  });

  it('should still split off a sentence after the colon', () => {
    expect(itemStartAt(line('4. Approval of minutes: The minutes were read and signed.'))?.title).toBe(
      'Approval of minutes',
    );
  });
});
