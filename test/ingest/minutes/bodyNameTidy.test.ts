import { describe, expect, it } from 'vitest';
import { tidyBody, tidyBodyName } from '../../../src/ingest/minutes/bodyNameTidy.js';

describe('tidying a body name read from flattened page text', () => {
  it.each([
    ['Parish Council Minutes of Monday 3rd June 2024 in the Old School at 7pm', 'Parish Council'],
    ['Town Council Minutes, March 2023', 'Town Council'],
    ['City Council minutesApril 4, 2011 Page', 'City Council'],
    ['11 02 2021 Council Minutes2\ufffd', 'Council'],
    ['3 Minutes of Council', 'Council'],
    // "MINUTES" / "OF THE BOARD OF COMMISSIONERS OF WEBER COUNTY": the heading's second line.
    ['Of the Board of Commissioners of Weber County', 'Board of Commissioners of Weber County'],
    ['Rescheduled from 2nd May 2022, Planning Committee', 'Planning Committee'],
    ['Council Meeting Minutes |', 'Council'],
    ['Board – Minutes Shire of Nowhere MINUTES MAY 2015', 'Board'],
    ['Portal HomeMinutes - May 5, 2009RIVERTON CITY COUNCIL CITY COUNCIL MEETING TOWN HALL', 'RIVERTON CITY COUNCIL'],
    ['Cyngor Cymuned Abergwyn Community Council', 'Abergwyn Community Council'],
    ['Cyngor Tref Town Council', 'Town Council'],
    ['HomeMy WebLinkAbout09-02-2009 City Council', 'City Council'],
    ['HomeMy WebLinkAboutVILLAGE BOARD', 'VILLAGE BOARD'],
    ['Scrutiny Panel (Item 117)', 'Scrutiny Panel'],
    ['MINUTES OF THE PARISH COUNCIL EXTRA ORDINARY MEETING', 'PARISH COUNCIL'],
    ['Hightown County Board of Super- visors', 'Hightown County Board of Supervisors'],
    ['The City Council of the City of Lowton rnet in regular session', 'The City Council of the City of Lowton'],
    ['Ordinary Council Tuesday', 'Ordinary Council'],
    ['Meeting of the Parish Council at 8:45PM on Monday 25th June 2018 in Elmstead Village Hall', 'Parish Council'],
  ])('should keep the name in %j', (raw, name) => {
    expect(tidyBodyName(raw)).toBe(name);
  });

  it.each([
    ['Children and Young People Scrutiny Committee'],
    ['Council of the City of Elgin, Illinois'],
    ['Full Parish Meeting of the Council'],
    ['Annual Parish Meeting'],
    ['Regular Meeting of the Town Board'],
    ['Planning Committee (Major Applications)'],
    ['Cyngor Cymuned Llanfair'],
    ['The Township of Oro- Medonte Council'],
    ['council'],
    ['City Council of the City of Elm Center'],
  ])('should leave a clean name as it is: %j', (raw) => {
    expect(tidyBodyName(raw)).toBe(raw);
  });

  it.each([
    ['Held at Council Chambers, RIVERTON'],
    ['Jo Bloggs Deputy Clerk to the Council'],
    ['Synopsis of'],
    ['At Council Chambers, Main Room Civic Centre Commencing at 2.00 pm'],
    ['Council Chamber, Town Hall'],
    ['Posted in Parish Council Meeting minutes'],
    ['Public Forum – None'],
    ['"Minutes posted before approval by Council are only drafts!!!"'],
    ['and Town Council Monthly Meeting'],
    ['Regular'],
    ['Ms Jo Bloggs (President, Village Hall Committee of Management)'],
  ])('should drop %j, which names no body', (raw) => {
    expect(tidyBodyName(raw)).toBeNull();
  });

  it('should narrow the span to the name kept when the source holds the value as read', () => {
    const text = 'Town Council Minutes, March 2023';
    const tidied = tidyBody({ value: text, span: { start: 100, end: 100 + text.length } });
    expect(tidied).toEqual({ value: 'Town Council', span: { start: 100, end: 112 } });
  });

  it('should keep the span as it was when the value was rewritten from the source', () => {
    const tidied = tidyBody({ value: 'Cyngor Tref Town Council', span: { start: 5, end: 40 } });
    expect(tidied).toEqual({ value: 'Town Council', span: { start: 5, end: 40 } });
  });
  it('should tidy a long line of words in ordinary case ending in a postcode at once, not backtracking for minutes', () => {
    // A contact line read as a body (found by the readers' property test): no name in capitals ends it.
    const line =
      'Jane Merrow Corporate Director of People Westbury City Council Ashdown House Mill Street Westbury WB2 3NG';
    const t0 = performance.now();
    tidyBodyName(line);
    tidyBodyName(`${line} ${line}`);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(tidyBodyName('approval KILBARRA COMMUNITY COUNCIL')).toBe('KILBARRA COMMUNITY COUNCIL');
  });
});
