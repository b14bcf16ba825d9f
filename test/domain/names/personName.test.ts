import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/domain/names/nameKey.js';
import type { PersonName } from '../../../src/domain/names/personName.js';
import { parsePersonName } from '../../../src/domain/names/personName.js';
import { writtenName } from './arbitraries.js';

const parts = (p: PersonName): Partial<PersonName> => ({
  honorifics: p.honorifics,
  given: p.given,
  middle: p.middle,
  family: p.family,
  suffixes: p.suffixes,
  roleMarks: p.roleMarks,
  display: p.display,
});

describe(parsePersonName.name, () => {
  it.each<[string, Partial<PersonName>]>([
    [
      'Councillor Cheryl Barnard',
      {
        honorifics: ['Councillor'],
        given: 'Cheryl',
        middle: [],
        family: 'Barnard',
        suffixes: [],
        roleMarks: [],
        display: 'Cheryl Barnard',
      },
    ],
    [
      'Cllr. J. Smith',
      {
        honorifics: ['Councillor'],
        given: 'J',
        middle: [],
        family: 'Smith',
        suffixes: [],
        roleMarks: [],
        display: 'J Smith',
      },
    ],
    [
      "Dr Jane O'Neill-Brown MBE",
      {
        honorifics: ['Dr'],
        given: 'Jane',
        middle: [],
        family: "O'Neill-Brown",
        suffixes: ['MBE'],
        roleMarks: [],
        display: "Jane O'Neill-Brown",
      },
    ],
    [
      'Dr Jane O’Neill-Brown MBE',
      {
        honorifics: ['Dr'],
        given: 'Jane',
        middle: [],
        family: "O'Neill-Brown",
        suffixes: ['MBE'],
        roleMarks: [],
        display: "Jane O'Neill-Brown",
      },
    ],
    [
      'Smith, John',
      {
        honorifics: [],
        given: 'John',
        middle: [],
        family: 'Smith',
        suffixes: [],
        roleMarks: [],
        display: 'John Smith',
      },
    ],
    [
      ' Councillor\u00a0Cheryl   Barnard (Chair) ',
      {
        honorifics: ['Councillor'],
        given: 'Cheryl',
        middle: [],
        family: 'Barnard',
        suffixes: [],
        roleMarks: ['Chair'],
        display: 'Cheryl Barnard',
      },
    ],
    [
      'Councillor Barnard (Vice-Chair)',
      {
        honorifics: ['Councillor'],
        given: null,
        middle: [],
        family: 'Barnard',
        suffixes: [],
        roleMarks: ['Vice Chair'],
        display: 'Barnard',
      },
    ],
    [
      'Cllr Sam Gardiner (Vice Chair)',
      {
        honorifics: ['Councillor'],
        given: 'Sam',
        middle: [],
        family: 'Gardiner',
        suffixes: [],
        roleMarks: ['Vice Chair'],
        display: 'Sam Gardiner',
      },
    ],
    [
      'JOHN SMITH',
      {
        honorifics: [],
        given: 'John',
        middle: [],
        family: 'Smith',
        suffixes: [],
        roleMarks: [],
        display: 'John Smith',
      },
    ],
    [
      'AJ Matsiko',
      {
        honorifics: [],
        given: 'A',
        middle: ['J'],
        family: 'Matsiko',
        suffixes: [],
        roleMarks: [],
        display: 'AJ Matsiko',
      },
    ],
    [
      'Cllr A.J. Matsiko',
      {
        honorifics: ['Councillor'],
        given: 'A',
        middle: ['J'],
        family: 'Matsiko',
        suffixes: [],
        roleMarks: [],
        display: 'AJ Matsiko',
      },
    ],
    [
      'AJ MATSIKO',
      {
        honorifics: [],
        given: 'A',
        middle: ['J'],
        family: 'Matsiko',
        suffixes: [],
        roleMarks: [],
        display: 'AJ Matsiko',
      },
    ],
    [
      'JO SMITH',
      { honorifics: [], given: 'Jo', middle: [], family: 'Smith', suffixes: [], roleMarks: [], display: 'Jo Smith' },
    ],
    [
      'Cllr M.R. Smith',
      {
        honorifics: ['Councillor'],
        given: 'M',
        middle: ['R'],
        family: 'Smith',
        suffixes: [],
        roleMarks: [],
        display: 'M R Smith',
      },
    ],
    [
      'Barnard C',
      { honorifics: [], given: 'C', middle: [], family: 'Barnard', suffixes: [], roleMarks: [], display: 'C Barnard' },
    ],
    [
      'Anna van der Berg',
      {
        honorifics: [],
        given: 'Anna',
        middle: [],
        family: 'van der Berg',
        suffixes: [],
        roleMarks: [],
        display: 'Anna van der Berg',
      },
    ],
    [
      'Councillor de Souza',
      {
        honorifics: ['Councillor'],
        given: null,
        middle: [],
        family: 'de Souza',
        suffixes: [],
        roleMarks: [],
        display: 'de Souza',
      },
    ],
    [
      'MARY MCDONALD',
      {
        honorifics: [],
        given: 'Mary',
        middle: [],
        family: 'McDonald',
        suffixes: [],
        roleMarks: [],
        display: 'Mary McDonald',
      },
    ],
    [
      'Smith, Dr Jane, OBE',
      {
        honorifics: ['Dr'],
        given: 'Jane',
        middle: [],
        family: 'Smith',
        suffixes: ['OBE'],
        roleMarks: [],
        display: 'Jane Smith',
      },
    ],
    [
      'Prof. Sir John Smith FRS',
      {
        honorifics: ['Professor', 'Sir'],
        given: 'John',
        middle: [],
        family: 'Smith',
        suffixes: ['FRS'],
        roleMarks: [],
        display: 'John Smith',
      },
    ],
    [
      'John Smith Jr OBE',
      {
        honorifics: [],
        given: 'John',
        middle: [],
        family: 'Smith',
        suffixes: ['Jr', 'OBE'],
        roleMarks: [],
        display: 'John Smith Jr',
      },
    ],
    [
      'Mr A.J. Matsiko O.B.E.',
      {
        honorifics: ['Mr'],
        given: 'A',
        middle: ['J'],
        family: 'Matsiko',
        suffixes: ['OBE'],
        roleMarks: [],
        display: 'AJ Matsiko',
      },
    ],
    [
      'Cyng. Huw Thomas',
      {
        honorifics: ['Cynghorydd'],
        given: 'Huw',
        middle: [],
        family: 'Thomas',
        suffixes: [],
        roleMarks: [],
        display: 'Huw Thomas',
      },
    ],
    [
      'County Councillor Ann Jones JP',
      {
        honorifics: ['County Councillor'],
        given: 'Ann',
        middle: [],
        family: 'Jones',
        suffixes: ['JP'],
        roleMarks: [],
        display: 'Ann Jones',
      },
    ],
    [
      'The Mayor, Councillor Smith',
      {
        honorifics: ['Mayor', 'Councillor'],
        given: null,
        middle: [],
        family: 'Smith',
        suffixes: [],
        roleMarks: [],
        display: 'Smith',
      },
    ],
    [
      'Rev. Canon Mary Jones',
      {
        honorifics: ['Reverend', 'Canon'],
        given: 'Mary',
        middle: [],
        family: 'Jones',
        suffixes: [],
        roleMarks: [],
        display: 'Mary Jones',
      },
    ],
  ])('should read %j', (raw, expected) => {
    expect(parts(parsePersonName(raw))).toEqual(expected);
  });

  it('should read the titles of Australian and North American minutes as titles, not names', () => {
    expect(parsePersonName('Cr Michael Adendorff')).toMatchObject({
      honorifics: ['Councillor'],
      display: 'Michael Adendorff',
    });
    expect(parsePersonName('Mayor Pro Tem Jane Doe')).toMatchObject({ honorifics: ['Mayor Pro Tem'], given: 'Jane' });
    expect(parsePersonName('Councilmember Ruiz')).toMatchObject({ honorifics: ['Council Member'], family: 'Ruiz' });
    expect(parsePersonName('Supervisor Liccardi')).toMatchObject({ honorifics: ['Supervisor'], display: 'Liccardi' });
    expect(parsePersonName('Selectman')).toMatchObject({ family: null, display: '' });
    expect(parsePersonName('Council President Arne Nyberg')).toMatchObject({ display: 'Arne Nyberg' });
    expect(parsePersonName('Unitary Cllr J Davies')).toMatchObject({
      honorifics: ['Unitary Councillor'],
      family: 'Davies',
    });
    expect(nameKey('Cr. A Cole')).toBe(nameKey('Councillor A Cole'));
  });

  it('should tell a degree from a surname by its capitals', () => {
    expect(parsePersonName('John Smith MA')).toMatchObject({ family: 'Smith', suffixes: ['MA'] });
    expect(parsePersonName('Jenny Ma')).toMatchObject({ given: 'Jenny', family: 'Ma', suffixes: [] });
  });

  it('should keep a title-only mention free of a name, but keep a surname that is also a title', () => {
    expect(parsePersonName('Councillor')).toMatchObject({
      honorifics: ['Councillor'],
      given: null,
      family: null,
      display: '',
    });
    expect(parsePersonName('Councillor Lord')).toMatchObject({
      honorifics: ['Councillor'],
      family: 'Lord',
      display: 'Lord',
    });
    expect(parsePersonName('')).toMatchObject({ given: null, family: null, display: '' });
  });

  it('should put other bracketed or trailing text in notes', () => {
    expect(parsePersonName('Jane Smith (Labour)').notes).toEqual(['Labour']);
    expect(parsePersonName("Sam Gardiner - Director of Children's Services")).toMatchObject({
      display: 'Sam Gardiner',
      notes: ["Director of Children's Services"],
    });
  });

  it('should never throw, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
        const parsed = parsePersonName(raw);
        expect(typeof parsed.display).toBe('string');
        expect(parsed.family === null).toBe(parsed.display === '');
        if (parsed.given !== null) expect(parsed.family).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (raw) => void parsePersonName(raw)),
      { numRuns: 2000 },
    );
  });

  it('should give a display name that reads back as itself, with the same key', () => {
    fc.assert(
      fc.property(writtenName, (raw) => {
        const { display } = parsePersonName(raw);
        expect(parsePersonName(display).display).toBe(display);
        expect(nameKey(display)).toBe(nameKey(raw));
      }),
      { numRuns: 1000 },
    );
  });
});
