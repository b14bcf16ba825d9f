import { describe, expect, it } from 'vitest';
import { readAttendanceSections, type Attendance } from '../../../src/ingest/minutes/attendance.js';
import { toLines, withLayout } from '../../../src/ingest/minutes/lines.js';

const HEADER = [
  'Chair: Councillor Lowri Jenkins',
  'Members: Councillors Alex Moreno and Ruth Abbott',
  'Apologies: Councillor Emma Tate',
].join('\n');

function read(minutes: boolean): Attendance {
  const into: Attendance = { present: [], apologies: [], absent: [], inAttendance: [] };
  readAttendanceSections(toLines(HEADER), into, { minutes });
  return into;
}

describe('readAttendanceSections', () => {
  it('should read the chair and members named in minutes as present', () => {
    expect(read(true).present.map((p) => p.name)).toEqual([
      'Councillor Lowri Jenkins',
      'Councillor Alex Moreno',
      'Councillor Ruth Abbott',
    ]);
  });

  it('should read nobody as present from an agenda, which names the membership before the meeting', () => {
    const agenda = read(false);
    expect(agenda.present).toEqual([]);
    expect(agenda.apologies.map((a) => a.name)).toEqual(['Councillor Emma Tate']);
  });
});

function attendanceOf(text: string, blocks: Parameters<typeof withLayout>[1] = []): Attendance {
  const into: Attendance = { present: [], apologies: [], absent: [], inAttendance: [] };
  readAttendanceSections(withLayout(toLines(text), blocks), into, { minutes: true });
  return into;
}

describe('attendance lists of unseen councils', () => {
  it('should read a list wrapped by the page as one list, not split names at the line ends', () => {
    const got = attendanceOf('PRESENT: Ann Lee (Chair), Bob Kay, Tom\nByrne, Dee Fox and Mr\nCampkin');
    expect(got.present.map((p) => p.name)).toEqual(['Ann Lee', 'Bob Kay', 'Tom Byrne', 'Dee Fox', 'Mr Campkin']);
  });

  it('should end a list at the next heading of the layout, so addresses and phones below are not names', () => {
    const text = 'Apologies:\nCllr Ann Lee\nContact us\nMill House, High Street\nTel 01234 567890';
    const blocks = [{ kind: 'heading' as const, span: { start: 24, end: 34 }, page: null, level: 3 }];
    expect(attendanceOf(text, blocks).apologies.map((a) => a.name)).toEqual(['Cllr Ann Lee']);
  });

  it('should end a list at prose and at capitals headings', () => {
    const got = attendanceOf(
      'Present: Cllrs C Barr, C Broad and A Walker.\nDistrict Cllrs Burley and Cawrey were present\nPUBLIC SESSION',
    );
    expect(got.present.map((p) => p.name)).toEqual(['Councillor C Barr', 'Councillor C Broad', 'Councillor A Walker']);
  });

  it('should read a US roll call: present members, the absent one, and no titles repeated for a plural', () => {
    const got = attendanceOf(
      'The board members present were Trustee Ortiz, Trustee Lam, Trustee Becker\nAbsent, and Supervisor Whitfield. Clerk Dunmore was also present.',
    );
    expect(got.present.map((p) => p.name)).toEqual(['Trustee Ortiz', 'Trustee Lam', 'Supervisor Whitfield']);
    expect(got.absent.map((p) => p.name)).toEqual(['Trustee Becker']);
    const council = attendanceOf('Council present: Mayor Adams, Commissioners Fish, Fritz and Leonard');
    expect(council.present.map((p) => p.name)).toEqual(['Mayor Adams', 'Fish', 'Fritz', 'Leonard']);
  });

  it('should split initials-and-surname names run together and keep officers named after their post apart', () => {
    const got = attendanceOf('Present: Councillors A Blackley A Evans B D Davies S Lyle');
    expect(got.present.map((p) => p.name)).toEqual([
      'Councillor A Blackley',
      'Councillor A Evans',
      'Councillor B D Davies',
      'Councillor S Lyle',
    ]);
    const prose = attendanceOf(
      'PRESENT: Councillor R. Tamsin, Mrs A. Hale and the clerk F. Oduya. There were apologies from Mr G. King.',
    );
    expect(prose.present.map((p) => p.name)).toEqual(['Councillor R. Tamsin', 'Mrs A. Hale']);
    expect(prose.inAttendance.map((p) => p.name)).toEqual(['F. Oduya']);
    expect(prose.apologies.map((p) => p.name)).toEqual(['Mr G. King']);
  });
});

