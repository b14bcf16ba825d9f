import { describe, expect, it } from 'vitest';
import { readEntry, readNameList } from '../../../src/ingest/minutes/names.js';

const names = (text: string): string[] => readNameList([text]).map((e) => e.name);

describe('readNameList', () => {
  it.each([
    ['Councillor P Nairn Mr D Weston', ['Councillor P Nairn', 'Mr D Weston']],
    ['Councillor Dr Jane Smith, Councillor Mr Bean', ['Councillor Dr Jane Smith', 'Councillor Mr Bean']],
    ['Mrs K. Fairbairn (Clerk), District Cllr R. Patel', ['Mrs K. Fairbairn', 'District Cllr R. Patel']],
    [
      'County Councillor Joan Ebdon (Chairman), County Councillors Victor Hale, Sunita Rao and Kieran Doyle',
      [
        'County Councillor Joan Ebdon',
        'County Councillor Victor Hale',
        'County Councillor Sunita Rao',
        'County Councillor Kieran Doyle',
      ],
    ],
    [
      'Cynghorydd/Councillor Nia Griffiths, Cynghorydd/Councillor Owain Roberts',
      ['Councillor Nia Griffiths', 'Councillor Owain Roberts'],
    ],
  ])('should read %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('should keep a job title written after a comma with the name before it', () => {
    expect(readNameList(['Laura Mace, Deputy Town Clerk'])).toMatchObject([
      { name: 'Laura Mace', after: 'Deputy Town Clerk' },
    ]);
  });
});

describe('readEntry', () => {
  it("should read a clerk's post after the name and its initials as the post, not part of the name", () => {
    expect(readEntry('Cathy Fleet (CF) CLERK')).toMatchObject({ name: 'Cathy Fleet', note: 'CF', after: 'CLERK' });
    expect(readEntry('Jo Hart [Clerk]')).toMatchObject({ name: 'Jo Hart', after: 'Clerk' });
    expect(readEntry('Alan Clerkson (AC)')).toMatchObject({ name: 'Alan Clerkson', after: null });
  });

  it('should read a post with the person in brackets as the person, with the post', () => {
    expect(readEntry('Chief Executive (Ms R. Lindgren)')).toMatchObject({
      name: 'Ms R. Lindgren',
      after: 'Chief Executive',
    });
  });

  it('should keep a chair mark and a reason in brackets as they were', () => {
    expect(readEntry('Councillor H. Adeyemi (in the Chair)')).toMatchObject({
      name: 'Councillor H. Adeyemi',
      role: 'chair',
    });
    expect(readEntry('Helen Blackman (leave)')).toMatchObject({ name: 'Helen Blackman', note: 'leave' });
  });
});

describe('names of unseen councils', () => {
  it('should not take a bare title, a role or an honour for a name', () => {
    expect(readNameList(['Councillors'])).toEqual([]);
    expect(names('Chairperson')).toEqual([]);
    expect(names('Deputy Chairperson')).toEqual([]);
    expect(names('Warren Flaunty, QSM')).toEqual(['Warren Flaunty']);
    expect(names('Sir Paul Carter, CBE, Mrs T Dean, MBE')).toEqual(['Sir Paul Carter', 'Mrs T Dean']);
  });

  it('should split two "name - post" entries fused by a lost line break', () => {
    expect(readNameList(['Nicole Harris - Children C James Lavender - Governance Officer'])).toMatchObject([
      { name: 'Nicole Harris', after: 'Children C' },
      { name: 'James Lavender', after: 'Governance Officer' },
    ]);
  });

  it('should split a name | role cell pair and names joined by a bracket', () => {
    expect(names('C Burgess (CB) G Wilkinson (GW), D Court')).toEqual(['C Burgess', 'G Wilkinson', 'D Court']);
    expect(readNameList(['S Hughes (SH) Chair'])).toMatchObject([{ name: 'S Hughes', role: 'chair' }]);
  });
});

describe('readNameList with a US plural title before a comma', () => {
  it('should not read "Town Councilmen" as a name nor repeat it', () => {
    expect(
      readNameList(['Present: Supervisor, Jean Hart; Town Councilmen, Tom Dale, Gary Fish']).map((e) => e.name),
    ).toEqual(['Jean Hart', 'Tom Dale', 'Gary Fish']);
  });

  it('splits a list at its commas when a dash only sets a role or a post after a name', () => {
    const list = readNameList(['Cllr Mr G. Hotchkin – Chairman, Cllrs J Frizzell, G Frizzell and the Clerk – A Ingle']);
    expect(list.map((e) => e.name)).toEqual([
      'Cllr Mr G. Hotchkin',
      'Councillor J Frizzell',
      'Councillor G Frizzell',
      'A Ingle',
    ]);
    expect(list.at(-1)?.after).toBe('the Clerk');
  });

  it("keeps a post written before a name as the officer's post, and an office after a name apart from it", () => {
    const [attorney] = readNameList(['City Attorney Erich Hartmann']);
    expect([attorney?.name, attorney?.after, attorney?.postFirst]).toEqual(['Erich Hartmann', 'City Attorney', true]);
    expect(readNameList(['Hazel Park Treasurer, Cyng. Bill Green']).map((e) => [e.name, e.after])).toEqual([
      ['Hazel Park', 'Treasurer'],
      ['Cyng. Bill Green', null],
    ]);
  });
});

