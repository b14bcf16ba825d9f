import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/ingest/minutes/parseText.js';

function itemsOf(text: string): [string | null, string][] {
  const meeting = parseText(text).meetings[0]!;
  return meeting.items.map((i) => [i.number, i.title]);
}

const HEAD =
  'Minutes of the Ordinary Council Meeting held on 14 May 2024\nPRESENT\nCouncillors Vale, Brandt and Fenn.\n';

describe('titles in capitals broken over short lines', () => {
  it('joins the lines of a capitals heading under a number alone until the minutes start', () => {
    const items = itemsOf(
      `${HEAD}1.\nOPENING\nMEETING\nThe Mayor opened the meeting at 6.31pm.\n2.\nACKNOWLEDGEMENT\nTO TRADITIONAL OWNERS OF LAND\nThe Mayor acknowledged the traditional owners.\n`,
    );
    expect(items).toEqual([
      ['1', 'OPENING MEETING'],
      ['2', 'ACKNOWLEDGEMENT TO TRADITIONAL OWNERS OF LAND'],
    ]);
  });

  it('leaves an outcome or a councillor in capitals under the heading out of its title', () => {
    const items = itemsOf(
      `${HEAD}1.\nAPOLOGIES\nNIL\nThere were no apologies received.\n2.\nLEAVE OF ABSENCE\nCR BRANDT\nLeave was granted for the June meeting.\n`,
    );
    expect(items).toEqual([
      ['1', 'APOLOGIES'],
      ['2', 'LEAVE OF ABSENCE'],
    ]);
  });
});

describe('contents and table rows that number items', () => {
  it("reads 'ITEM - 9' rows with their dotted page numbers as the items they list", () => {
    const items = itemsOf(
      `${HEAD}ITEM - 1     APPLICATIONS FOR LEAVE OF ABSENCE.. 1\nITEM - 2     DECLARATIONS OF INTEREST.. 1\nITEM - 3     CONFIRMATION OF THE MINUTES.. 2\n`,
    );
    expect(items).toEqual([
      ['1', 'APPLICATIONS FOR LEAVE OF ABSENCE'],
      ['2', 'DECLARATIONS OF INTEREST'],
      ['3', 'CONFIRMATION OF THE MINUTES'],
    ]);
  });

  it("reads flattened rows '| 1. | Title | |' as numbered items", () => {
    const items = itemsOf(
      `${HEAD}| 1. | No apologies for Absence | |\n| 2. | Correspondence | |\nLetters were noted.\n`,
    );
    expect(items).toEqual([
      ['1', 'No apologies for Absence'],
      ['2', 'Correspondence'],
    ]);
  });
});

describe('unnumbered headings whose case was lost in part', () => {
  const text =
    'MINUTES OF Ordinary Meeting\nHeld at Council Chambers, WARRAGONG\non Wednesday, 16 March, 2011\nPRESENT\nCouncillors\nFennimore (Chairman), Gatsby and Ibsen\nOPENING PRAYER\nPastor Lee opened the Meeting in prayer.\nAcknowledgement of CULTURAL DIVERSITY\nStatement by the Chairman:\n"We acknowledge the many cultures of our community."\nWEBCASTING OF COUNCIL\nMEETING\nStatement by the Chairman:\n"The meeting is recorded."\nAPOLOGIES / leave of absence\nRESOLVED ON THE MOTION OF\nCOUNCILLOR GATSBY, seconded by COUNCILLOR IBSEN,\nTHAT the apologies from Councillor Jarvie be accepted and\nleave of absence be granted.\npresentations\nNil\ndeclarations of interest\nNil\n';

  it('keeps a mixed-case heading, a wrapped one and a lower-case one after a resolution', () => {
    expect(parseText(text).meetings[0]!.items.map((i) => i.title)).toEqual([
      'OPENING PRAYER',
      'Acknowledgement of CULTURAL DIVERSITY',
      'WEBCASTING OF COUNCIL MEETING',
      'APOLOGIES / leave of absence',
      'presentations',
      'declarations of interest',
    ]);
  });

  it('keeps the wrapped mover phrase in the resolution', () => {
    const item = parseText(text).meetings[0]!.items[3]!;
    expect(item.resolutions.map((r) => r.text)).toEqual([
      'ON THE MOTION OF COUNCILLOR GATSBY, seconded by COUNCILLOR IBSEN, THAT the apologies from Councillor Jarvie be accepted and leave of absence be granted.',
    ]);
  });
});
