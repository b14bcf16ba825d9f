import { describe, expect, it } from 'vitest';
import { itemStartAt } from '../../../src/ingest/minutes/itemStarts.js';
import { parseText } from '../../../src/ingest/minutes/parseText.js';
import type { Line } from '../../../src/ingest/minutes/lines.js';

const line = (text: string): Line => ({ text, start: 0, end: text.length, index: 0 });
type Read = { date: string | null; items: (string | null)[][] };
const meetings = (text: string): Read[] =>
  parseText(text).meetings.map((m) => ({
    date: m.date?.value ?? null,
    items: m.items.map((i) => [i.number, i.title]),
  }));

describe('minute numbers and headings of real layouts', () => {
  it('reads the place beside a later repetition of the date when a page title dates the page first', () => {
    const text = [
      'Unconfirmed MINUTES Ordinary Council Meeting 4 March 2022',
      '',
      'Page created by a visitor',
      'Unconfirmed MINUTES',
      '',
      ' Ordinary Council Meeting',
      '',
      '     4 March 2022',
      'Ordinary Council Meeting Minutes                     4 March 2022',
      '',
      '               MINUTES OF WAIKAREA DISTRICT COUNCIL',
      '                    ORDINARY COUNCIL MEETING',
      '               HELD AT THE MEMORIAL HALL, TOKOROA',
      '               ON FRIDAY, 4 MARCH 2022 AT 10.00AM',
      '',
      'PRESENT:            Mayor Ana Reti, Cr Paul Hohaia, Cr Mere Tane',
      'IN ATTENDANCE:      Hemi Walker (Chief Executive), Lisa Grant (Governance Advisor)',
      '',
      '1        OPENING',
      '',
      'The Mayor opened the meeting and welcomed those present.',
      '',
      '2        APOLOGIES',
      '',
      'There were no apologies.',
    ].join('\n');
    const [meeting] = parseText(text).meetings;
    expect(meeting?.venue?.value).toBe('The Memorial Hall, Tokoroa');
  });

  it('reads a minute number with its year glued to the title, in capitals or in sentence case', () => {
    expect(itemStartAt(line('424/17APOLOGIES'))).toMatchObject({ number: '424/17', title: 'APOLOGIES' });
    expect(itemStartAt(line('428/17The Minutes of the meeting of the Council held on 25 September 2017'))?.number).toBe(
      '428/17',
    );
    expect(itemStartAt(line('428/17the minutes were read'))).toBeNull();
  });

  it('keeps a short bracketed heading that ends in a colon, not a long list entry', () => {
    expect(itemStartAt(line('2) Agenda:'))).toMatchObject({ number: '2', title: 'Agenda:' });
    expect(itemStartAt(line('3) Declaration of Pecuniary Interest:'))?.number).toBe('3');
    expect(
      itemStartAt(line('1) the following applications were considered by the members present tonight:')),
    ).toBeNull();
  });

  it("keeps a running minute number's long title and splits no lone participle off as one", () => {
    const running = itemStartAt(line('2307.03 Minutes of the Meeting of the Parish Council (PC) on 12th June 2023'));
    expect(running?.title).toBe('Minutes of the Meeting of the Parish Council (PC) on 12th June 2023');
    expect(
      itemStartAt(line('3.4 A proposed work programme for the year ahead was set out for members in the report')),
    ).toBeNull();
    const submitted = itemStartAt(
      line(
        '429/17 Submitted – Minutes of the Meeting of the Planning Committee held on 2 October 2017 (pages 103 to 106)',
      ),
    );
    expect(submitted?.title).toMatch(/^Submitted – Minutes of the Meeting/);
  });

  it('reads a summary above the minutes heading as part of that meeting, not as a meeting of its own', () => {
    const text = [
      'A short summary of the Parish Council Meeting on 12th March 2025. At this meeting councillors:',
      '- Heard from residents about speeding on Mill Lane,',
      '- Agreed to buy two new litter bins, and',
      '- Received reports from the working groups.',
      'Minutes of the Parish Council Meeting',
      'Held on Wed 12th March 2025 at 7.00pm in the Reading Room, Church Street',
      'Present: Cllr Helen Marsh (Chair), Cllr Omar Patel and Cllr Ruth Evans.',
      '25/031 Apologies for absence',
      'Apologies were received from Cllr Owen Hughes.',
      '25/032 Declarations of Interest',
      'There were no declarations of interest.',
      '25/033 Litter bins',
      'Members agreed to buy two litter bins.',
    ].join('\n');
    const read = meetings(text);
    expect(read).toHaveLength(1);
    expect(read[0]!.items.map((i) => i[0])).toEqual(['25/031', '25/032', '25/033']);
  });

  it('still opens a second meeting where the part above names another date', () => {
    const minutes = (date: string, n: number): string[] => [
      `Minutes of the Parish Council Meeting held on ${date} at 7.00pm in the Village Hall`,
      'Present: Cllr Helen Marsh (Chair), Cllr Omar Patel and Cllr Ruth Evans.',
      `${n} Apologies for absence`,
      'Apologies were received from Cllr Owen Hughes.',
      `${n + 1} Declarations of Interest`,
      'There were no declarations of interest.',
      `${n + 2} Planning`,
      'No applications had been received.',
      `${n + 3} Finance`,
      'The accounts were noted.',
    ];
    const read = meetings([...minutes('12th March 2025', 31), ...minutes('9th April 2025', 41)].join('\n'));
    expect(read.map((m) => m.date)).toEqual(['2025-03-12', '2025-04-09']);
  });

  it('reads a run of different labels in capitals opening lines as the items, and a repeated label as none', () => {
    const page = (labels: string[]): string =>
      [
        'Selectmen’s Minutes, November 16, 2017',
        'Opened the meeting and declared a quorum present. Selectmen present: Ann Berg, Colin Pratt.',
        ...labels.map((l) => `${l}: The board discussed the matter at some length and agreed to return to it.`),
      ].join('\n');
    const titles = meetings(page(['NEW BUSINESS', 'OLD BUSINESS', 'CEO REPORT', 'ADJOURN']))[0]!.items.map((i) => i[1]);
    expect(titles).toEqual(['NEW BUSINESS', 'OLD BUSINESS', 'CEO REPORT', 'ADJOURN']);
    const actions = meetings(page(['ACTION', 'ACTION', 'ACTION', 'ACTION']))[0]?.items ?? [];
    expect(actions.map((i) => i[1])).not.toContain('ACTION');
  });
});