describe('US names with suffixes and nicknames', () => {
  it('should keep a generational suffix after a comma with the name before it', () => {
    expect(names('Ann Lee, Chairman; Tom Ford; and Jim Bloggs, Jr.')).toEqual(['Ann Lee', 'Tom Ford', 'Jim Bloggs Jr']);
    expect(names('Councilmembers Sue Fry, Dan Moss, III, Kay Hill')).toEqual(['Sue Fry', 'Dan Moss III', 'Kay Hill']);
  });

  it('should not join a name that only starts like a suffix', () => {
    expect(names('Ann Smith, Jr Bloggs')).toEqual(['Ann Smith', 'Jr Bloggs']);
  });

  it('should read a name with a nickname in quotes, as written', () => {
    expect(names('Councilmembers Elsa “Liz” Fry, Thomas J. "Tom" Moss')).toEqual([
      'Elsa “Liz” Fry',
      'Thomas J. "Tom" Moss',
    ]);
  });
});

describe('a table header row', () => {
  it('should not be read as a name', () => {
    expect(names('Attendee Name Title Status Arrived')).toEqual([]);
  });
});

describe('a US seat written before a name', () => {
  it('should keep the seat as a title, before a full name as before a bare surname', () => {
    expect(
      readNameList([
        'Mayor Ann Ruiz, Boardmember Jane Ortiz, Commissioner Sam Hart, Council Member Tim Cole, Trustee Elton',
      ]).map((e) => e.name),
    ).toEqual([
      'Mayor Ann Ruiz',
      'Boardmember Jane Ortiz',
      'Commissioner Sam Hart',
      'Council Member Tim Cole',
      'Trustee Elton',
    ]);
  });

  it('should read posts joined by a slash, and a liaison, as an officer written before the name', () => {
    const [, officer, liaison] = readNameList(['Jan Power, Secretary / Treasurer Bo Pank, Staff Liaison Joy Pike']);
    expect(officer).toMatchObject({ name: 'Bo Pank', after: 'Secretary / Treasurer', postFirst: true });
    expect(liaison).toMatchObject({ name: 'Joy Pike', postFirst: true });
  });

  it('should keep a doubled suffix and a degree out of the name, and a list cut by an ellipsis', () => {
    expect(
      readNameList(['Gordy Aune, Jr., Jr., Trent W. Davis, M.D. (presiding), Trus...']).map((e) => e.name),
    ).toEqual(['Gordy Aune Jr', 'Trent W. Davis']);
  });
});

describe("readNameList: a body's initials after a name", () => {
  it('should read capitals after a name in ordinary case as its post, not a name', () => {
    const entries = readNameList(['P Clarke, A Armstrong, EDC']);
    expect(entries.map((e) => e.name)).toEqual(['P Clarke', 'A Armstrong']);
    expect(entries[1]!.note).toBe('EDC');
  });

  it('should read capitals after initials as the next member, the honorific aside', () => {
    expect(readNameList(['Councillors GC and PB']).map((e) => e.name)).toEqual(['Councillor GC', 'Councillor PB']);
  });
});

describe('readNameList on a run of names without separators', () => {
  it('should read each first-and-last pair of a long run as one person', () => {
    expect(names('Rhona Baird Ewan Coutts Fiona Dallas Gregor Ennis')).toEqual([
      'Rhona Baird',
      'Ewan Coutts',
      'Fiona Dallas',
      'Gregor Ennis',
    ]);
  });

  it('should not pair an odd run or one holding the words of a post', () => {
    expect(names('Rhona Baird Ewan Coutts Fiona Dallas Gregor')).toEqual([]);
    expect(names('Rhona Baird Ewan Coutts Parish Clerk Dallas')).not.toContain('Rhona Baird');
  });
});

describe('names of the fourteenth round', () => {
  it('should give a post opened by "the" in mid-list to the name after it', () => {
    expect(readNameList(['C Richardson and the Parish Clerk, Mrs S. McIntyre'])).toMatchObject([
      { name: 'C Richardson', after: null },
      { name: 'Mrs S. McIntyre', after: 'Clerk' },
    ]);
    expect(readNameList(['J Hughes (JM), Kerry Wilcox (KW), the temporary clerk, was in attendance'])).toMatchObject([
      { name: 'J Hughes' },
      { name: 'Kerry Wilcox', after: 'the temporary clerk' },
    ]);
  });

  it('should read surnames first with their initials after a comma, separated by semicolons', () => {
    expect(names('Whiteley, J (Chair); Ormerod, B A; Lister, C')).toEqual(['Whiteley J', 'Ormerod B A', 'Lister C']);
    expect(names('Whiteley, Ormerod, Lister')).toEqual(['Whiteley', 'Ormerod', 'Lister']);
  });

  it("should drop a county councillor's 'cc' mark after a surname", () => {
    expect(names('Councillors V J Ambler, M F L Thackray cc and R H Greenhalgh cc')).toEqual([
      'Councillor V J Ambler',
      'Councillor M F L Thackray',
      'Councillor R H Greenhalgh',
    ]);
  });

  it('should read names each followed by their place as names, not as pairs', () => {
    expect(names('Jo Bloggs Elgrave Rob Hallam Lossby Mary Thewlis Burnhaven Alan Reidford Hopefield')).toEqual([
      'Jo Bloggs',
      'Rob Hallam',
      'Mary Thewlis',
      'Alan Reidford',
    ]);
    expect(names('Peter Argyle Eric Baird Duncan Bryden')).toEqual(['Peter Argyle', 'Eric Baird', 'Duncan Bryden']);
  });
});
