import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/ingest/minutes/lines.js';
import { itemStartAt } from '../../../src/ingest/minutes/itemStarts.js';
import { parseText } from '../../../src/ingest/minutes/parseText.js';
import { textBlocks } from '../../../src/ingest/read/textBlocks.js';

const titles = (text: string): [string | null, string][] =>
  (parseText(text).meetings[0]?.items ?? []).map((i) => [i.number, i.title]);
/** As `quorum parse` reads a text file: with the paragraph blocks of its blank lines. */
const titlesAsRead = (text: string): [string | null, string][] =>
  (parseText(text, { blocks: textBlocks(text) }).meetings[0]?.items ?? []).map((i) => [i.number, i.title]);

describe('numbered items run on into one line', () => {
  it('opens a line at the next number of the sequence only', () => {
    const lines = toLines(
      '1. Welcome by the Chair: the Chair opened the meeting at 7pm 2. Apologies: Cllr A Brown sent apologies ' +
        'about item 4. 3. Finance: the balance was reported to members.',
    ).map((l) => l.text);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^2\. Apologies/);
    expect(lines[2]).toMatch(/^3\. Finance/);
  });
  it('leaves a short numbered line whole', () => {
    expect(toLines('1. Minutes of meeting 2. Noted')).toHaveLength(1);
  });
});

describe('roman numerals and item codes', () => {
  it('reads glued and spaced roman numerals as item numbers', () => {
    expect(itemStartAt(toLines('IV.PRESENTATION BY MEMBERS OF THE PUBLIC')[0]!)).toMatchObject({
      number: 'IV',
      value: 4,
      title: 'PRESENTATION BY MEMBERS OF THE PUBLIC',
    });
    expect(itemStartAt(toLines('II. Roll Call')[0]!)).toMatchObject({ number: 'II', value: 2 });
  });
  it('does not take an initial before a name for a numeral', () => {
    expect(itemStartAt(toLines('I. Smith reported that the hall was booked')[0]!)).toBeNull();
  });
  it('reads ITEM-N codes and drops a contents table page number', () => {
    const text = [
      'MINUTES of the Ordinary Meeting of the Shire Council held on 13 March 2018',
      'ITEM SUBJECT PAGE',
      'ITEM-1 CONFIRMATION OF MINUTES 3',
      'ITEM-2 AUDIT COMMITTEE',
      '3',
      'ITEM-3 REVIEW OF FEES 4',
    ].join('\n');
    expect(titles(text)).toEqual([
      ['1', 'CONFIRMATION OF MINUTES'],
      ['2', 'AUDIT COMMITTEE'],
      ['3', 'REVIEW OF FEES'],
    ]);
  });
});

describe('an agenda printed before its minutes', () => {
  it('gives the minutes only', () => {
    const text = [
      'Agenda',
      'REGULAR MEETING OF COUNCIL',
      'To Be Held in the Council Chambers',
      'Tuesday, June 5th, 2018 at 5:00 p.m.',
      '1. OPENING',
      '2. ANNOUNCEMENTS',
      '3. ADOPTION OF MINUTES',
      '4. DELEGATIONS',
      '5. REPORTS',
      '6. ADJOURNMENT',
      'THE CORPORATION OF THE TOWNSHIP OF EXAMPLE',
      'MINUTES OF THE REGULAR COUNCIL MEETING',
      'The Regular Meeting of the Council was held in the Council Chambers on Tuesday, June 5, 2018 at 5:00 p.m.',
      'Present: Mayor Ann Hill, Councillor Bob Case',
      '1. Opening of the meeting',
      'The Mayor opened the meeting.',
      '2. Adoption of Minutes',
      'The minutes of May 15 were adopted.',
    ].join('\n');
    const meetings = parseText(text).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.kind).toBe('minutes');
    expect(meetings[0]!.items.map((i) => i.title)).toEqual(['Opening of the meeting', 'Adoption of Minutes']);
  });
});

describe('a number alone on its line', () => {
  it('opens the item whose title is under it, below a short heading in the same plain-text paragraph', () => {
    const text = [
      'Minutes of the Parish Council Meeting held on Monday 7th June 2021 at 7:00pm',
      'Members Present: Cllrs Ames, Bond and Carr.',
      '7:05pm Full Council Meeting',
      '41/21',
      'TO RECEIVE APOLOGIES FOR ABSENCE',
      'Apologies were received from Cllr Dunn.',
      '42/21 TO RECEIVE DECLARATIONS OF INTEREST',
      'None.',
    ].join('\n');
    expect(titlesAsRead(text)).toEqual([
      ['41/21', 'TO RECEIVE APOLOGIES FOR ABSENCE'],
      ['42/21', 'TO RECEIVE DECLARATIONS OF INTEREST'],
    ]);
  });

  it('goes on with a wrapped sentence left unfinished above it', () => {
    const text = [
      'MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL, MAY 3, 2010',
      '1. CALL TO ORDER',
      'The meeting was called to order at 7:00 p.m. and the minutes were approved by unanimous voice vote –',
      '5.',
      '2. PUBLIC COMMENT',
      'None.',
    ].join('\n');
    expect(titlesAsRead(text)).toEqual([
      ['1', 'CALL TO ORDER'],
      ['2', 'PUBLIC COMMENT'],
    ]);
  });
});

describe('the opening sentence inside the first item', () => {
  it('fills the body, time and place the header lacks when it gives the same date', () => {
    const text = [
      'REGULAR MEETING - May 4, 2010',
      'I. INVOCATION, PLEDGE & ROLL CALL',
      'The City Council of the City of Elmwood met in Regular Session on Tuesday,',
      'May 4, 2010 at 8:30 a.m. in the City Council Chamber, City Hall.',
      'II. MINUTES',
      'The minutes were approved.',
    ].join('\n');
    const meeting = parseText(text).meetings[0]!;
    expect(meeting.date?.value).toBe('2010-05-04');
    expect(meeting.time?.value).toBe('08:30');
    expect(meeting.body?.value).toMatch(/City Council of the City of Elmwood/);
  });

  it('leaves the header alone when the first item speaks of another date', () => {
    const text = [
      'REGULAR MEETING - May 4, 2010',
      'I. MINUTES',
      'The City Council of the City of Elmwood met in Regular Session on Tuesday,',
      'April 6, 2010 at 8:30 a.m.; those minutes were approved.',
    ].join('\n');
    expect(parseText(text).meetings[0]!.body).toBeNull();
  });
});
