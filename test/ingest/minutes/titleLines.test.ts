import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../src/ingest/minutes/header.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';
import {
  authorityBeforeMinutes,
  bodyTitleLine,
  capitalsTitleInside,
  nameAfterMinutesTitle,
} from '../../../src/ingest/minutes/titleLines.js';

const header = (text: string): Record<string, string | undefined> => {
  const h = readHeader(toLines(text));
  return { body: h.body?.value, date: h.date?.value };
};

describe('bodyTitleLine', () => {
  it('should read the body a title line names before the kind of meeting, its date or time after', () => {
    expect(bodyTitleLine(toLines('Minutes of Glanrafon Community Council Meeting 7:30Pm 14Th March 2019'))?.name).toBe(
      'Glanrafon Community Council',
    );
    expect(bodyTitleLine(toLines('Upper Weldon Parish Council Extra Ordinary meeting.\nHeld at the Hall'))?.name).toBe(
      'Upper Weldon Parish Council',
    );
    expect(bodyTitleLine(toLines('Cedar Hollow Owners Association, Inc. Board of Directors Meeting'))?.name).toBe(
      'Cedar Hollow Owners Association, Inc. Board of Directors',
    );
  });

  it('should not take a sentence, an item heading below the attendance or a title with text after it', () => {
    expect(bodyTitleLine(toLines('The Parish Council meeting was held in the hall.'))).toBeNull();
    expect(bodyTitleLine(toLines('Present: Cllr A Jones\nPlanning Committee Meeting'))).toBeNull();
    expect(bodyTitleLine(toLines('Report of the Planning Committee meeting on the new car park'))).toBeNull();
    expect(bodyTitleLine(toLines('report to Finance Committee meeting'))).toBeNull();
  });
});

describe('authorityBeforeMinutes', () => {
  it('should take an authority in capitals before a heading that names only the kind of meeting', () => {
    expect(authorityBeforeMinutes(toLines('TOWN OF BRAMPTON HILL MINUTES OF REGULAR COUNCIL MEETING'))?.name).toBe(
      'TOWN OF BRAMPTON HILL',
    );
  });

  it('should leave a heading that names its own committee to the minutes heading', () => {
    expect(authorityBeforeMinutes(toLines('CITY OF BRAMPTON MINUTES OF THE PLANNING COMMITTEE'))).toBeNull();
  });
});

describe('capitalsTitleInside', () => {
  it('should find the title in capitals after a file name glued to it in a run-on page', () => {
    const text = `HomeMy WebLinkAboutCC_2001-03-12 MinutesPORT ELLIS CITY COUNCIL REGULAR MEETING -MARCH 12, 2001 CITY HALL ${'ROLL CALL '.repeat(12)}`;
    expect(capitalsTitleInside(toLines(text))?.name).toBe('PORT ELLIS CITY COUNCIL');
    expect(header(text)).toEqual({ body: 'Port Ellis City Council', date: '2001-03-12' });
  });

  it('should not read the notice of the next meeting as the title', () => {
    const text = `MINUTES Ordinary Council Meeting 6.00pm Tuesday 23 April 2019 VENUE: Civic Centre, Linton NEXT ORDINARY COUNCIL MEETING 6.00pm Tuesday 28 May 2019 ${'Copies of the minutes can be obtained online. '.repeat(3)}`;
    expect(capitalsTitleInside(toLines(text))).toBeNull();
    expect(bodyTitleLine(toLines('Next Parish Council Meeting 12 May 2024'))).toBeNull();
  });

  it('should not read a short line or a minutes heading as the title', () => {
    expect(capitalsTitleInside(toLines('PORT ELLIS CITY COUNCIL REGULAR MEETING'))).toBeNull();
  });
});

describe('readHeader opening sentence', () => {
  it('should read the body of "a special meeting of X occurred on"', () => {
    expect(
      header(
        'CEDAR HOLLOW\nA special meeting of the Cedar Hollow Association Board of Directors occurred on\nMay 4, 2021 via ZOOM.',
      ),
    ).toEqual({ body: 'Cedar Hollow Association Board of Directors', date: '2021-05-04' });
  });
});

describe('nameAfterMinutesTitle', () => {
  it('should read the body after a capitals title opening with MINUTES, and not a kind of meeting', () => {
    const title = '1 MINUTES BAYVIEW CITY COUNCIL HARBOUR COMMUNITY CENTRE NOVEMBER 14, 2016 7:00 PM - REGULAR MEETING';
    expect(nameAfterMinutesTitle(toLines(title))?.name).toBe('BAYVIEW CITY COUNCIL');
    expect(nameAfterMinutesTitle(toLines('MINUTES REGULAR COUNCIL MEETING NOVEMBER 14, 2016'))).toBeNull();
    expect(nameAfterMinutesTitle(toLines('MINUTES BAYVIEW CITY COUNCIL'))).toBeNull();
  });
});