const names = (list: readonly { name: string }[]): string[] => list.map((p) => p.name);

describe('attendance layouts of councils the parser had not seen', () => {
  it('should give lists set after stacked labels to those labels in order', () => {
    const a = attendanceOf(
      'PRESENT: APOLOGIES: Cllr. A. Byrne (Presiding), Cllrs. B. Coady and C. Dunne. Cllr. T. Nolan',
    );
    expect(names(a.present)).toEqual(['Cllr. A. Byrne', 'Councillor B. Coady', 'Councillor C. Dunne']);
    expect(names(a.apologies)).toEqual(['Cllr. T. Nolan']);
  });

  it('should read a lone None between stacked lists as an empty list', () => {
    const a = attendanceOf(
      'MEMBERS PRESENT: MEMBERS ABSENT/REGRETS: STAFF PRESENT: Mayor Ann Lowry Councillor Cara Nash None Gina Ross, City Manager',
    );
    expect(names(a.present)).toEqual(['Mayor Ann Lowry', 'Councillor Cara Nash']);
    expect(a.absent).toEqual([]);
    expect(names(a.inAttendance)).toEqual(['Gina Ross']);
  });

  it('should read a US seating order and a roll call of members as those present', () => {
    expect(
      names(
        attendanceOf('Mayor Voss called the meeting to order. Voting and Seating Order: Adler, Birch and Voss.')
          .present,
      ),
    ).toEqual(['Mayor Voss', 'Adler', 'Birch', 'Voss']);
    expect(
      names(attendanceOf('Roll Call of Council Members: Attending: Council Member Flora, and Mayor Merrill.').present),
    ).toEqual(['Council Member Flora', 'Mayor Merrill']);
  });

  it('should pair a column of names with the column of posts below it', () => {
    const a = attendanceOf(
      [
        'Present:',
        'Ruth Alvarez',
        'Ben Okafor',
        'Chloe Martin Dev Patel',
        'Hamish Reid',
        'Mayor',
        'Councillor',
        'Councillor',
        'Councillor',
        'General Manager',
      ].join('\n'),
    );
    expect(names(a.present)).toEqual(['Ruth Alvarez', 'Ben Okafor', 'Chloe Martin', 'Dev Patel']);
    expect(names(a.inAttendance)).toEqual(['Hamish Reid']);
  });

  it('should give the list under a "Present:" label split from its "Staff" to those in attendance', () => {
    const a = attendanceOf(
      [
        'Present: Mayor J.R. Amos',
        'Deputy Mayor Paula Brandt',
        '9:00 a.m.',
        'Staff Lena Ford, Chief Administrative Officer; Ruth',
        'Present: Hale, Treasurer; Pat Inman, Director',
      ].join('\n'),
    );
    expect(names(a.present)).toEqual(['Mayor J.R. Amos', 'Deputy Mayor Paula Brandt']);
    expect(names(a.inAttendance)).toContain('Pat Inman');
  });

  it('should read present and apologies from numbered points and prose without a colon', () => {
    const a = attendanceOf(
      '1.2 Present: Dafydd Rees(DR) & Sian Price (SP) 1.3 Apologies: Tomos Evans (TE) 1.4 Absent: Huw Davies',
    );
    expect(names(a.present)).toEqual(['Dafydd Rees', 'Sian Price']);
    expect(names(a.apologies)).toEqual(['Tomos Evans']);
    const b = attendanceOf(
      'Present were Alun Bevan, Beca Hughes (chairperson) and Elin Owen.  Apologies from Cll Ffion Pugh.',
    );
    expect(names(b.present)).toEqual(['Alun Bevan', 'Beca Hughes', 'Elin Owen']);
    expect(names(b.apologies)).toEqual(['Cll Ffion Pugh']);
  });

  it('should read an apology accepted by a motion, with its reason, and not the motion as a name', () => {
    const a = attendanceOf('APOLOGIES:\nMotion: (Byrne/Drury)\nTHAT apologies from Councillor York be accepted.');
    expect(names(a.apologies)).toEqual(['Councillor York']);
    const b = attendanceOf('that an apology for non attendance due to illness by Clr Zreika be accepted');
    expect(b.apologies.map((x) => [x.name, x.reason])).toEqual([['Clr Zreika', 'illness']]);
  });

  it('should keep members of the public and visiting councillors out of the run-on lists before them', () => {
    const a = attendanceOf(
      'CC Members Present: - Ailsa Munro and Bruce Kerr Apologies: - Fraser Mackie Members of Public: - Helen Tait Councillors: Cllr Hay',
    );
    expect(names(a.present)).toEqual(['Ailsa Munro', 'Bruce Kerr']);
    expect(names(a.apologies)).toEqual(['Fraser Mackie']);
    expect(names(a.inAttendance)).toEqual(['Helen Tait', 'Cllr Hay']);
  });
});

