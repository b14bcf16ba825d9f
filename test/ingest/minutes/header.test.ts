import { describe, expect, it } from 'vitest';
import { findOpeningTime, readHeader } from '../../../src/ingest/minutes/header.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';

const header = (text: string): Record<string, string | undefined> => {
  const h = readHeader(toLines(text));
  return { body: h.body?.value, date: h.date?.value, time: h.time?.value, venue: h.venue?.value };
};

describe('readHeader', () => {
  it('should end a venue at its line when the next line lists a member under the place they stand for', () => {
    const text =
      'Draft Minutes of Meeting held on Tuesday 9th October, 2012 at Glenbervie Hall\n\nAuchenblae - Mr R. Gillies, Mrs T. Forbes\nDrumlithie - Mr A. Keith';
    expect(header(text)).toMatchObject({ date: '2012-10-09', venue: 'Glenbervie Hall' });
  });

  it('should read a place of two parts after the date and a comma', () => {
    const text =
      'Minutes of the Annual Meeting of the Parish Council\n18th May 2017, The Old School, Kings Caple\n\n1. Apologies';
    expect(header(text)).toMatchObject({ date: '2017-05-18', venue: 'The Old School, Kings Caple' });
  });

  it('should end a venue at the full stop before the next sentence, not at an abbreviation', () => {
    const text =
      'MAY 3, 2022\nA Regular Meeting of the Lakeside City Council was called to order by\nMayor Okafor at 6:05 P.M. at Willow Park, Oak Room, 1180\nHarbor View Drive. This meeting was also streamed live in accordance with\nthe rules.';
    expect(header(text).venue).toBe('Willow Park, Oak Room, 1180 Harbor View Drive');
  });

  it('should date a page by the sentence saying what it is, not by the next meeting named after it', () => {
    const text =
      'The following document is the minutes of the Council meeting held on 4 March 2015.  These minutes are subject to confirmation at the next meeting to be held on 1 April 2015.\n\nThe meeting commenced at 6.10 pm.';
    expect(header(text)).toMatchObject({ date: '2015-03-04', time: '18:10' });
    expect(header('The minutes of the meeting held on 4 March 2015 were approved.').date).toBeUndefined();
  });

  it('should leave the article of a meeting out of the body it names', () => {
    expect(header('A REGULAR MEETING OF THE BOARD OF COUNTY COMMISSIONERS\n\nMAY 4, 1976').body).toBe(
      'Board of County Commissioners',
    );
  });

  it('should take the body from an opening sentence without an article over a shorter page title', () => {
    const text =
      'Board of Trustee Minutes - May 2, 2011\nSpecial Meeting of the Board of Trustees of the Village of Elmdale was held on Monday, May 2, 2011 at the Village Hall.';
    expect(header(text)).toMatchObject({ body: 'Board of Trustees of the Village of Elmdale', date: '2011-05-02' });
  });

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
      venue: 'The Memorial Hall, Salford Priors',
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

  it('should date and name the meeting from its own sentence inside a run-on line, not a file date before it', () => {
    expect(
      header(
        'Archive 2004-03-09 Minutes17 MINUTES OF A MEETING OF THE CITY COUNCIL A Meeting of the Millbrook City Council was held on Tuesday, March 9, 2004, at 7:30 p.m., in the Council Room, 40 River Street, Millbrook.',
      ),
    ).toEqual({
      body: 'Millbrook City Council',
      date: '2004-03-09',
      time: '19:30',
      venue: 'the Council Room, 40 River Street, Millbrook',
    });
  });

  it('should judge a minutes heading by its own words up to its date, whatever the run-on line says after it', () => {
    expect(
      header(
        'Draft Minutes of a Regular Meeting of Council held on Tuesday, April 6th, 2021 at 4:30 p.m. in the Township Council Chambers and Electronic Participation The following Members were present: Mayor A Dunn',
      ),
    ).toEqual({ body: 'Council', date: '2021-04-06', time: '16:30', venue: 'the Township Council Chambers' });
    expect(header('Minutes of the Board held March 1st, 2021 as circulated.\nThursday 4 March 2021').date).toBe(
      '2021-03-04',
    );
  });

  it('should date a heading wrapped before its date by the line below it, not a page title above it', () => {
    const text =
      'Minutes 2nd May 2023\nMinutes of an Extraordinary meeting of the Parish Council\nOn Tuesday 16th May 2023\nAt Ashby Memorial Hall at 19:30';
    expect(header(text)).toEqual({
      body: 'Parish Council',
      date: '2023-05-16',
      time: '19:30',
      venue: 'Ashby Memorial Hall',
    });
    expect(
      header(
        'MINUTES OF THE MEETING OF THE MUNICIPAL DISTRICT OF\nKELLS HELD IN COUNTY HALL ON FRIDAY\n13TH OF JUNE AT 2.00PM',
      ),
    ).toMatchObject({ body: 'Municipal District of Kells', time: '14:00' });
  });

  it("should pass over a covering letter's dates to the date over the minutes' Present list", () => {
    const text = [
      'Date: 2 October 2024',
      'Dear Councillor',
      'I enclose the minutes for the meeting on 9th October 2024.',
      'LICENSING PANEL',
      'Wednesday, 18 September 2024',
      'Present: Councillor A Cole',
    ].join('\n');
    expect(header(text)).toMatchObject({ body: 'Licensing Panel', date: '2024-09-18' });
  });

  it('should read a name over the date without a body word, and a council named by a heading over its sentence', () => {
    expect(header('Amenities and Leisure Services\nTuesday 13th March 2018\nTown Hall').body).toBe(
      'Amenities and Leisure Services',
    );
    expect(
      header(
        'RESOLVEN COMMUNITY COUNCIL\nThe Monthly Meeting of the Council was held on Thursday 2nd December 2021 at 6pm at the Community Centre',
      ),
    ).toEqual({ body: 'Resolven Community Council', date: '2021-12-02', time: '18:00', venue: 'the Community Centre' });
  });

  it('should read a venue cell wrapped over lines, a time below its label, and a place set under "HELD AT"', () => {
    const table =
      'Meeting Date: |\nThursday 3 March 2022 |\nTime: |\n9.30am-12.10pm |\nVenue |\nCouncil Chamber\nCivic Building\nLivestreamed on YouTube |';
    expect(header(table)).toMatchObject({ date: '2022-03-03', time: '09:30', venue: 'Council Chamber Civic Building' });
    expect(
      header(
        'MINUTES OF A Council Meeting OF THE Otter District Council\nHELD AT\nCivic Centre, 1 Main Street, Otter and live streamed on teams\nON\nWednesday, 6 July 2022 COMMENCING AT 10.30 am',
      ),
    ).toEqual({
      body: 'Otter District Council',
      date: '2022-07-06',
      time: '10:30',
      venue: 'Civic Centre, 1 Main Street, Otter',
    });
  });

  it('should end a venue before the date, the time or the first minute number run on after it', () => {
    expect(
      header('MINUTES OF WRETTON PARISH COUNCIL MEETING HELD AT ALL SAINTS CHURCH WRETTON 6TH JANUARY 2020').venue,
    ).toBe('All Saints Church Wretton');
    expect(
      header(
        'Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday 4 February 2008 at the Parish Council Chamber, Leicester Road, Groby Cou/285/07-08',
      ).venue,
    ).toBe('the Parish Council Chamber, Leicester Road, Groby');
    expect(
      header('The Parish Council met on Tuesday, 6th September 2022 in the Evangelical Hall, at 7.30pm').venue,
    ).toBe('the Evangelical Hall');
  });
});

