import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../src/ingest/minutes/header.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';

const header = (text: string): Record<string, string | undefined> => {
  const h = readHeader(toLines(text));
  return { body: h.body?.value, date: h.date?.value, time: h.time?.value, venue: h.venue?.value };
};

describe('readHeader', () => {
  it('should read a breadcrumb without its date or item, and a page heading without its notes', () => {
    expect(header('Issue - meetings\nMeeting: 12/01/2022 - Council (Item 14)').body).toBe('Council');
    expect(
      header('February 29, 2024 Business Services Committee (Committee) Unknown View on council website'),
    ).toMatchObject({
      body: 'Business Services Committee',
      date: '2024-02-29',
    });
    expect(header('Kearney Township Board Meeting Minutes\nJuly 7, 2014').body).toBe('Kearney Township Board');
  });

  it('should read a glued ordinal, a heading wrapped before its time and the body of a long meeting name', () => {
    expect(
      header(
        'Minutes of the One Hundredth & Twenty-fifth Annual Meeting of the Salford Priors Parish Council held in The Memorial Hall, Salford Priors on Wednesday 15thMay 2019, 7pm',
      ),
    ).toEqual({
      body: 'Salford Priors Parish Council',
      date: '2019-05-15',
      time: '19:00',
      venue: 'Memorial Hall, Salford Priors',
    });
    expect(
      header('Minutes of the Parish Council Meeting\nheld on Wednesday 3rd March 2021\nat 7.30pm via Zoom').time,
    ).toBe('19:30');
  });

  it('should read a US heading in capitals wrapped over lines, with the time and place on lines of their own', () => {
    const text = [
      'MINUTES OF THE PROCEEDINGS OF THE CITY COUNCIL',
      'OF THE CITY OF BROOKLYN CENTER IN THE COUNTY',
      'OF HENNEPIN AND THE STATE OF MINNESOTA',
      'NOVEMBER 13, 2018',
      '7:00 p.m.',
      'CITY HALL – COUNCIL CHAMBERS',
    ].join('\n');
    expect(header(text)).toEqual({
      body: 'City Council of the City of Brooklyn Center',
      date: '2018-11-13',
      time: '19:00',
      venue: 'City Hall – Council Chambers',
    });
    expect(header('The Lakeview City Council met in Regular Session on June 1, 2026.').body).toBe(
      'Lakeview City Council',
    );
  });

  it("should not take another meeting's date, a run-on heading or an attendance label for the place", () => {
    expect(header('The matter was previously discussed at the meeting on 4th November, 2008.').date).toBeUndefined();
    expect(
      header(
        'VENUE: Linton Council Chambers 68 Sussex Street, Linton NEXT ORDINARY COUNCIL MEETING 6.00pm Tuesday 28 May 2019',
      ).venue,
    ).toBe('Linton Council Chambers 68 Sussex Street, Linton');
    expect(header('held on 3 March 2021\nIn Attendance: Carole Oliphant (Clerk)').venue).toBeUndefined();
  });
});