describe('attendance written in sentences, table rows and bilingual lists', () => {
  it('should read members named in sentences and the member who called the meeting to order', () => {
    const got = attendanceOf(
      'The meeting was called to order at 7:00 p.m. by Chairman Ira Wood. Selectmen present included Mo May and Jo Houk. Town Administrator Tim Smith also attended.',
    );
    expect(got.present.map((p) => p.name)).toEqual(['Ira Wood', 'Mo May', 'Jo Houk']);
  });

  it('should keep board officers named in a members label among the members', () => {
    const got = attendanceOf(
      'Board members present, in addition to the supervisor, were Elaine Bater, Clerk, Nan Havens, Treasurer, and Duane Luick, Trustee. Don Laier, a Trustee, was absent.',
    );
    expect(got.present.map((p) => p.name)).toEqual(['Elaine Bater', 'Nan Havens', 'Duane Luick']);
    expect(got.inAttendance).toEqual([]);
  });

  it('should read staff and the public under their group labels as in attendance, not present', () => {
    const got = attendanceOf(
      'Present: Cllr. C Edwards, Cllr. P Rudd\nCouncil Employees Present: RFO Clive Baker, Clerk Linda Evans\nMembers of the Public Present: Cllr H Davies',
    );
    expect(got.present.map((p) => p.name)).toEqual(['Cllr. C Edwards', 'Cllr. P Rudd']);
    expect(got.inAttendance.map((p) => p.name)).toContain('Cllr H Davies');
  });

  it('should read a community council office-bearers list with its secretary among the members', () => {
    const got = attendanceOf('Present: Ann Bick (chair), John Foulkes (Secretary), Brian Popp (Treasurer), Ian Mac.');
    expect(got.present.map((p) => p.name)).toEqual(['Ann Bick', 'John Foulkes', 'Brian Popp', 'Ian Mac']);
    const parish = attendanceOf('Present: Cllr Ann Bick (Chair), Mr Tom Ode (Clerk).');
    expect(parish.inAttendance.map((p) => p.name)).toEqual(['Mr Tom Ode']);
  });

  it('should end a list at its full stop, a heading in capitals and a heading with its value', () => {
    const got = attendanceOf(
      'In attendance:\nMrs S Roberts (Clerk) and Unitary Cllr J Davies.\nPublic Participation – None.\nPRESENT\nCouncillors\nBerman (Chairman), Mills and Smart\nNATIONAL ANTHEM',
    );
    expect(got.inAttendance.map((p) => p.name)).toEqual(['Mrs S Roberts', 'Unitary Cllr J Davies']);
    expect(got.present.map((p) => p.name.replace(/^Councillor /, ''))).toEqual(['Berman', 'Mills', 'Smart']);
  });

  it('should read apologies sent, accepted, or wrapped in a motion, but not an apology for lateness', () => {
    const sent = attendanceOf('Minutes of the meeting\nCllr I Wroth & Cllr H Wroth sent apologies.');
    expect(sent.apologies.map((a) => a.name)).toEqual(['Cllr I Wroth', 'Cllr H Wroth']);
    const accepted = attendanceOf('a) accept the apology from Member H Doig for absence.');
    expect(accepted.apologies.map((a) => a.name)).toEqual(['Member H Doig']);
    expect(attendanceOf('a) accept the apology from Member H Doig for lateness.').apologies).toEqual([]);
    const motion = attendanceOf(
      'THAT the apologies and requests\nfor leave of absence from Councillors Quill and Varga in respect of\nan inability to attend be accepted.',
    );
    expect(motion.apologies.map((a) => a.name)).toEqual(['Councillor Quill', 'Councillor Varga']);
  });

  it('should read a table flattened into pipe rows and Welsh bilingual prefixes', () => {
    const table = attendanceOf('|Present: |Moira Kettle, Duncan Aird, |\n| |Isla Munro |\n|Apologies |Ewan Hart |');
    expect(table.present.map((p) => p.name)).toEqual(['Moira Kettle', 'Duncan Aird', 'Isla Munro']);
    expect(table.apologies.map((a) => a.name)).toEqual(['Ewan Hart']);
    const welsh = attendanceOf('Presennol / Present: Cyng/Cllrs.: D. Pugh (chair) G. Rees and S. Bevan.');
    expect(welsh.present.map((p) => p.name)).toEqual([
      'Councillor D. Pugh',
      'Councillor G. Rees',
      'Councillor S. Bevan',
    ]);
  });
});

