import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/ingest/minutes/lines.js';
import { readResolutions } from '../../../src/ingest/minutes/resolutions.js';

const read = (text: string): string[] => readResolutions(toLines(text)).resolutions.map((r) => r.text);

describe('readResolutions', () => {
  it('should carry a mover phrase left open at a line end on to the next line', () => {
    const text = [
      'RESOLVED ON THE MOTION OF',
      'COUNCILLOR EVANS, seconded by COUNCILLOR MARTIN,',
      'THAT the minutes be confirmed.',
    ];
    expect(read(text.join('\n'))).toEqual([
      'ON THE MOTION OF COUNCILLOR EVANS, seconded by COUNCILLOR MARTIN, THAT the minutes be confirmed.',
    ]);
  });

  it('should read a keyword that a minute reference runs into, but not a bare "Resolved" closing a line', () => {
    const text = [
      '25/3Resolved to approve the minutes of the meeting of 12th December 2024.',
      '25/4 Resolved that Mr T Evans be appointed internal auditor.',
      'Cllr K Danvers was elected as Chairman Resolved',
      '12/2025 figures were noted.',
    ].join('\n');
    expect(read(text)).toEqual([
      'to approve the minutes of the meeting of 12th December 2024.',
      'that Mr T Evans be appointed internal auditor.',
    ]);
  });

  it('should keep bullets under one "RESOLVED:" as one resolution, and stop at the next heading', () => {
    const text = [
      'RESOLVED:',
      '• That the report be noted.',
      '• That the Clerk seek three quotes for the boiler.',
      '6. Grants',
      'RESOLVED that the grant be approved.',
    ].join('\n');
    expect(read(text)).toEqual([
      '• That the report be noted. • That the Clerk seek three quotes for the boiler.',
      'that the grant be approved.',
    ]);
  });

  it('should read "Resolved" after a middle-dot bullet, and a sentence cut before the date it names', () => {
    const text = [
      'The minutes were taken as read.',
      '·         Resolved that the minutes should be approved and signed.',
      'RESOLVED to accept the minutes of the meeting held on',
      '21st June 2011 as a true record.',
      'RESOLVED to note the report of',
      '3. Footpaths',
    ].join('\n');
    expect(read(text)).toEqual([
      'that the minutes should be approved and signed.',
      'to accept the minutes of the meeting held on 21st June 2011 as a true record.',
      'to note the report of',
    ]);
  });

  it('should read the keyword inside a line: "and RESOLVED", ", RESOLVED", "BE IT RESOLVED"', () => {
    expect(read('Selectman Hale moved, Selectman Ortiz seconded, RESOLVED to waive late fees.')).toEqual([
      'to waive late fees.',
    ]);
    expect(
      read('WHEREAS the library is a hundred years old; NOW THEREFORE BE IT RESOLVED that May be Library Month.'),
    ).toEqual(['that May be Library Month.']);
    expect(read('It was unanimously RESOLVED that the report be noted.')).toEqual(['that the report be noted.']);
  });

  it('should read "Resolved:-" over a quoted resolution, which ends at its closing quote', () => {
    const text = [
      'Proposed by Cllr. H. Kenny',
      'Resolved:-',
      '“That Standing Orders be suspended.”',
      '(B)',
      'Minutes of the meeting',
    ].join('\n');
    expect(read(text)).toEqual(['“That Standing Orders be suspended.”']);
  });

  it('should read a resolution wrapped over lines and ORDERED, but not "It was resolved" in prose', () => {
    const text = ['it was RESOLVED', 'that the Board award the contract', 'in the sum of $184,000.'].join('\n');
    expect(read(text)).toEqual(['that the Board award the contract in the sum of $184,000.']);
    expect(read('ORDERED that the signs be removed.')).toEqual(['that the signs be removed.']);
    expect(read('It was resolved at this point to suspend standing order 70.')).toEqual([]);
  });

  it('should read a keyword after an adverb, a decimal label or a sentence, and each of several on one line', () => {
    expect(read('UNANIMOUSLY RESOLVED that the minutes be signed.')).toEqual(['that the minutes be signed.']);
    expect(read('8.2 Resolved – that the council supports a 20mph limit.')).toEqual([
      'that the council supports a 20mph limit.',
    ]);
    expect(read('8.3 Parking is an issue. Resolved – to write to the school.')).toEqual(['to write to the school.']);
    expect(
      read('With the Chairman absent the Council RESOLVED to elect Cllr Beck as Chairman. Cou/287/07-08 Declarations'),
    ).toEqual(['to elect Cllr Beck as Chairman.']);
    expect(
      read(
        '# BE IT RESOLVED THAT Council approves the agenda. 4. DELEGATIONS a) # BE IT RESOLVED THAT Council thanks her.',
      ),
    ).toEqual(['THAT Council approves the agenda.', 'THAT Council thanks her.']);
    expect(read('THE COMMITTEE RESOLVED ITEMS')).toEqual([]);
  });

  it('should leave the start of a line holding a keyword inside it to be read as an item', () => {
    const lines = toLines(
      'Minute no. 5 – Signing of the Minutes. Resolved that the minutes be signed, subject to:\nMinute no. 6 – Matters',
    );
    const found = readResolutions(lines);
    expect(found.resolutions.map((r) => r.text)).toEqual(['that the minutes be signed, subject to:']);
    expect(found.consumed.size).toBe(0);
  });
});

