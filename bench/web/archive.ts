import type { Kysely } from 'kysely';
import { stableId } from '../../src/domain/ids.js';
import { topicTerms } from '../../src/domain/topicTerms.js';
import type { Database } from '../../src/store/database.js';
import { insertInBatches } from '../../src/store/repositories/insertInBatches.js';
import { searchEntryRows } from '../../src/store/search/searchEntryRow.js';
import type { SearchEntry } from '../../src/store/search/searchIndex.js';

const SUBJECTS = [
  'Children',
  'Adult Social Care',
  'Housing',
  'Highways',
  'Flood Defence',
  'Libraries',
  'Parks',
  'Waste Collection',
  'Planning',
  'Licensing',
  'Public Health',
  'Schools',
  'Budget',
  'Transport',
  'Climate Change',
  'Leisure Centres',
  'Community Safety',
  'Homelessness',
  'Special Educational Needs',
  'Regeneration',
];
const ASPECTS = [
  'Improvement Plan',
  'Strategy',
  'Annual Report',
  'Performance Update',
  'Consultation',
  'Inspection Outcome',
  'Budget Monitoring',
  'Review',
  'Programme',
  'Commissioning',
];
const WORDS =
  'council committee report members officer residents service budget plan strategy progress funding contract scheme review risk performance delivery partners consultation data team staff demand pressure outcomes families young people school road repair bus library park waste recycling housing tenant repair planning application licence police health care provider inspection ofsted action recommendation scrutiny cabinet portfolio holder director'.split(
    ' ',
  );

/** A deterministic pseudo-random sequence, so every run builds the same archive. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga ge gi go gu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu wa we wi wo'.split(
    ' ',
  );

/**
 * The vocabulary of the minutes: council words first, then invented words, 20,000 in all, drawn
 * with Zipf's law (s = 1.07) as word frequencies are in real text, so a query word is usually rare
 * and sometimes very common, as in real searches.
 */
export const VOCABULARY: readonly string[] = [
  ...WORDS,
  ...Array.from({ length: 20_000 - WORDS.length }, (_, n) => {
    let word = '';
    for (let k = n + 1; k > 0; k = Math.floor(k / SYLLABLES.length)) word += SYLLABLES[k % SYLLABLES.length];
    return `${word}n`;
  }),
];

const ZIPF_CUMULATIVE: readonly number[] = (() => {
  const weights = VOCABULARY.map((_, rank) => 1 / Math.pow(rank + 1, 1.07));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
})();

/** A word by Zipf's law, from a uniform number in [0, 1). */
export function zipfWord(u: number): string {
  let lo = 0;
  let hi = ZIPF_CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF_CUMULATIVE[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo]!;
}

/** A deterministic pseudo-random sequence in [0, 1) for a seed, for benchmark queries. */
export function seededRandom(seed: number): () => number {
  return random(seed);
}

/**
 * Writes an archive of `items` agenda items (ten per meeting, 20 bodies, from 1990 on) straight
 * into the tables, with their search entries and topic terms: the shape an import produces,
 * built fast enough for a benchmark.
 */
export async function buildArchive(db: Kysely<Database>, items: number): Promise<{ meetingIds: string[] }> {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const now = new Date().toISOString();
  const bodies = SUBJECTS.map((s) => ({
    id: stableId('body', s),
    slug: `${s.toLowerCase().replace(/\W+/g, '-')}-committee`,
    name: `${s} Committee`,
    kind: 'committee',
    parentId: null,
    isScrutiny: 1,
    size: 12,
    quorumFraction: 0.25,
    quorumMinimum: 3,
    meetingsPerYearMin: 6,
    meetingsPerYearMax: 11,
    allowsSubstitutes: 1,
    createdAt: now,
  }));
  await insertInBatches(db, 'bodies', bodies);
  const meetingIds: string[] = [];
  const meetings = Math.ceil(items / 10);
  for (let start = 0; start < meetings; start += 500) {
    await db.transaction().execute(async (trx) => {
      const mRows = [];
      const iRows = [];
      const sRows: SearchEntry[] = [];
      const tRows = [];
      for (let m = start; m < Math.min(meetings, start + 500); m++) {
        const body = bodies[m % bodies.length]!;
        const day = Math.floor(m / bodies.length);
        const date = new Date(Date.UTC(1990, 0, 1) + day * 86_400_000 * 3).toISOString().slice(0, 10);
        const id = stableId('meeting', body.slug, date, m);
        meetingIds.push(id);
        mRows.push({
          id,
          bodyId: body.id,
          date,
          startTime: '10:00',
          startedAt: null,
          endedAt: null,
          venue: 'Council House',
          isRemote: 0,
          streamUrl: null,
          status: 'minutes_draft',
          contactName: null,
          contactEmail: null,
          contactPhone: null,
          municipalYear: null,
          createdAt: now,
          updatedAt: now,
          revision: 0,
        });
        sRows.push({
          id,
          kind: 'meeting',
          subjectId: id,
          meetingId: id,
          bodyId: body.id,
          date,
          title: `${body.name}, ${date}`,
          content: 'Council House',
        });
        for (let n = 0; n < 10; n++) {
          const itemId = stableId('item', id, n);
          const title = `${pick(SUBJECTS)} ${pick(ASPECTS)}`;
          const minutes = Array.from({ length: 40 + Math.floor(rnd() * 160) }, () => zipfWord(rnd())).join(' ');
          iRows.push({
            id: itemId,
            meetingId: id,
            position: n + 1,
            agendaNumber: String(n + 1),
            minuteNumber: String((m % 90) + n),
            title,
            description: null,
            minutesText: minutes,
            standardKind: null,
            isExempt: 0,
            exemptParagraph: null,
            pageStart: null,
            pageEnd: null,
            sourceDocumentId: null,
          });
          sRows.push({
            id: itemId,
            kind: 'item',
            subjectId: itemId,
            meetingId: id,
            bodyId: body.id,
            date,
            title,
            content: minutes,
          });
          for (const term of topicTerms(title)) tRows.push({ itemId, term });
        }
      }
      await insertInBatches(trx, 'meetings', mRows);
      await insertInBatches(trx, 'agendaItems', iRows);
      await insertInBatches(trx, 'searchEntries', await searchEntryRows(trx, sRows));
      await insertInBatches(trx, 'itemTerms', tRows);
    });
  }
  return { meetingIds };
}