describe('names fused by a lost line break in a list', () => {
  it("should give a post written after the second name to that person, without the first name's title", () => {
    const read = attendanceOf(
      'Present: Cllr Jim Hale (Vice Chair) Cllr Ann Cole Cllr Kit Moss Cllr Janet Ford Helen Price (Parish Clerk)',
    );
    expect(read.present.map((p) => p.name)).toEqual([
      'Cllr Jim Hale',
      'Cllr Ann Cole',
      'Cllr Kit Moss',
      'Cllr Janet Ford',
    ]);
    expect(read.inAttendance.map((p) => p.name)).toEqual(['Helen Price']);
  });

  it('should keep a name joined by a surname particle whole ("Nina Hori Te Pa")', () => {
    const read = attendanceOf(
      'Present: Councillor Ann Cole, Councillor Nina Hori Te Pa, Councillor Sam Reid, Councillor Tom Hale',
    );
    expect(read.present.map((p) => p.name)).toContain('Councillor Nina Hori Te Pa');
    expect(read.present).toHaveLength(4);
  });
});

describe('apologies told in several sentences, and notes inside a list', () => {
  it('should read every sentence of apologies in one paragraph, with a reason told after "who was"', () => {
    const read = attendanceOf(
      'An apology for absence was received from Councillor J Hartley who was attending a training course. Apologies were also received from Councillors K Ingram and N Joyce.',
    );
    expect(read.apologies.map((a) => a.name)).toEqual([
      'Councillor J Hartley',
      'Councillor K Ingram',
      'Councillor N Joyce',
    ]);
    expect(read.apologies[0]!.reason).toBe('attending a training course');
  });

  it('should not read apologies for lateness as apologies for absence', () => {
    const read = attendanceOf(
      'There were apologies for absence from Councillors Ann Lowe and Ben Marr; and for lateness from Councillors Cy Nye and Di Orr.',
    );
    expect(read.apologies.map((a) => a.name)).toEqual(['Councillor Ann Lowe', 'Councillor Ben Marr']);
    const late = attendanceOf('That the Board accept the apology from Member Cy Nye and Member Di Orr for lateness.');
    expect(late.apologies).toEqual([]);
  });

  it('should read a list whose note holds a dash ("(substitute – pm only)") to its end', () => {
    const read = attendanceOf(
      [
        'Present:',
        'Mrs E Hall, Mr T Birk, Dr S Oke (substitute), Ms P Lind (am only), Mr D Ferr, Mrs R Gow (substitute – pm only), Mr K Tull',
      ].join('\n'),
    );
    expect(read.present).toHaveLength(7);
    expect(read.present.at(-1)!.name).toBe('Mr K Tull');
  });

  it('should read "Present." as a label and leave the staff named by their posts out of the members', () => {
    const read = attendanceOf(
      'Present. Mayor Dahl; Councilmembers Berg and Quist; City Attorney Olsen; Finance Director Lund',
    );
    expect(read.present.map((p) => p.name)).toEqual(['Mayor Dahl', 'Berg', 'Quist']);
    expect(read.inAttendance.map((p) => p.name)).toEqual(['Olsen', 'Lund']);
  });
});

