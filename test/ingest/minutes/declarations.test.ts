import { describe, expect, it } from 'vitest';
import { readDeclarations, readDeclarationsInTitle } from '../../../src/ingest/minutes/declarations.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';

const read = (text: string, declarationsItem = true): [string, string | null][] =>
  readDeclarations(toLines(text), null, declarationsItem).map((d) => [d.name, d.item]);

describe('readDeclarations', () => {
  it('should read a table flattened to one cell per line, one declaration per item', () => {
    const text = [
      'Member',
      'Item',
      'Nature of Interest',
      'A.B. Price',
      '4 – Parks',
      'Trustee of the trust',
      'C. Dale',
      '9',
      'Owns land nearby',
    ].join('\n');
    expect(read(text)).toEqual([
      ['A.B. Price', '4'],
      ['C. Dale', '9'],
    ]);
  });

  it('should read a subject wrapped before its verb', () => {
    expect(read('COUNCILLOR\nMARSH declared a pecuniary interest in Item 7 - Lease.')).toEqual([
      ['COUNCILLOR MARSH', '7'],
    ]);
  });

  it('should not take attendance for a declaration', () => {
    expect(read('Cllr. A Brown and Cllr. Mrs B Green had attended the open day.')).toEqual([]);
  });

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

describe('readDeclarations on layouts from councils not seen before', () => {
  it('should read numbered entries, a role before the name and an adverb before the verb', () => {
    const text = [
      '(1) Councillor Anna Moyes declared a personal interest in agenda item 17(6) as a berth holder.',
      '(2) The Chair, Councillor Ruth Bain, declared an interest in Item #7 as a trustee.',
      'Councillor Fraser Kerr similarly declared a prejudicial interest.',
    ].join('\n');
    expect(read(text, false)).toEqual([
      ['Councillor Anna Moyes', '17(6)'],
      ['Councillor Ruth Bain', '7'],
      ['Councillor Fraser Kerr', null],
    ]);
  });

  it('should give the declarations under "Item 5 -" that item, and take no pronoun for a person', () => {
    const text = [
      'Item 5 -',
      'Councillor Petrie made a transparency statement in respect of',
      'the item. She informed the Committee that she would remain.',
    ].join('\n');
    expect(read(text)).toEqual([['Councillor Petrie', '5']]);
  });

  it('should read a "Declarations of Interests:" label in a page without items, and the lead sentence\'s item', () => {
    const labelled = ['Declarations of', 'Interests:', 'Councillor Black made a transparency statement.'].join('\n');
    expect(read(labelled, false)).toEqual([['Councillor Black', null]]);
    const lead = [
      'A number of Councillors declared an interest in Item 9 – Petition as follows:',
      'Councillor Mason stated that she is a member of the Town Council.',
    ].join('\n');
    expect(read(lead)).toEqual([['Councillor Mason', '9']]);
  });

  it('should read a declarations table that lost its separators, and "Cllr Y: re 1417"', () => {
    const text = [
      'Councillor Agenda item Nature of interest',
      'Cllr P. M. Jones 16/142 Personal Member has professional connections',
      'Cllr T Webb: re 1423, member of the allotment society',
    ].join('\n');
    expect(read(text)).toEqual([
      ['Cllr P. M. Jones', '16/142'],
      ['Cllr T Webb', '1423'],
    ]);
  });

  it('should find none in "None", "Conflict of interest – none." or "None at this stage of the meeting"', () => {
    expect(read('None at this stage of the meeting')).toEqual([]);
    expect(read('None.')).toEqual([]);
    expect(read('There were no declarations of interest.', false)).toEqual([]);
  });
});
