/**
 * The words around a name that are not the name: honorifics before it, post-nominals after it,
 * role marks beside it. Data tables, so that a council can see (and the project extend) what is
 * recognised. Every form is written as normalised tokens (see {@link tokenKey}).
 */

/** A title written before a name. */
export interface Honorific {
  /** How Quorum writes it: `Councillor` for `Cllr.`. */
  readonly canonical: string;
  /** Token sequences that mean it, normalised: `['cllr']`, `['county', 'councillor']`. */
  readonly forms: readonly (readonly string[])[];
  /**
   * True for words that are never a surname. A lone `Councillor` is then no name at all, while
   * a lone `Lord` (a surname too) is kept as one.
   */
  readonly titleOnly: boolean;
  /** Set where the title says so, to tell `Mr Smith` from `Mrs Smith`. */
  readonly gender?: 'male' | 'female';
}

const forms = (...written: string[]): string[][] => written.map((w) => w.split(' '));

export const HONORIFICS: readonly Honorific[] = [
  // "Cr" is how Australian and New Zealand minutes write Councillor.
  { canonical: 'Councillor', forms: forms('councillor', 'cllr', 'councilor', 'clr', 'cr'), titleOnly: true },
  { canonical: 'Councillors', forms: forms('councillors', 'cllrs'), titleOnly: true },
  { canonical: 'County Councillor', forms: forms('county councillor', 'county cllr'), titleOnly: true },
  { canonical: 'City Councillor', forms: forms('city councillor', 'city cllr'), titleOnly: true },
  { canonical: 'Borough Councillor', forms: forms('borough councillor', 'borough cllr'), titleOnly: true },
  { canonical: 'District Councillor', forms: forms('district councillor', 'district cllr'), titleOnly: true },
  { canonical: 'Town Councillor', forms: forms('town councillor', 'town cllr'), titleOnly: true },
  { canonical: 'Parish Councillor', forms: forms('parish councillor', 'parish cllr'), titleOnly: true },
  { canonical: 'Unitary Councillor', forms: forms('unitary councillor', 'unitary cllr'), titleOnly: true },
  // Welsh: "Cynghorydd" (councillor), often "Cyng."; the mutated "Y Cynghorydd" is "the councillor".
  { canonical: 'Cynghorydd', forms: forms('cynghorydd', 'cyng', 'y cynghorydd', 'cynghorwyr'), titleOnly: true },
  { canonical: 'Alderman', forms: forms('alderman', 'ald', 'honorary alderman', 'hon alderman'), titleOnly: false },
  {
    canonical: 'Lord Mayor',
    forms: forms('the lord mayor', 'lord mayor', 'the right worshipful the lord mayor'),
    titleOnly: true,
  },
  { canonical: 'Deputy Lord Mayor', forms: forms('the deputy lord mayor', 'deputy lord mayor'), titleOnly: true },
  // "The Mayor" is never a name, but Mayor is also a surname.
  { canonical: 'Mayor', forms: forms('the mayor', 'his worship the mayor', 'her worship the mayor'), titleOnly: true },
  { canonical: 'Mayor', forms: forms('mayor'), titleOnly: false },
  { canonical: 'Deputy Mayor', forms: forms('the deputy mayor', 'deputy mayor'), titleOnly: true },
  // North American titles: a council's members, and the chairs of townships and boards.
  {
    canonical: 'Council Member',
    forms: forms('councilmember', 'council member', 'councilman', 'councilwoman', 'councilperson'),
    titleOnly: true,
  },
  { canonical: 'Council President', forms: forms('council president'), titleOnly: true },
  { canonical: 'Mayor Pro Tem', forms: forms('mayor pro tem', 'mayor pro tempore'), titleOnly: true },
  { canonical: 'Selectman', forms: forms('selectman', 'selectwoman', 'selectperson'), titleOnly: true },
  { canonical: 'Trustee', forms: forms('trustee'), titleOnly: true },
  { canonical: 'Supervisor', forms: forms('supervisor'), titleOnly: true },
  { canonical: 'Commissioner', forms: forms('commissioner'), titleOnly: true },
  { canonical: 'Sheriff', forms: forms('the sheriff'), titleOnly: true },
  { canonical: 'Sheriff', forms: forms('sheriff'), titleOnly: false },
  { canonical: 'Mr', forms: forms('mr', 'mister'), titleOnly: true, gender: 'male' },
  { canonical: 'Mrs', forms: forms('mrs'), titleOnly: true, gender: 'female' },
  { canonical: 'Ms', forms: forms('ms'), titleOnly: true, gender: 'female' },
  { canonical: 'Miss', forms: forms('miss'), titleOnly: true, gender: 'female' },
  { canonical: 'Mx', forms: forms('mx'), titleOnly: true },
  { canonical: 'Dr', forms: forms('dr', 'doctor'), titleOnly: true },
  { canonical: 'Professor', forms: forms('professor', 'prof'), titleOnly: true },
  {
    canonical: 'Reverend',
    forms: forms(
      'the reverend',
      'reverend',
      'the revd',
      'revd',
      'the rev',
      'rev',
      'the very reverend',
      'the right reverend',
      'rt revd',
      'rt rev',
    ),
    titleOnly: true,
  },
  { canonical: 'Canon', forms: forms('canon'), titleOnly: false },
  { canonical: 'Father', forms: forms('father', 'fr'), titleOnly: false, gender: 'male' },
  {
    canonical: 'Right Honourable',
    forms: forms('the right honourable', 'right honourable', 'the rt hon', 'rt hon'),
    titleOnly: true,
  },
  { canonical: 'Honourable', forms: forms('the honourable', 'the hon'), titleOnly: true },
  { canonical: 'Sir', forms: forms('sir'), titleOnly: true, gender: 'male' },
  { canonical: 'Dame', forms: forms('dame'), titleOnly: false, gender: 'female' },
  { canonical: 'Lord', forms: forms('lord'), titleOnly: false, gender: 'male' },
  { canonical: 'Lady', forms: forms('lady'), titleOnly: false, gender: 'female' },
  { canonical: 'Baroness', forms: forms('baroness'), titleOnly: true, gender: 'female' },
  { canonical: 'Baron', forms: forms('baron'), titleOnly: false, gender: 'male' },
  { canonical: 'Captain', forms: forms('captain', 'capt'), titleOnly: false },
  { canonical: 'Major', forms: forms('major', 'maj'), titleOnly: false },
  { canonical: 'Colonel', forms: forms('colonel', 'col'), titleOnly: false },
];