describe('readHeader on glued and converted headers', () => {
  it('should read a day glued to its weekday and a year glued to the next word', () => {
    expect(
      header(
        'Minutes of Meeting of The Harbour District held on Monday18 March 2024 at 10.00 am in The Council Chamber',
      ),
    ).toMatchObject({ date: '2024-03-18', time: '10:00' });
    expect(header('HomeMy WebLinkAboutCouncil Minutes - April 17, 2019_unbound Mayor Jane Doe').date).toBe(
      '2019-04-17',
    );
    expect(header('Parish Council Meeting 12th Sept 2016 – Minutes').date).toBe('2016-09-12');
  });

  it('should pass over minutes named in a motion and a date the meeting was moved from', () => {
    const motion = [
      'MINUTES OF PROCEEDINGS OF MONTHLY MEETING OF WESTSHIRE COUNTY COUNCIL HELD Remotely AT 10.00 AM ON 8th March, 2021',
      'Proposed by Cllr. A. Burke, seconded by Cllr. C. Doyle and resolved “That the minutes of the Council Meeting held on the 8th February, 2021 be adopted”.',
    ].join('\n');
    expect(header(motion)).toMatchObject({ body: 'Westshire County Council', date: '2021-03-08' });
    expect(header('Moved from 12th March 2024, Licensing Committee - Tuesday, 19th March, 2024 10.00 am').date).toBe(
      '2024-03-19',
    );
  });

  it('should read a place after the date and a committee named before the corporation', () => {
    expect(header('Annual Meeting\n3rd June 2024, Council Chamber\nMembers Present')).toMatchObject({
      body: undefined,
      date: '2024-06-03',
      venue: 'Council Chamber',
    });
    expect(
      header(
        '1 Minutes of the Committee of the Whole Meeting of the Corporation of the Municipality of Elm Bay held on Tuesday at 7:03 p.m., in the Council Chambers, 5 Queen Street.',
      ),
    ).toMatchObject({ body: 'Committee of the Whole', time: '19:03', venue: 'the Council Chambers, 5 Queen Street' });
    expect(header('Confirmed at Council meeting 26 October 2011 – Signed by the President').body).toBeUndefined();
  });

  it('should read the body after a Scottish "Minute of ... Meeting" title and without a dangling "of"', () => {
    expect(
      header('Minute of Inaugural Meeting Joint Community Council of\n\nDate: Thursday, 9 November 2017 Time: 7.00 pm')
        .body,
    ).toBe('Joint Community Council');
  });
});