describe('an apology sentence without its full stop', () => {
  it('should end at the next line that opens a sentence of its own', () => {
    const a = attendanceOf(
      [
        'There were present: Crs Hale, Lowe and Dunn. Apology for absence received from Cr. Rees',
        'The Clerk read the by-law, and Cr Hale took the declaration from the Mayor, Mr B.R. Grant and thanked him.',
      ].join('\n'),
    );
    expect(names(a.apologies)).toEqual(['Cr. Rees']);
  });
});

describe('a roll call told by its exceptions', () => {
  it('should read the exceptions of "All members were present except" as absent, and nobody as present', () => {
    const into = attendanceOf('All members were present except Councillor Hale and Councillor Ng.');
    expect(into.present).toEqual([]);
    expect(into.absent.map((p) => p.name)).toEqual(['Councillor Hale', 'Councillor Ng']);
    expect(into.apologies).toEqual([]);
  });

  it('should read the exceptions as apologies where the sentence says they sent them', () => {
    const into = attendanceOf('All Councillors were present apart from Cllr Dunn, who had sent apologies.');
    expect(into.apologies.map((a) => a.name)).toEqual(['Cllr Dunn']);
    expect(into.absent).toEqual([]);
  });

  it('should not read the names after "Present: all members except" as present', () => {
    const into = attendanceOf('Present: all members except Cllr J Brown and Cllr K White.');
    expect(into.present).toEqual([]);
    expect(into.absent.map((p) => p.name)).toEqual(['Cllr J Brown', 'Cllr K White']);
  });
});

describe('labels of unseen layouts', () => {
  it('should read "PRESENT IN THE CHAIR:" as the member chairing, without the office after the comma', () => {
    const into = attendanceOf('PRESENT IN THE CHAIR: Councillor R. Doyle, An Cathaoirleach.');
    expect(into.present.map((p) => p.name)).toEqual(['Councillor R. Doyle']);
  });

  it('should split "OTHERS PRESENT:" in capitals from the list that runs into it', () => {
    const into = attendanceOf('TRUSTEES PRESENT: Chairman Lund, Trustee Oakes OTHERS PRESENT: Tim Vale, Ann Roe');
    expect(into.present.map((p) => p.name)).toEqual(['Lund', 'Trustee Oakes']);
    expect(into.inAttendance.map((p) => p.name)).toEqual(['Tim Vale', 'Ann Roe']);
  });

  it('should read "Those present and comprising a quorum:" in a line that runs on', () => {
    const into = attendanceOf(
      'Roll call was taken. Those present and comprising a quorum: Mayor Ann Ruiz (presiding), Commissioners Jo Bell and Kay Dunn. Also present: Hal Mercer, City Manager.',
    );
    expect(into.present.map((p) => p.name)).toEqual(['Mayor Ann Ruiz', 'Jo Bell', 'Kay Dunn']);
  });
});