/** A letter group written after a name. */
export interface Suffix {
  readonly canonical: string;
  /** Normalised token (lower case, no dots). */
  readonly form: string;
  /**
   * Honours and qualifications describe a person but do not tell two people apart, so they are
   * left out of the matching key; generational suffixes (Jr, III) do tell them apart.
   */
  readonly kind: 'honour' | 'generational';
  /**
   * Only recognised when written in capitals in mixed-case text, because the letters are also
   * a name: `MA` after a name, but `Jenny Ma`.
   */
  readonly capitalsOnly?: boolean;
}

const honours = (...canonical: string[]): Suffix[] =>
  canonical.map((c) => ({ canonical: c, form: c.toLowerCase(), kind: 'honour' }));
const capitalsOnly = (...canonical: string[]): Suffix[] =>
  canonical.map((c) => ({ canonical: c, form: c.toLowerCase(), kind: 'honour', capitalsOnly: true }));

export const SUFFIXES: readonly Suffix[] = [
  ...honours(
    'OBE',
    'MBE',
    'CBE',
    'KBE',
    'DBE',
    'GBE',
    'KCB',
    'BEM',
    'QPM',
    'KStJ',
    'JP',
    'DL',
    'QC',
    'KC',
    'MP',
    'MEP',
    'MSP',
    'MLA',
  ),
  ...honours(
    'PhD',
    'DPhil',
    'MBA',
    'BSc',
    'MSc',
    'LLB',
    'LLM',
    'BEd',
    'MEd',
    'PGCE',
    'MPhil',
    'DSc',
    'FRS',
    'FRSA',
    'FCA',
    'ACA',
    'FCCA',
    'CPFA',
  ),
  ...honours(
    'FCIPD',
    'MCIPD',
    'FRICS',
    'MRICS',
    'MRTPI',
    'FRCP',
    'FRCS',
    'MRCP',
    'MRCGP',
    'FRCGP',
    'MBBS',
    'RGN',
    'Esq',
  ),
  ...capitalsOnly('MA', 'BA', 'MD', 'MS', 'AM', 'RN', 'CB', 'CC'),
  { canonical: 'Jr', form: 'jr', kind: 'generational' },
  { canonical: 'Jnr', form: 'jnr', kind: 'generational' },
  { canonical: 'Sr', form: 'sr', kind: 'generational' },
  { canonical: 'Snr', form: 'snr', kind: 'generational' },
  { canonical: 'II', form: 'ii', kind: 'generational' },
  { canonical: 'III', form: 'iii', kind: 'generational' },
  { canonical: 'IV', form: 'iv', kind: 'generational' },
];

