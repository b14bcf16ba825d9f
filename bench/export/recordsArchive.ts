import type { Kysely } from 'kysely';
import { stableId } from '../../src/domain/ids.js';
import type { Database } from '../../src/store/database.js';
import { insertInBatches } from '../../src/store/repositories/insertInBatches.js';

const PEOPLE = 400;
const LINES_PER_MEETING = 8;

/**
 * Adds to bench/web's generated archive what an export carries beyond items: 400 people, eight
 * attendance lines per meeting (one an apology with a reason) and one recommendation resolved
 * at each meeting, so every section of every format has rows in proportion to the archive.
 */
export async function addRecords(db: Kysely<Database>, meetingIds: readonly string[]): Promise<void> {
  const now = new Date().toISOString();
  const people = Array.from({ length: PEOPLE }, (_, n) => ({
    id: stableId('person', n),
    slug: `councillor-${n}`,
    displayName: `Councillor Person ${n}`,
    honorific: 'Councillor',
    givenName: 'Person',
    familyName: String(n),
    kind: 'councillor',
    mergedIntoId: null,
    createdAt: now,
  }));
  await insertInBatches(db, 'people', people);
  for (let start = 0; start < meetingIds.length; start += 500) {
    await db.transaction().execute(async (trx) => {
      const attendance = [];
      const resolutions = [];
      const recommendations = [];
      for (const [offset, meetingId] of meetingIds.slice(start, start + 500).entries()) {
        const m = start + offset;
        for (let k = 0; k < LINES_PER_MEETING; k++) {
          const person = people[(m * 3 + k * 17) % PEOPLE]!;
          const kind = k === 6 ? 'apologies' : k === 7 ? 'in_attendance' : 'present';
          attendance.push({
            id: stableId('attendance', meetingId, person.id, kind),
            meetingId,
            personId: person.id,
            kind,
            reason: k === 6 ? 'work commitments, "unavoidable"' : null,
            substituteForId: null,
            capacity: null,
            roleText: k === 0 ? 'Chair' : null,
            position: k + 1,
            sourceDocumentId: null,
          });
        }
        const itemId = stableId('item', meetingId, 0);
        const resolutionId = stableId('resolution', itemId, 0);
        resolutions.push({
          id: resolutionId,
          meetingId,
          itemId,
          position: 1,
          label: '1',
          kind: 'recommendation',
          isFormal: 1,
          text: 'to recommend that the Executive reviews the programme and reports back within six months',
          sourceDocumentId: null,
        });
        recommendations.push({
          id: stableId('recommendation', resolutionId),
          resolutionId,
          meetingId,
          itemId,
          text: 'that the Executive reviews the programme',
          decisionMaker: 'Executive',
          sentOn: null,
          responseDueOn: null,
          status: 'made',
        });
      }
      await insertInBatches(trx, 'attendance', attendance);
      await insertInBatches(trx, 'resolutions', resolutions);
      await insertInBatches(trx, 'recommendations', recommendations);
    });
  }
}
