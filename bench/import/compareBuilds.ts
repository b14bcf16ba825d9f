/**
 * bench/import: the parser of two builds side by side, in one process, over the same generated corpus.
 *
 *   npx tsx bench/import/compareBuilds.ts --a DIR_A --b DIR_B [--docs 300] [--rounds 5] [--differing-ok]
 *
 * DIR_A and DIR_B are checkouts with a built dist/ (`npx tsc -p tsconfig.build.json`). Every document must give
 * the same JSON from both (else the first that differs is printed and the exit code is 1; with --differing-ok only
 * the count of differing documents is printed, for builds with accuracy work between them); then the two are timed
 * in rounds, taking turns every ten documents; the median of the rounds is printed for each (CPU ms per document),
 * with A's time over B's (above 1: B is faster). On a shared, loaded machine the two run under the same load, so the
 * ratio is steadier than either time.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchTemplates, corpusTexts } from './corpus.js';

type Parse = (text: string) => unknown;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dirA = option('--a');
const dirB = option('--b');
if (!dirA || !dirB) {
  console.error(
    'usage: npx tsx bench/import/compareBuilds.ts --a DIR_A --b DIR_B [--docs 300] [--rounds 5] [--differing-ok]',
  );
  process.exit(2);
}
const DOCS = Number(option('--docs') ?? 300);
const ROUNDS = Number(option('--rounds') ?? 5);
// Two builds whose parser reads some documents differently (a release with accuracy work between them) are still timed,
// the count of differing documents printed, when asked.
const DIFFERING_OK = process.argv.includes('--differing-ok');

async function parserOf(dir: string): Promise<Parse> {
  const file = path.resolve(dir, 'dist/ingest/minutes/parseText.js');
  const module = (await import(pathToFileURL(file).href)) as { parseText: Parse };
  return module.parseText;
}

const templates = benchTemplates(ROOT);
const docs = corpusTexts(templates, DOCS);
const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d), 0);
const parseA = await parserOf(dirA);
const parseB = await parserOf(dirB);

// The check doubles as a warm-up: both builds have parsed every document once before the clock starts.
let differing = 0;
for (const [n, doc] of docs.entries()) {
  const a = JSON.stringify(parseA(doc));
  const b = JSON.stringify(parseB(doc));
  if (a === b) continue;
  differing++;
  if (DIFFERING_OK) continue;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  console.error(`document ${n} (template ${n % templates.length}) differs at character ${at} of its JSON:`);
  console.error(`  A: …${a.slice(Math.max(0, at - 200), at + 200)}`);
  console.error(`  B: …${b.slice(Math.max(0, at - 200), at + 200)}`);
  process.exit(1);
}

let sink = 0;
// CPU time, not the wall clock: on a machine shared with other work the process's own time varies far less.
function cpuMs(parse: Parse, batch: readonly string[]): number {
  const t0 = process.cpuUsage();
  for (const doc of batch) sink += JSON.stringify(parse(doc)).length;
  const { user, system } = process.cpuUsage(t0);
  return (user + system) / 1e3;
}

// Within a round the builds take turns every few documents (who goes first alternating), so a change in the
// machine's load falls on both alike.
const BATCH = 10;
const timesA: number[] = [];
const timesB: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let a = 0;
  let b = 0;
  for (let from = 0; from < docs.length; from += BATCH) {
    const batch = docs.slice(from, from + BATCH);
    if ((round + from / BATCH) % 2 === 0) {
      a += cpuMs(parseA, batch);
      b += cpuMs(parseB, batch);
    } else {
      b += cpuMs(parseB, batch);
      a += cpuMs(parseA, batch);
    }
  }
  timesA.push(a / docs.length);
  timesB.push(b / docs.length);
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ratios = timesA.map((a, i) => a / timesB[i]!);
const fmt = (xs: number[]): string => xs.map((x) => x.toFixed(2)).join(' ');
console.log(
  `corpus: ${DOCS} documents, ${(bytes / 1e6).toFixed(1)} MB, from ${templates.length} templates; ` +
    (differing ? `output differs on ${differing} documents` : `output identical (checksum ${sink % 997})`),
);
console.log(`A ${dirA}: ${median(timesA).toFixed(2)} ms/doc (rounds: ${fmt(timesA)})`);
console.log(`B ${dirB}: ${median(timesB).toFixed(2)} ms/doc (rounds: ${fmt(timesB)})`);
console.log(`A/B: ${median(ratios).toFixed(2)} (median of rounds; per round: ${fmt(ratios)})`);