/** A role mark written beside a name in attendance lists, e.g. `(Chair)`. */
export interface RoleMark {
  readonly canonical: string;
  /** Normalised phrases: lower case, hyphens as spaces. */
  readonly forms: readonly string[];
}

export const ROLE_MARKS: readonly RoleMark[] = [
  {
    canonical: 'Chair',
    forms: ['chair', 'chairman', 'chairwoman', 'chairperson', 'in the chair', 'presiding', 'committee chair'],
  },
  {
    canonical: 'Vice Chair',
    forms: [
      'vice chair',
      'vice chairman',
      'vice chairwoman',
      'vice chairperson',
      'deputy chair',
      'deputy chairman',
      'vice chair in the chair',
    ],
  },
  { canonical: 'Substitute', forms: ['substitute', 'sub', 'substitute member'] },
  { canonical: 'Mayor', forms: ['mayor', 'the mayor', 'lord mayor', 'the lord mayor'] },
  { canonical: 'Deputy Mayor', forms: ['deputy mayor', 'the deputy mayor', 'deputy lord mayor'] },
];

/**
 * Lower-case words that join a surname (`de Souza`, `van der Berg`, `ap Gwynedd`) when they
 * stand before the last name word.
 */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'ap',
  'ab',
  'bin',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
  'dos',
  'das',
  'do',
  'st',
]);

/**
 * A word's matching form: accents folded, lower case, only letters, digits and inner hyphens
 * kept (apostrophes go: `O’Neill` → `oneill`). Idempotent: tokenKey(tokenKey(w)) === tokenKey(w).
 */
export function tokenKey(word: string): string {
  return foldCase(word)
    .replace(/[^\p{L}\p{N}-]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Accents folded and lower case, applied twice over because lower-casing can produce new combining marks (`İ` → `i̇`).
 */
export function foldCase(text: string): string {
  const strip = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '');
  return strip(strip(text).toLowerCase());
}

export interface HonorificMatch {
  readonly honorific: Honorific;
  /** How many tokens it covers. */
  readonly length: number;
}

/** Phrases by their first word, longest first, so `county councillor` wins over `county`. */
const HONORIFIC_INDEX: ReadonlyMap<string, readonly HonorificMatch[]> = (() => {
  const index = new Map<string, HonorificMatch[]>();
  for (const honorific of HONORIFICS) {
    for (const form of honorific.forms) {
      const first = form[0];
      if (first === undefined) continue;
      const list = index.get(first) ?? [];
      list.push({ honorific, length: form.length });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
})();

/**
 * The honorifics that could start at `keys[at]` (normalised tokens), longest first. Callers
 * choose among them, since whether one may be taken depends on what it leaves behind.
 */
export function honorificsAt(keys: readonly string[], at: number): readonly HonorificMatch[] {
  const candidates = HONORIFIC_INDEX.get(keys[at] ?? '') ?? [];
  return candidates.filter(({ honorific, length }) =>
    honorific.forms.some((form) => form.length === length && form.every((word, i) => keys[at + i] === word)),
  );
}

const SUFFIX_BY_FORM: ReadonlyMap<string, Suffix> = new Map(SUFFIXES.map((s) => [s.form, s]));

/**
 * The suffix a written token stands for, or null. `mixedCase` says whether the whole name was
 * written in mixed case: only then do capitals mark `MA` as a degree rather than a name.
 */
export function suffixOf(written: string, mixedCase: boolean): Suffix | null {
  const suffix = SUFFIX_BY_FORM.get(tokenKey(written));
  if (!suffix) return null;
  if (suffix.capitalsOnly && !(mixedCase && /^\p{Lu}+$/u.test(written.replace(/\./g, '')))) return null;
  return suffix;
}

/**
 * Whether a word (in matching form) can be read as a title or post-nominal. Initials are not
 * run together into such a word (`M R Smith`, not `MR Smith`), so it is not misread later.
 */
export function isTitleOrSuffixWord(key: string): boolean {
  return HONORIFIC_INDEX.has(key) || SUFFIX_BY_FORM.has(key);
}

/** The role mark a phrase (e.g. the text inside brackets) stands for, or null. */
export function roleMarkOf(phrase: string): RoleMark | null {
  const key = foldCase(phrase)
    .replace(/[-_]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ROLE_MARKS.find((r) => r.forms.includes(key)) ?? null;
}
