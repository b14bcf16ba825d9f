import { tokenKey } from './honorifics.js';

/**
 * Common English short forms and the full names they stand for, one pair per line:
 * `['sam', 'samuel']`, `['sam', 'samantha']`. Lower case, in matching form.
 */
export const SHORT_FORMS: readonly (readonly [short: string, full: string])[] = expand({
  abby: ['abigail'],
  abbie: ['abigail'],
  al: ['alan', 'albert', 'alfred', 'alistair'],
  alex: ['alexander', 'alexandra'],
  ali: ['alison', 'alistair'],
  ally: ['alison'],
  andy: ['andrew'],
  annie: ['anne'],
  archie: ['archibald'],
  barney: ['barnaby', 'bernard'],
  baz: ['barry'],
  bea: ['beatrice'],
  becky: ['rebecca'],
  becca: ['rebecca'],
  ben: ['benjamin'],
  bernie: ['bernard', 'bernadette'],
  bert: ['albert', 'herbert'],
  bess: ['elizabeth'],
  beth: ['elizabeth', 'bethany'],
  betty: ['elizabeth'],
  bill: ['william'],
  billy: ['william'],
  bob: ['robert'],
  bobby: ['robert'],
  cath: ['catherine'],
  cathy: ['catherine'],
  charlie: ['charles', 'charlotte'],
  chris: ['christopher', 'christine', 'christina', 'christian'],
  chrissie: ['christine'],
  cliff: ['clifford'],
  dan: ['daniel'],
  danny: ['daniel'],
  dave: ['david'],
  davy: ['david'],
  deb: ['deborah'],
  debbie: ['deborah'],
  di: ['diane', 'diana'],
  dick: ['richard'],
  don: ['donald'],
  doug: ['douglas'],
  drew: ['andrew'],
  ed: ['edward', 'edmund', 'edwin'],
  eddie: ['edward', 'edwin'],
  ellie: ['eleanor', 'elena'],
  em: ['emma', 'emily'],
  ernie: ['ernest'],
  fran: ['frances', 'francesca'],
  frank: ['francis'],
  freddie: ['frederick', 'alfred'],
  fred: ['frederick', 'alfred'],
  geoff: ['geoffrey'],
  gerry: ['gerald', 'geraldine', 'gerard'],
  gill: ['gillian'],
  greg: ['gregory'],
  gus: ['angus', 'augustus'],
  harry: ['harold', 'henry'],
  hattie: ['harriet'],
  izzy: ['isabel'],
  jack: ['john'],
  jackie: ['jacqueline'],
  jake: ['jacob'],
  jamie: ['james'],
  jan: ['janet', 'janice'],
  jeff: ['geoffrey'],
  jen: ['jennifer'],
  jenny: ['jennifer'],
  jerry: ['gerald', 'jeremy'],
  jess: ['jessica'],
  jill: ['gillian'],
  jim: ['james'],
  jimmy: ['james'],
  jo: ['joanne', 'joanna', 'josephine', 'johanna'],
  joe: ['joseph'],
  johnny: ['john'],
  jon: ['jonathan'],
  josie: ['josephine'],
  kate: ['catherine'],
  kath: ['catherine'],
  kathy: ['catherine'],
  katie: ['catherine'],
  ken: ['kenneth'],
  kenny: ['kenneth'],
  kit: ['christopher'],
  larry: ['lawrence'],
  len: ['leonard'],
  les: ['leslie'],
  liam: ['william'],
  liz: ['elizabeth'],
  lizzie: ['elizabeth'],
  lottie: ['charlotte'],
  lou: ['louise', 'louis'],
  maggie: ['margaret'],
  mandy: ['amanda'],
  matt: ['matthew'],
  max: ['maxwell', 'maximilian'],
  meg: ['margaret'],
  mel: ['melanie', 'melissa'],
  mick: ['michael'],
  mike: ['michael'],
  mo: ['maureen', 'mohammed'],
  nat: ['nathan', 'nathaniel', 'natalie', 'natasha'],
  nate: ['nathan', 'nathaniel'],
  ned: ['edward'],
  nell: ['helen', 'eleanor'],
  nick: ['nicholas'],
  nicky: ['nicholas', 'nicola'],
  nikki: ['nicola'],
  ollie: ['oliver', 'olivia'],
  paddy: ['patrick'],
  pam: ['pamela'],
  pat: ['patrick', 'patricia'],
  patsy: ['patricia'],
  peggy: ['margaret'],
  pete: ['peter'],
  phil: ['philip', 'philippa'],
  pip: ['philippa', 'philip'],
  ray: ['raymond'],
  reg: ['reginald'],
  rich: ['richard'],
  richie: ['richard'],
  rick: ['richard'],
  ricky: ['richard'],
  rob: ['robert'],
  robbie: ['robert'],
  ron: ['ronald'],
  ronnie: ['ronald'],
  rosie: ['rosemary', 'rosalind'],
  russ: ['russell'],
  sally: ['sarah'],
  sam: ['samuel', 'samantha'],
  sammy: ['samuel', 'samantha'],
  sandy: ['alexander', 'alexandra', 'sandra'],
  sid: ['sidney'],
  sophie: ['sophia'],
  stan: ['stanley'],
  steve: ['stephen'],
  stevie: ['stephen'],
  sue: ['susan', 'suzanne'],
  susie: ['susan'],
  ted: ['edward'],
  teddy: ['edward'],
  terry: ['terence', 'teresa'],
  tess: ['teresa'],
  tim: ['timothy'],
  tina: ['christina'],
  tom: ['thomas'],
  tommy: ['thomas'],
  tony: ['anthony'],
  trish: ['patricia'],
  val: ['valerie'],
  vic: ['victor', 'victoria'],
  vicky: ['victoria'],
  vicki: ['victoria'],
  viv: ['vivian'],
  will: ['william'],
  willie: ['william'],
  zach: ['zachary'],
});

