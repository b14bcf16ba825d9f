import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_EXCEPT,
  ALL_EXCEPT_OPENING,
  RUN_ON_LABEL,
  RUN_ON_LABEL_END,
} from '../../../src/ingest/minutes/attendance.js';
import { declarationClauses } from '../../../src/ingest/minutes/declarationClauses.js';
import { isDeclarationsHeading } from '../../../src/ingest/minutes/declarationHeadings.js';
import { DECLARATION_WORD, readDeclarations } from '../../../src/ingest/minutes/declarations.js';
import { withoutTrailingMarks } from '../../../src/ingest/minutes/headingItems.js';
import { withoutCellMarks } from '../../../src/ingest/minutes/itemStarts.js';
import { RUN_ON_ALTERNATIVES, RUN_ON_BREAK, toLines } from '../../../src/ingest/minutes/lines.js';

/** Text of the characters the parser's patterns care about, so runs of marks and spaces are common. */
const lineText = fc
  .array(fc.constantFrom('a', 'B', ' ', '  ', ':', '–', '—', '-', '\t', '\u00a0', '.', '1', 'é', '\u2003'), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

describe('withoutTrailingMarks', () => {
  it('gives what the pattern it stands for gives', () => {
    fc.assert(
      fc.property(lineText, (text) => {
        expect(withoutTrailingMarks(text)).toBe(text.replace(/[\s:–—-]+$/, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a text without trailing marks as it is', () => {
    expect(withoutTrailingMarks('Next Meeting: –  ')).toBe('Next Meeting');
    expect(withoutTrailingMarks('Closure')).toBe('Closure');
    expect(withoutTrailingMarks(' - ')).toBe('');
  });
});

describe('withoutCellMarks', () => {
  const cellText = fc
    .array(fc.constantFrom('a', '1.', ' ', '  ', '|', '*', '**', '\t', 'Apologies', '\u00a0'), { maxLength: 20 })
    .map((parts) => parts.join(''));

  it('gives what the replacements it guards give', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const expected = text
          .replace(/\*\*/g, '')
          .replace(/(?:\s+\|)+$/, '')
          .replace(/^\|\s*(?=\S)/, '');
        expect(withoutCellMarks(text)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the cell marks off both ends', () => {
    expect(withoutCellMarks('| 1. | **Apologies** | |')).toBe('1. | Apologies');
  });
});

describe('declarationClauses', () => {
  // The cut as written before its guard: the pattern tried on every sentence.
  const SECOND_CLAUSE =
    /(?<=\b(?:declared|disclosed)\b[^;]*?)(?:\s*,?\s*(?:;|\band\b|&)|(?<!\b(?:\p{Lu}|Cllrs?|Mrs?|Ms|Dr|Cr))\.)\s+(?=(?:\p{Lu}[\p{L}'’.-]*\s+|(?:and|&)\s+){1,6}(?:also\s+)?(?:declared|disclosed)\b)/gu;
  const sentence = fc
    .array(
      fc.constantFrom(
        'declared',
        'disclosed',
        'Declared',
        'undeclared',
        ' ',
        'and',
        '&',
        ';',
        '.',
        ',',
        'Cllr',
        'AB',
        'x',
      ),
      { maxLength: 16 },
    )
    .map((parts) => parts.join(' '));

  it('cuts where the pattern alone cuts', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(declarationClauses(text)).toEqual(text.split(SECOND_CLAUSE).filter((c) => c.trim() !== ''));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('RUN_ON_BREAK', () => {
  // The breaks of a long line as its alternatives alone find them, without the space looked for first.
  const unguarded = new RegExp(RUN_ON_ALTERNATIVES, 'gu');
  const longLine = fc
    .array(
      fc.constantFrom(
        ' ',
        '  ',
        '\u00a0',
        '• ',
        'PRESENT:',
        'STAFF',
        'ALSO PRESENT: ',
        'MINUTES',
        'Minutes of the ',
        '1. ',
        '2. ',
        '12.1 ',
        '3/24 ',
        'Item 4. ',
        'Apologies: ',
        'Also attending: ',
        'done. ',
        'was held. ',
        'Cllr ',
        'Smith',
        'APOLOGIES FOR ABSENCE: ',
        'January 28, ',
        '1985 ',
        'X',
        'a',
        '.',
        ':',
        '(',
        ')',
        '"',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));
  const breaks = (text: string, pattern: RegExp): [number, string][] =>
    [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);

  it('finds the breaks its alternatives find', () => {
    fc.assert(
      fc.property(longLine, (text) => {
        expect(breaks(text, RUN_ON_BREAK)).toEqual(breaks(text, unguarded));
      }),
      { numRuns: 3000 },
    );
  });
});

/** Text joined from the words a pattern looks for and the marks around them, so its matches are common. */
const wordsOf = (words: readonly string[], maxLength = 16): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...words), { maxLength }).map((parts) => parts.join(''));

describe('RUN_ON_LABEL_END', () => {
  const labelLine = wordsOf([
    ' ',
    '  ',
    '\u00a0',
    'Present',
    'PRESENT',
    'Members ',
    'Council ',
    'Staff',
    'Apologies',
    'for absence',
    'In attendance',
    'were',
    'WERE',
    'Were',
    'wer',
    'e',
    ':',
    ';',
    '.',
    ',',
    '1.2 ',
    'Cllr A',
    'x',
  ]);

  it('holds wherever a run-on label is found', () => {
    fc.assert(
      fc.property(labelLine, (text) => {
        const labels = [...text.matchAll(RUN_ON_LABEL)].map((m) => m.index);
        expect(RUN_ON_LABEL_END.test(text) ? labels : []).toEqual(labels);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('ALL_EXCEPT_OPENING', () => {
  const exceptLine = wordsOf([
    ' ',
    '\t',
    '\u00a0',
    'All',
    'ALL',
    'all',
    'ball',
    'full',
    'the ',
    'The Full',
    'members',
    'Councillors',
    ' were present',
    ' except',
    ' apart from ',
    'Cllr Smith',
    '.',
    ';',
    ':',
    ',',
  ]);

  it('holds wherever the roll call by its exceptions is found', () => {
    fc.assert(
      fc.property(exceptLine, (text) => {
        expect(ALL_EXCEPT.test(text) ? ALL_EXCEPT_OPENING.test(text) : true).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('lets the plain roll call through', () => {
    expect(ALL_EXCEPT_OPENING.test('All members were present except Cllr Smith')).toBe(true);
    expect(ALL_EXCEPT_OPENING.test('Present: the full Council apart from Cllr Jones')).toBe(true);
    expect(ALL_EXCEPT_OPENING.test('Cllr Ball opened the meeting')).toBe(false);
  });
});

describe('DECLARATION_WORD', () => {
  const heading = wordsOf([
    ' ',
    'Declarations',
    'DECLARATION',
    'Disclosure',
    'Statements',
    'Notification',
    'of ',
    'Members’ ',
    'Pecuniary ',
    'Interest',
    'INTERESTS',
    'intereſt',
    'Conflicts',
    'conflict',
    ':',
    '-',
  ]);

  it('is in every declarations heading', () => {
    fc.assert(
      fc.property(heading, (text) => {
        expect(isDeclarationsHeading(text) ? DECLARATION_WORD.test(text) : true).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves an item without the word unread, and reads one with it', () => {
    const read = (text: string): string[] => readDeclarations(toLines(text), '5', false).map((d) => d.name);
    expect(read('Cllr A Smith proposed and Cllr B Jones seconded.\nCarried.')).toEqual([]);
    expect(read('Cllr A Smith declared a pecuniary interest and left the room.')).toEqual(['Cllr A Smith']);
  });
});

describe('toLines', () => {
  it('keeps each line at its place in the text, whatever ends it', () => {
    const text = '  First line\r\nSecond\f\n\n\tThird  \rLast';
    expect(toLines(text).map((l) => [l.text, text.slice(l.start, l.end)])).toEqual([
      ['First line', 'First line'],
      ['Second', 'Second'],
      ['Third', 'Third'],
      ['Last', 'Last'],
    ]);
  });
});
