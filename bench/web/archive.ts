import type { Kysely } from 'kysely';
import { stableId } from '../../src/domain/ids.js';
import { topicTerms } from '../../src/domain/topicTerms.js';
import type { Database } from '../../src/store/database.js';
import { insertInBatches } from '../../src/store/records/insertInBatches.js';
import { searchEntryRow } from '../../src/store/search/searchEntryRow.js';
import type { SearchEntry } from '../../src/store/search/searchIndex.js';

const SUBJECTS = ['Children', 'Adult Social Care', 'Housing', 'Highways', 'Flood Defence', 'Libraries', 'Parks', 'Waste Collection', 'Planning', 'Licensing', 'Public Health', 'Schools', 'Budget', 'Transport', 'Climate Change', 'Leisure Centres', 'Community Safety', 'Homelessness', 'Special Educational Needs', 'Regeneration'];
const ASPECTS = ['Improvement Plan', 'Strategy', 'Annual Report', 'Performance Update', 'Consultation', 'Inspection Outcome', 'Budget Monitoring', 'Review', 'Programme', 'Commissioning'];
const WORDS = 'council committee report members officer residents service budget plan strategy progress funding contract scheme review risk performance delivery partners consultation data team staff demand pressure outcomes families young people school road repair bus library park waste recycling housing tenant repair planning application licence police health care provider inspection ofsted action recommendation scrutiny cabinet portfolio holder director'.split(' ');

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

export const VOCABULARY = WORDS;

/**
 * Writes an archive of `items` agenda items (ten per meeting, 20 bodies, from 1990 on) straight
 * into the tables, with their search entries and topic terms: the shape an import produces,
 * built fast enough for a benchmark.
 */
export async function buildArchive(db: Kysely<Database>, items: number): Promise<{ meetingIds: string[] }> {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const now = new Date().toISOString();
  const bodies = SUBJECTS.map((s) => ({ id: stableId('body', s), slug: `${s.toLowerCase().replace(/\W+/g, '-')}-committee`, name: `${s} Committee`, kind: 'committee', parentId: null, isScrutiny: 1, size: 12, quorumFraction: 0.25, quorumMinimum: 3, meetingsPerYearMin: 6, meetingsPerYearMax: 11, allowsSubstitutes: 1, createdAt: now }));
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
        mRows.push({ id, bodyId: body.id, date, startTime: '10:00', startedAt: null, endedAt: null, venue: 'Council House', isRemote: 0, streamUrl: null, status: 'minutes_draft', contactName: null, contactEmail: null, contactPhone: null, municipalYear: null, createdAt: now, updatedAt: now });
        sRows.push({ id, kind: 'meeting', subjectId: id, meetingId: id, bodyId: body.id, date, title: `${body.name}, ${date}`, content: 'Council House' });
        for (let n = 0; n < 10; n++) {
          const itemId = stableId('item', id, n);
          const title = `${pick(SUBJECTS)} ${pick(ASPECTS)}`;
          const minutes = Array.from({ length: 40 }, () => pick(WORDS)).join(' ');
          iRows.push({ id: itemId, meetingId: id, position: n + 1, agendaNumber: String(n + 1), minuteNumber: String(m % 90 + n), title, description: null, minutesText: minutes, standardKind: null, isExempt: 0, exemptParagraph: null, pageStart: null, pageEnd: null, sourceDocumentId: null });
          sRows.push({ id: itemId, kind: 'item', subjectId: itemId, meetingId: id, bodyId: body.id, date, title, content: minutes });
          for (const term of topicTerms(title)) tRows.push({ itemId, term });
        }
      }
      await insertInBatches(trx, 'meetings', mRows);
      await insertInBatches(trx, 'agendaItems', iRows);
      await insertInBatches(trx, 'searchEntries', sRows.map(searchEntryRow));
      await insertInBatches(trx, 'itemTerms', tRows);
    });
  }
  return { meetingIds };
}