describe('a minutes heading with a clause saying when the meeting was held', () => {
  it('should read body, date, time and venue from "... MEETING OF X WHICH WAS HELD ON ..."', () => {
    const h = readHeader(
      toLines(
        'MINUTES OF THE TWELFTH (12TH) SPECIAL COUNCIL MEETING OF RIVERBEND MUNICIPALITY WHICH WAS HELD ON FRIDAY, 6 MAY 2016 IN THE COUNCIL CHAMBER, MAIN ROAD, RIVERBEND AT 09:30.',
      ),
    );
    expect([h.body?.value, h.date?.value, h.time?.value]).toEqual(['Riverbend Municipality', '2016-05-06', '09:30']);
  });
});

describe('an opening time written before the opening', () => {
  it('should read "At 6:06 p.m., the meeting was called to order" as the time', () => {
    const lines = toLines('1. Call to Order.\nAt 6:06 p.m., the meeting was called to order by the Chair.');
    expect(findOpeningTime(lines)?.value).toBe('18:06');
  });
});

describe('header times and dates placed around the heading', () => {
  it("should read a heading's time set straight before its date", () => {
    const h = readHeader(
      toLines('MINUTES OF CWM EIRIN COMMUNITY COUNCIL MEETING 7:30PM 28TH NOVEMBER 2018\nPresent: A, B'),
    );
    expect(h.date?.value).toBe('2018-11-28');
    expect(h.time?.value).toBe('19:30');
  });

  it('should read the time on the line after a date line broken after "at"', () => {
    const h = readHeader(
      toLines('Minutes from Virtual Ordinary Meeting held on\nMonday 6th July 2020 at\n7pm via a Zoom Virtual Meeting'),
    );
    expect(h.date?.value).toBe('2020-07-06');
    expect(h.time?.value).toBe('19:00');
  });

  it("should not date the meeting by an item's minutes of an earlier meeting in a list of items", () => {
    const h = readHeader(
      toLines(
        [
          'Agenda and minutes',
          'Ballyfarran Municipal District - Monday, 9th March, 2020 10.30 am',
          'Items',
          'No. Item',
          'BMD.21.20',
          'Minutes of Meeting of Ballyfarran Municipal District held on Monday 10th February 2020',
        ].join('\n'),
      ),
    );
    expect(h.date?.value).toBe('2020-03-09');
    expect(h.time?.value).toBe('10:30');
  });
});