describe('readResolutions: lists, preambles and further resolutions', () => {
  it('should read "RESOLVED that:-" over a numbered list as one resolution each, stopping at another label style', () => {
    const text = [
      'RESOLVED that:-',
      '(1) the positions of Chair be referred to the Committee; and',
      '(2) the membership be agreed.',
      '3. Grants',
    ].join('\n');
    expect(read(text)).toEqual([
      'the positions of Chair be referred to the Committee; and',
      'the membership be agreed.',
    ]);
  });

  it('should keep the vote and the body resolving in the text, as written', () => {
    expect(
      read('Proposed by Cllr Cole and Seconded by Cllr Russ and RESOLVED by all that the notes be approved.'),
    ).toEqual(['by all that the notes be approved.']);
    expect(
      read('NOW, THEREFORE, BE IT RESOLVED by the Council of the Town of Ashby, that the plan be adopted.'),
    ).toEqual(['by the Council of the Town of Ashby, that the plan be adopted.']);
  });

  it('should read the kind of a resolution from what follows the vote', () => {
    const kinds = (text: string) => readResolutions(toLines(text)).resolutions.map((r) => r.kind);
    expect(kinds('RESOLVED by a majority to recommend to Cabinet that the fees rise.')).toEqual(['recommendation']);
    expect(kinds('RESOLVED (unanimously) to ask the County Council to clear the footpath.')).toEqual(['request']);
  });

  it('should read "AND BE IT FURTHER RESOLVED" in capitals as a resolution of its own', () => {
    const text = [
      'BE IT RESOLVED that the plan be adopted.',
      'AND BE IT FURTHER RESOLVED that the Clerk publish it.',
    ].join('\n');
    expect(read(text)).toEqual(['that the plan be adopted.', 'that the Clerk publish it.']);
  });
});

describe('resolution labels and lettered points with keywords of their own', () => {
  const texts = (lines: string[]): string[] =>
    readResolutions(toLines(lines.join('\n'))).resolutions.map((r) => r.text);

  it('should read "IT WAS resolved:" on its own line as a label over the resolution', () => {
    expect(
      texts(['IT WAS resolved:', 'To accept the reason given for absence.', 'Public participation time:']),
    ).toEqual(['To accept the reason given for absence.']);
  });

  it('should not read a lower-case "it was resolved" in running text as a resolution', () => {
    expect(texts(['After some discussion it was resolved to wait for the quotes.'])).toEqual([]);
  });

  it('should end a resolution where a lettered point holds a keyword of its own', () => {
    expect(
      texts([
        'a. Footpath warden – it was unanimously RESOLVED to appoint Cllr Wren as the footpath warden, who will report',
        'to each meeting.',
        'b. Tree warden – it was unanimously RESOLVED to appoint Cllr Marsh as the tree warden.',
      ]),
    ).toEqual([
      'to appoint Cllr Wren as the footpath warden, who will report to each meeting.',
      'to appoint Cllr Marsh as the tree warden.',
    ]);
  });

  it('should read "BE IT AND IT IS HEREBY RESOLVED" as "BE IT RESOLVED"', () => {
    expect(texts(['NOW, THEREFORE, BE IT AND IT IS HEREBY RESOLVED that Mrs Lowe be thanked.'])).toEqual([
      'that Mrs Lowe be thanked.',
    ]);
  });
});