/**
 * Spellings of one name, first the one the short-form table uses: Catherine and Katherine,
 * Stephen and Steven. Lower case, in matching form.
 */
export const SPELLING_VARIANTS: readonly (readonly string[])[] = [
  ['catherine', 'katherine', 'kathryn', 'katharine', 'catharine', 'kathleen'],
  ['stephen', 'steven'],
  ['philip', 'phillip'],
  ['geoffrey', 'jeffrey', 'jeffery'],
  ['isabel', 'isobel', 'isabelle', 'isabella'],
  ['anne', 'ann'],
  ['sarah', 'sara'],
  ['alan', 'allan', 'allen'],
  ['lawrence', 'laurence'],
  ['teresa', 'theresa'],
  ['rebecca', 'rebekah'],
  ['leslie', 'lesley'],
  ['sean', 'shaun', 'shawn'],
  ['mohammed', 'muhammad', 'mohammad', 'mohamed', 'muhammed'],
  ['nicola', 'nichola'],
  ['anthony', 'antony'],
  ['graham', 'graeme', 'grahame'],
  ['vivian', 'vivien', 'vivienne'],
  ['gillian', 'jillian'],
  ['deborah', 'debra', 'debora'],
  ['elliot', 'elliott', 'eliot'],
  ['matthew', 'mathew'],
  ['neil', 'neal'],
  ['claire', 'clare'],
  ['jane', 'jayne'],
  ['carl', 'karl'],
  ['mark', 'marc'],
  ['eric', 'erik'],
  ['frederick', 'frederic'],
  ['jacqueline', 'jaqueline'],
  ['louise', 'louisa'],
  ['joanne', 'joann'],
  ['susan', 'suzan'],
  ['diane', 'dianne'],
  ['alistair', 'alasdair', 'alastair'],
  ['sidney', 'sydney'],
  ['jonathan', 'jonathon'],
  ['tracy', 'tracey'],
  ['zoe', 'zoey'],
];

/** How two given names relate; `null` when they do not. */
export type GivenNameRelation =
  | { readonly kind: 'equal' }
  | { readonly kind: 'spelling'; readonly name: string }
  | { readonly kind: 'short-form'; readonly full: string }
  | { readonly kind: 'shared-full'; readonly full: string };

const CANONICAL_SPELLING: ReadonlyMap<string, string> = new Map(
  SPELLING_VARIANTS.flatMap((group) => group.map((name) => [name, group[0] ?? name] as const)),
);

const FULL_NAMES_OF: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const [short, full] of SHORT_FORMS) map.set(short, (map.get(short) ?? new Set()).add(spelling(full)));
  return map;
})();

function spelling(name: string): string {
  return CANONICAL_SPELLING.get(name) ?? name;
}

/**
 * How two given names relate, symmetrically: the same name (any case or accents), spellings of
 * one name (Catherine/Katherine), a short form and its full name in either order (Sam/Samuel,
 * Kate/Katherine), or two short forms of one full name (Liz/Beth, Bob/Rob). Two full names that
 * share a short form are not related: Samuel and Samantha are different people. Never throws.
 */
export function givenNameRelation(a: string, b: string): GivenNameRelation | null {
  const ka = tokenKey(a);
  const kb = tokenKey(b);
  if (!ka || !kb) return null;
  if (ka === kb) return { kind: 'equal' };
  const sa = spelling(ka);
  const sb = spelling(kb);
  if (sa === sb) return { kind: 'spelling', name: sa };
  const fullA = FULL_NAMES_OF.get(ka);
  const fullB = FULL_NAMES_OF.get(kb);
  if (fullA?.has(sb)) return { kind: 'short-form', full: sb };
  if (fullB?.has(sa)) return { kind: 'short-form', full: sa };
  if (fullA && fullB) {
    const shared = [...fullA].filter((f) => fullB.has(f)).sort()[0];
    if (shared !== undefined) return { kind: 'shared-full', full: shared };
  }
  return null;
}

/** Whether two given names can be one person's (see {@link givenNameRelation}). Never throws. */
export function givenNamesCompatible(a: string, b: string): boolean {
  return givenNameRelation(a, b) !== null;
}

function expand(table: Readonly<Record<string, readonly string[]>>): (readonly [string, string])[] {
  return Object.entries(table).flatMap(([short, fulls]) => fulls.map((full) => [short, full] as const));
}