describe('apologies told in a lettered point', () => {
  it('should read "b. Apologies for Absence – Cllr X had given his apologies." as an apology', () => {
    const read = attendanceOf(
      [
        'a. Present: Cllr Ann Brook (Chairman), Cllr Neil Drew',
        'b. Apologies for Absence – District Cllr Rook had given his apologies.',
        'The meeting then turned to the budget.',
      ].join('\n'),
    );
    expect(read.present.map((p) => p.name)).toEqual(['Cllr Ann Brook', 'Cllr Neil Drew']);
    expect(read.apologies.map((a) => a.name)).toEqual(['District Cllr Rook']);
  });
});

describe('what ends a list of one name a line', () => {
  it('should end the apologies at a minute number alone on its line, before the next heading', () => {
    const read = attendanceOf(
      [
        'Apologies:',
        'Cllr. Dafydd Morgan',
        'Cllr. Eirlys Hughes',
        '214',
        'Datgan Diddordeb:',
        'Cyng. Huw Bevan – Cynllunio',
      ].join('\n'),
    );
    expect(read.apologies.map((a) => a.name)).toEqual(['Cllr. Dafydd Morgan', 'Cllr. Eirlys Hughes']);
  });
});

describe('readAttendanceSections with a short title before each name', () => {
  it('should keep a four-word name after its own "Cr" as one person', () => {
    const into: Attendance = { present: [], apologies: [], absent: [], inAttendance: [] };
    const text = ['Members: Cr Ana Pohe', 'Cr Hemi Rua', 'Cr Wiremu Kai Tane Iti', 'Cr Mere Tipa'].join('\n');
    readAttendanceSections(toLines(text), into, { minutes: true });
    expect(into.present.map((p) => p.name)).toEqual([
      'Cr Ana Pohe',
      'Cr Hemi Rua',
      'Cr Wiremu Kai Tane Iti',
      'Cr Mere Tipa',
    ]);
  });
});

describe('apologies of the fourteenth round', () => {
  it('should read a reason set between commas in mid-list and the names after it', () => {
    const read = attendanceOf(
      'Apologies were received from Councillor Ruth Pickersgill, who is on holiday, and Councillor Dean Ackroyd (work commitments).',
    );
    expect(read.apologies.map((a) => [a.name, a.reason])).toEqual([
      ['Councillor Ruth Pickersgill', 'on holiday'],
      ['Councillor Dean Ackroyd', 'work commitments'],
    ]);
  });
});

describe('US and Canadian roll calls under labels', () => {
  it('should read the plural seat as the label of the members present, their roles removed', () => {
    const a = attendanceOf(
      [
        'COMMISSIONERS: Dana R. Whitcomb, Chair, Luis Ferreira and Ann K. Holt.',
        'OTHER STAFF PRESENT: Tom Baird, County Clerk; Jo Ellis, Deputy County Attorney.',
      ].join('\n'),
    );
    expect(names(a.present)).toEqual(['Dana R. Whitcomb', 'Luis Ferreira', 'Ann K. Holt']);
    expect(names(a.inAttendance)).toEqual(['Tom Baird', 'Jo Ellis']);
  });

  it('should keep an association board apart from the owners and community members present', () => {
    const a = attendanceOf(
      [
        'Board Members present: Lena Farris, Omar Haddad.',
        'Owners present: Rita Blum, Carl Voss.',
        'Community members present: Ivy Stroud.',
      ].join('\n'),
    );
    expect(names(a.present)).toEqual(['Lena Farris', 'Omar Haddad']);
  });

  it('should read "Also" over "Present:" as one label, and end the members at the time under its label', () => {
    const a = attendanceOf(
      [
        'Present: Mayor Karen Ostrander',
        'Councillor Sam Whitlow',
        'TIME: 7:02 p.m.',
        'Staff Ian Fulton, Chief Administrative Officer; Gail Price,',
        'Present: Clerk',
        'Also Nora Quill, Ben Tasker,',
        'Present: Erin Sato',
      ].join('\n'),
    );
    expect(names(a.present)).toEqual(['Mayor Karen Ostrander', 'Councillor Sam Whitlow']);
  });
});
