import { describe, expect, it } from 'vitest';
import { readDeclarations, readDeclarationsInTitle } from '../../../src/ingest/minutes/declarations.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';
import { parseText } from '../../../src/ingest/minutes/parseText.js';

const read = (text: string, declarationsItem = true): [string, string | null][] =>
  readDeclarations(toLines(text), null, declarationsItem).map((d) => [d.name, d.item]);

describe('readDeclarations', () => {
  it('should read a name-first row after a minute reference, the item between the name and the brackets', () => {
    expect(read('19/6 Councillor J P Morris – Item 17 (Prejudicial Interest on Planning Matters).')).toEqual([
      ['Councillor J P Morris', '17'],
    ]);
  });

  it('should not take a statement made for reasons of transparency for a declaration', () => {
    const text =
      '· In relation to item 9.1 (Music Service), Councillor Blair advised for reasons of transparency that her son ' +
      'took lessons, however she did not consider that this amounted to a declaration of interest;';
    expect(read(text)).toEqual([]);
    expect(read('Councillor Blair declared for reasons of transparency an interest in item 9.1.')).toEqual([
      ['Councillor Blair', '9.1'],
    ]);
  });

  it('should read who declarations were received from, inside a sentence, with the item named before or after', () => {
    const text =
      'Declarations of Interest: With regard to item 11.1 declarations of interest were received from Cllr Ann ' +
      'Lowe and Cllr Rhys Hale and a Welfare Declaration of Interest was received from Cllr P Kemp in item 12.';
    expect(read(text)).toEqual([
      ['Cllr Ann Lowe', '11.1'],
      ['Cllr Rhys Hale', '11.1'],
      ['Cllr P Kemp', '12'],
    ]);
    expect(read('No declarations of interest were received from members.')).toEqual([]);
  });

  it('should give two given names before one surname that surname', () => {
    expect(read('Councillors Mark and Helen Ashby both declared a personal interest in Item 6.')).toEqual([
      ['Councillor Mark Ashby', '6'],
      ['Councillor Helen Ashby', '6'],
    ]);
    expect(read('Councillors Lawton and Midgley declared prejudicial interests in item 11.')).toEqual([
      ['Councillor Lawton', '11'],
      ['Councillor Midgley', '11'],
    ]);
  });

  it('should pair each person with the minute number after "re", and read no pairs out of a sentence', () => {
    expect(read('Cllr Dunmore re 3107 & Cllr Lowry re 3105.')).toEqual([
      ['Cllr Dunmore', '3107'],
      ['Cllr Lowry', '3105'],
    ]);
    expect(read('Cllr Dunmore re 3107 asked that the hedge be cut.')).toEqual([]);
  });

  it('should keep an office apart from the names after it only in a list that ends with "and"', () => {
    expect(read('The Chair, Councillor Grewal, declared a personal interest in item 3.')).toEqual([
      ['Councillor Grewal', '3'],
    ]);
    expect(
      read('the Convener, the Vice Convener and Councillor Orr declared an interest in item 8.4 as directors.'),
    ).toEqual([
      ['the Convener', '8.4'],
      ['the Vice Convener', '8.4'],
      ['Councillor Orr', '8.4'],
    ]);
  });

  it('should read one declaration per planning application only where two or more are named', () => {
    const two =
      'Councillor Haldane declared that with regard to application 23/0412C he had called it in and with regard to ' +
      'application 23/0388C the agent is known to him.';
    expect(read(two)).toEqual([
      ['Councillor Haldane', '23/0412C'],
      ['Councillor Haldane', '23/0388C'],
    ]);
    expect(read('Councillor Pryor declared that she knew the applicant for application 23/0501C.')).toEqual([
      ['Councillor Pryor', null],
    ]);
  });

  it('should read a list run into one line after "declarations were recorded:", cut before its last item', () => {
    const text =
      'Members were asked to declare any interest. The following declarations were recorded: Clr J Moss Item 9.2 ' +
      'DA 2021/4 : Carport : 3 High Street Clr P K Lane Item 9.2 DA 2021/4 : Carport Clr T Ng Late Item';
    expect(read(text, false)).toEqual([
      ['Clr J Moss', '9.2'],
      ['Clr P K Lane', '9.2'],
      ['Clr T Ng', null],
    ]);
  });

  it('should not read a run of names without a declarations lead as declarations', () => {
    expect(read('Present: Clr J Moss Item 9.2 Clr P K Lane Item 9.3', false)).toEqual([]);
  });

  it('should read an office joined to a name by "and" as a person of its own, but not an office in apposition', () => {
    expect(
      read('(2) to note that the Convener and Councillor Rae declared an interest in item 4.1 as directors.'),
    ).toEqual([
      ['the Convener', '4.1'],
      ['Councillor Rae', '4.1'],
    ]);
    expect(read('The Chair, Councillor Grewal, declared a prejudicial interest in item 3.')).toEqual([
      ['Councillor Grewal', '3'],
    ]);
  });

  it('should not take a connection that the member concluded was no interest for a declaration', () => {
    const text =
      '(1) Councillor Watt declared an interest in agenda item 7.1 by virtue of his employment.\n' +
      '(2) Councillor Mair advised that she had a connection to item 8.1. Having applied the objective test, she did ' +
      'not consider that she had an interest and would remain.';
    expect(read(text)).toEqual([['Councillor Watt', '7.1']]);
  });

  it('should read every item of a list whose first item carries a long bracket', () => {
    const text =
      'Councillor Hale declared a prejudicial interest in items 7 (Community Area Grant application for the Old ' +
      'Town Heritage Society) and item 10 (Grant application for the Partnership).';
    expect(read(text, false)).toEqual([
      ['Councillor Hale', '7'],
      ['Councillor Hale', '10'],
    ]);
  });

  it('should read a declaration whose OCR line lost the end of "interest" when it says "pecuniary"', () => {
    // The sentence goes on to the next line, which names its item.
    expect(read('Councillor Ada Birch declared a potential pecuniary interes\nwith agenda item 4.', false)).toEqual([
      ['Councillor Ada Birch', '4'],
    ]);
  });

  it('should open a section under a "Disclosure of Interest" heading and read its flattened table', () => {
    const text = [
      'Disclosure of Interest',
      'Councillor',
      'Items',
      'Type of Interest',
      'Cr Ann Vale',
      'CS21/4 Pool Upgrade',
      'Non-Pecuniary - member of the swim club.',
      'Apologies',
      'No apologies.',
    ].join('\n');
    expect(read(text, false)).toEqual([['Cr Ann Vale', 'CS21/4']]);
  });

  it("should end a declarations heading's section at the next numbered heading", () => {
    const text = [
      '2-0607/8 - Declarations of Interest',
      'There were no declarations of interest.',
      '3-0607/8 – Local Development Framework',
      'CM advised that he and PS had reviewed the questionnaire and that the reply was not their personal views.',
    ].join('\n');
    // Before this rule the statement under the next heading was read as CM's declaration.
    expect(read(text, false)).toEqual([]);
  });

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
      'Councillor Petrie declared an interest in respect of',
      'the item. She informed the Committee that she would leave.',
    ].join('\n');
    expect(read(text)).toEqual([['Councillor Petrie', '5']]);
  });

  it('should not take a Scottish transparency statement (a connection that is no interest) for a declaration', () => {
    const text = [
      'Item 5 -',
      'Councillor Black declared an interest in item 5 by virtue of chairing the applicant. She left the meeting.',
      'Item 5 -',
      'Councillor Petrie made a transparency statement in respect of Item',
      '5 by virtue of working closely with Councillor Black. She would remain.',
      'Councillors Dickinson and Victor made transparency statements in respect of Item 6.',
    ].join('\n');
    expect(read(text)).toEqual([['Councillor Black', '5']]);
  });

  it('should read every item of a declaration that wrapped after its verb, and a later "and item N"', () => {
    const text = [
      'As a friend of the applicant, Cllr D Trewin declared a',
      'personal and prejudicial interest in item 12.3(c), a pre-application for the',
      'erection of a barn at Polgrean.',
      'As a neighbour, Cllr Potter declared a personal interest in item 12.3(d), a',
      'planning application at Carn Farm and item 12.5 where it',
      'referred to Four Acres.',
    ].join('\n');
    expect(read(text, false)).toEqual([
      ['Cllr D Trewin', '12.3(c)'],
      ['Cllr Potter', '12.3(d)'],
      ['Cllr Potter', '12.5'],
    ]);
  });

  it('should read a "Declarations of Interests:" label in a page without items, and the lead sentence\'s item', () => {
    const labelled = ['Declarations of', 'Interests:', 'Councillor Black declared an interest.'].join('\n');
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

describe('readDeclarations on US, Canadian and table layouts', () => {
  it('should read a recusal or an abstention for a conflict of interest outside the declarations item', () => {
    expect(read('Councilmember Ortiz recused himself from Item 6.B due to a conflict of interest.', false)).toEqual([
      ['Councilmember Ortiz', '6.B'],
    ]);
    expect(read('Commissioner Reyes abstained from the vote citing a conflict of interest.', false)).toEqual([
      ['Commissioner Reyes', null],
    ]);
    expect(read('Mr. Lopez stated he has a conflict of interest and would not vote.', false)).toEqual([
      ['Mr. Lopez', null],
    ]);
  });

  it('should not take an abstention or a statement without a conflict for a declaration', () => {
    expect(read('Councilmember Park abstained from the vote.', false)).toEqual([]);
    expect(read('Councillor Hale stated that it was in the public interest.', false)).toEqual([]);
    expect(read('Mayor Brandt declared the meeting adjourned at 8:05 p.m.', false)).toEqual([]);
  });

  it('should keep item numbers such as E-2 and 8(c), and give one declaration per item a list names', () => {
    expect(read('Deputy Mayor Meloche disclosed a pecuniary interest in Item E-2 as a relative works there.')).toEqual([
      ['Deputy Mayor Meloche', 'E-2'],
    ]);
    expect(
      read('Councillor Andy Simmons declared a personal interest in items 6.2 (10-AP-1803) and item 6.3 (10-AP-1834).'),
    ).toEqual([
      ['Councillor Andy Simmons', '6.2'],
      ['Councillor Andy Simmons', '6.3'],
    ]);
  });

  it('should read a pipe table whose rows open with the item, with or without a header row', () => {
    const headed = [
      '| Item | Councillor | Type | Nature of interest |',
      '| 7 | Cllr X Smith | Personal | Member of the bowls club |',
    ].join('\n');
    expect(read(headed)).toEqual([['Cllr X Smith', '7']]);
    expect(read('12 | Councillor Brown | Prejudicial | Neighbour of the applicant')).toEqual([
      ['Councillor Brown', '12'],
    ]);
  });

  it('should read cells that end in a pipe, one a line', () => {
    const text = ['Member |', 'Minute No. |', 'Nature of Interest |', 'Councillor Waterfield |', 'Minute No. 84 |'];
    expect(read([...text, 'Has spoken to objectors |'].join('\n'))).toEqual([['Councillor Waterfield', '84']]);
  });

  it('should read rows whose cells runs of spaces set apart, from the source', () => {
    const source = [
      '0654 & 0655        Councillor James Watson      Significant Other Interest',
      'Lady Fisher        Personal interest in item 11',
    ].join('\n');
    const found = readDeclarations(toLines(source), null, true, source).map((d) => [d.name, d.item]);
    expect(found).toEqual([
      ['Councillor James Watson', '0654'],
      ['Councillor James Watson', '0655'],
      ['Lady Fisher', '11'],
    ]);
  });

  it('should read people listed with their interest in brackets after a declarations label', () => {
    const text = [
      'Declaration of interest to the Agenda - Ann Hughes (an invoice as warden of the hall).',
      'Dai Jones (electrical work at the hall) and Mair Roberts (a school governor).',
      'The last minutes were read and signed as correct.',
    ].join('\n');
    expect(read(text, false)).toEqual([
      ['Ann Hughes', null],
      ['Dai Jones', null],
      ['Mair Roberts', null],
    ]);
    expect(read('Cllr A Smith (Vice Chair) and Cllr B Jones (arrived at 7.10pm)')).toEqual([]);
  });

  it('should read a declaration after a first sentence that says none, and a subject wrapped at the end of a line', () => {
    expect(
      read('None of the Members sat on the Board. Councillor Swindlehurst declared that he was the Cabinet Member.'),
    ).toEqual([['Councillor Swindlehurst', null]]);
    expect(
      read('During discussion of motion no. 8 (minute no. 6 refers), Cllr Rook\ndeclared a personal interest.', false),
    ).toEqual([['Cllr Rook', '6']]);
  });
});

describe('declarations under "Item N" labels on a page headed by the declarations item', () => {
  it('should read each label as the item of the declarations below it, whatever verb they use', () => {
    const text = [
      'Agenda item',
      'Roll Call of Members Present, Apologies for Absence and Members Declarations of Interest',
      'Two members observed the meeting and took no part.',
      'Item 4',
      'Cllr Dale declared that he had spoken to the applicant.',
      'Item 6',
      'Mr Pike declared that he was a member of the show society.',
    ].join('\n');
    const [meeting] = parseText(text).meetings;
    expect(meeting?.declarations.map((d) => [d.name, d.item])).toEqual([
      ['Cllr Dale', '4'],
      ['Mr Pike', '6'],
    ]);
  });
});

describe('declarations grouped under each member and runs that lost their breaks', () => {
  it('should give a member alone on a line every item of the lines below, and no item to a line without one', () => {
    const text = [
      '• Councillor Pellow',
      'Cabinet held on 17th September 2024',
      'Minute 48 - Leisure Centre - Non-pecuniary interest - member of the club & Minute 49 - Pool Charges - the same;',
      '• Councillor Quayle',
      'Licensing Committee held 25th September 2024',
      'Interest in the referred minutes; attended under the dispensation granted;',
      '• Councillor Rendall',
      'Minute 19 (Annual Governance Statement) - Non-pecuniary interest - school governor',
    ].join('\n');
    expect(read(text)).toEqual([
      ['Councillor Pellow', '48'],
      ['Councillor Pellow', '49'],
      ['Councillor Quayle', null],
      ['Councillor Rendall', '19'],
    ]);
  });

  it('should not read a member alone on a line, or the lines below, outside the declarations item', () => {
    expect(read('• Councillor Pellow\nMinute 48 - Leisure Centre - Non-pecuniary interest', false)).toEqual([]);
  });

  it('should split a run of declarations at each title glued to the word before it, an office first', () => {
    const text =
      'Non-pecuniary interests were declared by: The Chairman as a trustee of the hallCllr. Darrow in relation to ' +
      'the allotmentsCllr. Salt whose son plays for the club';
    expect(read(text)).toEqual([
      ['The Chairman', null],
      ['Cllr. Darrow', null],
      ['Cllr. Salt', null],
    ]);
  });

  it('should give a given name alone the surname of the full name beside it, and a surname alone none', () => {
    expect(read('Councillors Mark and Helen Ashby declared an interest in item 6.').map(([n]) => n)).toEqual([
      'Councillor Mark Ashby',
      'Councillor Helen Ashby',
    ]);
    expect(read('Councillors Darrow and John Salt declared an interest in item 6.').map(([n]) => n)).toEqual([
      'Councillor Darrow',
      'Councillor John Salt',
    ]);
  });

  it('should not split a sentence that names two members in the ordinary way', () => {
    expect(read('Cllr Darrow and Cllr Salt declared an interest in item 5.')).toEqual([
      ['Cllr Darrow', '5'],
      ['Cllr Salt', '5'],
    ]);
  });
});

describe('declaration rows run into one line and rows that open with the item', () => {
  it('should split rows at each person and item number followed by the nature of an interest', () => {
    expect(
      read('Cllr A Smith 7 Personal – lives near the site Cllr B Jones 9 Prejudicial – owns adjoining land'),
    ).toEqual([
      ['Cllr A Smith', '7'],
      ['Cllr B Jones', '9'],
    ]);
  });

  it('should not open a row at a person named in the text with an address after them', () => {
    expect(read('Cllr A Smith 7 Personal – lives next to Mr Brown 12 Acacia Avenue')).toEqual([['Cllr A Smith', '7']]);
  });

  it('should read "Item 8: Cllr X – ..." as a declaration in item 8, and a named dispensation as one', () => {
    expect(
      read(
        'Item 8: Cllr D Wragg – personal interest, member of the bowls club.\nDispensations: Cllr A Sturge was granted a dispensation for item 10.',
      ),
    ).toEqual([
      ['Cllr D Wragg', '8'],
      ['Cllr A Sturge', '10'],
    ]);
  });
});
