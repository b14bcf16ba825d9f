/** The months in order, lower case. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The months written out, as a pattern to place inside a larger one: "january|february|...". */
export const MONTH_PATTERN: string = MONTH_NAMES.join('|');

/** The months written out or cut to their first three letters ("Jan", "Sept"), as a pattern without flags. */
export const MONTH_OR_ABBREVIATION_PATTERN: string = MONTH_NAMES.map((m) =>
  m === 'september' ? 'sep(?:t(?:ember)?)?' : `${m.slice(0, 3)}(?:${m.slice(3)})?`,
).join('|');
