import { describe, expect, it } from 'vitest';
import { readDeclarations, readDeclarationsInTitle } from '../../../src/ingest/minutes/declarations.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';

const read = (text: string, declarationsItem = true): [string, string | null][] =>
  readDeclarations(toLines(text), null, declarationsItem).map((d) => [d.name, d.item]);

describe('readDeclarations', () => {
  it('should read one declaration per person when a sentence names several', () => {
    expect(read('Cllrs Blake and Gordon declared that they live in Birch Green.')).toEqual([
      ['Councillor Blake', null],
      ['Councillor Gordon', null],
    ]);
    expect(
      read(
        'Councillors P.M. McDonald and B. Kumar declared an Other Disclosable Interest in respect of minute item 32/24.',
      ),
    ).toEqual([
      ['Councillor P.M. McDonald', '32/24'],
      ['Councillor B. Kumar', '32/24'],
    ]);
  });

  it('should read names without titles, members and the item a declaration names', () => {
    expect(read('Liz Jeremy declared a Non-Pecuniary Interest on item 11.1 as she is on the board.')).toEqual([
      ['Liz Jeremy', '11.1'],
    ]);
    expect(read('Member Pirrie declared an interest in Item 12, grants.')).toEqual([['Member Pirrie', '12']]);
    expect(read('Mr L C R Mallett - declared a DPI in respect of Agenda item 8, Notice of Motion 2.')).toEqual([
      ['Mr L C R Mallett', '8'],
    ]);
  });

  it('should read "The following Members declared ...:-" over a list of names, and stop at the next statement', () => {
    const text = [
      'The following Members declared a personal interest for Agenda item number 11 – Housing Ballot:-',
      'Councillors: V. Gay, R.J.T. Guest and E.W. Owen.',
      'Mr Z Abbott - declared an interest in Agenda item 5 as a trader.',
    ].join('\n');
    expect(read(text, false)).toEqual([
      ['Councillor V. Gay', '11'],
      ['Councillor R.J.T. Guest', '11'],
      ['Councillor E.W. Owen', '11'],
      ['Mr Z Abbott', '5'],
    ]);
  });

  it('should not take prose outside the declarations item for a declaration unless it says "interest"', () => {
    expect(read('Cllr Blake stated that the path was flooded.', false)).toEqual([]);
    expect(read('There were no declarations of interest.')).toEqual([]);
  });

  it('should read declarations written into the heading of the declarations item', () => {
    const [line] = toLines('2) Declarations of Interest – PM and GW in relation to Acre field');
    expect(
      readDeclarationsInTitle(line!, 'Declarations of Interest – PM and GW in relation to Acre field'),
    ).toMatchObject([
      { name: 'PM', item: null },
      { name: 'GW', item: null },
    ]);
  });
});
