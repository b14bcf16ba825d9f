import fc from 'fast-check';
import { isTitleOrSuffixWord, SURNAME_PARTICLES } from '../../../src/domain/names/honorifics.js';

const GIVEN = [
  'Cheryl',
  'Sam',
  'Samuel',
  'Samantha',
  'John',
  'Jane',
  'Katherine',
  'Kate',
  'Liz',
  'Elizabeth',
  'Bob',
  'Robert',
  'Jo',
  'Di',
  'Mohammed',
  'Siân',
  'Zoë',
  'Huw',
  'Ade',
];
const FAMILY = [
  'Barnard',
  'Gardiner',
  'Matsiko',
  'Matisko',
  'Smith',
  'Smyth',
  "O'Neill-Brown",
  'de Souza',
  'van der Berg',
  'Ng',
  'Lee',
  'Ahmed',
  'Öztürk',
  'Brown',
  'McDonald',
];

/**
 * A capitalised made-up word, so the tests do not only see names from the lists. Words that are
 * titles (`Dr`), post-nominals or particles are left out: as names they are ambiguous by design.
 */
const madeUp: fc.Arbitrary<string> = fc
  .stringMatching(/^[A-Z][a-z]{1,9}$/)
  .filter((w) => !isTitleOrSuffixWord(w.toLowerCase()) && !SURNAME_PARTICLES.has(w.toLowerCase()));

export const givenName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...GIVEN),
  madeUp,
  fc.constantFrom('A', 'J', 'AJ', 'M R'),
);
export const familyName: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...FAMILY), madeUp);

export interface NameParts {
  readonly given: string | null;
  readonly middle: readonly string[];
  readonly family: string;
}

export const nameParts: fc.Arbitrary<NameParts> = fc.record({
  given: fc.option(givenName, { nil: null }),
  middle: fc.array(givenName, { maxLength: 2 }),
  family: familyName,
});

/** How a document might write those parts: in order, inverted, in capitals, with odd spacing. */
export const writtenName: fc.Arbitrary<string> = fc
  .tuple(nameParts, fc.constantFrom('plain', 'inverted', 'capitals', 'spaced'))
  .map(([parts, style]) => {
    const forenames = parts.given === null ? [] : [parts.given, ...parts.middle];
    const plain = [...forenames, parts.family].join(' ');
    switch (style) {
      case 'plain':
        return plain;
      case 'inverted':
        return forenames.length > 0 ? `${parts.family}, ${forenames.join(' ')}` : parts.family;
      case 'capitals':
        return plain.toUpperCase();
      case 'spaced':
        return `  ${plain.replace(/ /g, '\u00a0 ')}  `;
    }
  });

export const honorificPrefix: fc.Arbitrary<string> = fc.constantFrom(
  'Councillor ',
  'Cllr ',
  'Cllr. ',
  'Dr ',
  'Mrs ',
  'County Councillor ',
  'Cyng. ',
  'Professor ',
);

/** A name and a variant of it of the kinds the seeds show, to reach every branch of the verdict table. */
export const namePairs: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(writtenName, writtenName),
  fc
    .tuple(givenName, familyName, fc.constantFrom('initial', 'short', 'swap', 'surname', 'title', 'other', 'letter'))
    .map(([given, family, kind]): [string, string] => {
      const full = `${given} ${family}`;
      switch (kind) {
        case 'initial':
          return [full, `${given.charAt(0)} ${family}`];
        case 'short':
          return [
            full,
            `${({ Samuel: 'Sam', Robert: 'Bob', Elizabeth: 'Liz', Katherine: 'Kate' } as Record<string, string>)[given] ?? given} ${family}`,
          ];
        case 'swap':
          return [
            full,
            `${given} ${family.length > 3 ? family.slice(0, 1) + family.charAt(2) + family.charAt(1) + family.slice(3) : family}`,
          ];
        case 'surname':
          return [`Councillor ${family}`, full];
        case 'title':
          return [`Mr ${full}`, `Mrs ${full}`];
        case 'letter':
          return [full, `${given} ${family.slice(0, -1)}x`];
        default:
          return [full, `Jane ${family}`];
      }
    }),
);
