import { exportArchive } from '../../src/app/exportArchive.js';
import { recordMeeting, type RecordedMeeting } from '../../src/app/recordMeeting.js';
import type { ExportFormat } from '../../src/publish/exportFormat.js';
import type { ExportOptions } from '../../src/publish/exportScope.js';
import type { Store } from '../../src/store/store.js';
import { dbOf } from '../../src/store/storeDb.js';
import { buildMeetingRecord } from '../factories/meetingRecord.js';

/** Text that appears only in the exempt item and what hangs off it; no export may contain it. */
export const EXEMPT_MARKER = 'CONFIDENTIAL-SALE-OF-DEPOT';

/** Hostile text for CSV: a formula, commas, quotes and a line break in one cell. */
export const TRICKY_REASON = '=HYPERLINK("http://evil.example","click"), then "quoted"\nsecond line';

export interface ExportFixture {
  readonly meeting: RecordedMeeting;
  readonly exemptItemId: string;
  /** The exempt item's resolutions: a recommendation made by one is exempt too. */
  readonly exemptResolutionIds: readonly string[];
}

/**
 * A meeting with an exempt item (its resolution, minute points and recommendation carry
 * EXEMPT_MARKER), and one of every kind of record the sample lacks: memberships with a Chair,
 * an officer post, terms of reference, a parent body, an item document, votes, a response to a
 * recommendation, a merged person (Zoe Quill, merged into Ada Lovelace), an apology whose reason is
 * hostile to spreadsheets, and recommendations of the exempt item linked by the item alone and by
 * its resolution alone.
 */
export async function addExportFixture(store: Store): Promise<ExportFixture> {
  const db = dbOf(store);
  const base = buildMeetingRecord();
  const record = buildMeetingRecord({
    items: [
      ...base.items,
      {
        minuteNumber: '44',
        title: 'Exclusion of the press and public: depot',
        isExempt: true,
        exemptParagraph: 3,
        minutesText: `${EXEMPT_MARKER} minutes`,
        points: [{ label: 'a', text: `${EXEMPT_MARKER} point` }],
        resolutions: [{ label: '1', text: `to recommend ${EXEMPT_MARKER}`, kind: 'recommendation' }],
      },
    ],
    attendance: [...base.attendance, { name: 'Councillor Zoe Quill', kind: 'apologies', reason: TRICKY_REASON }],
    declarations: [
      ...base.declarations,
      {
        name: 'Councillor Ada Lovelace',
        item: '44',
        kind: 'disclosable_pecuniary',
        text: 'owns land next to the depot',
      },
    ],
  });
  const meeting = await recordMeeting(store, record, { sourceDocumentId: null });
  const items = await db
    .selectFrom('agendaItems')
    .select(['id', 'isExempt', 'minuteNumber'])
    .where('meetingId', '=', meeting.meetingId)
    .execute();
  const exemptItemId = items.find((i) => i.isExempt === 1)!.id;
  const flood = items.find((i) => i.minuteNumber === '43')!.id;
  const people = await db.selectFrom('people').select(['id', 'displayName']).execute();
  const person = (name: string): string => people.find((p) => p.displayName.includes(name))!.id;
  const now = '2025-03-13T09:00:00.000Z';

  await db
    .insertInto('bodies')
    .values({
      id: 'fixture-council',
      slug: 'full-council',
      name: 'Full Council',
      kind: 'full_council',
      parentId: null,
      isScrutiny: 0,
      size: 51,
      quorumFraction: 0.25,
      quorumMinimum: 13,
      meetingsPerYearMin: 6,
      meetingsPerYearMax: 8,
      allowsSubstitutes: 0,
      createdAt: now,
    })
    .execute();
  await db.updateTable('bodies').set({ parentId: 'fixture-council' }).where('id', '=', meeting.bodyId).execute();
  await db
    .insertInto('termsOfReference')
    .values({
      id: 'fixture-tor',
      bodyId: meeting.bodyId,
      adoptedOn: '2024-05-20',
      description: 'Scrutinises flood defence',
      purpose: null,
      objectives: null,
      powers: 'May call in decisions',
      membershipRules: null,
      quorumText: 'One quarter',
      frequencyText: null,
      documentId: null,
    })
    .execute();
  await db
    .insertInto('memberships')
    .values([
      {
        id: 'fixture-m1',
        personId: person('Lovelace'),
        bodyId: meeting.bodyId,
        role: 'chair',
        votingScope: 'full',
        party: 'Independent',
        startsOn: '2024-05-20',
        endsOn: null,
        sourceDocumentId: null,
      },
      {
        id: 'fixture-m2',
        personId: person('Brown'),
        bodyId: meeting.bodyId,
        role: 'member',
        votingScope: 'education',
        party: null,
        startsOn: null,
        endsOn: '2025-05-01',
        sourceDocumentId: null,
      },
    ])
    .execute();
  await db
    .insertInto('officerPosts')
    .values({
      id: 'fixture-op',
      personId: person('Maya Chen'),
      jobTitle: 'Director of Place',
      organisation: 'Harbourside Council',
      startsOn: '2020-01-01',
      endsOn: null,
      sourceDocumentId: null,
    })
    .execute();
  await db
    .insertInto('itemDocuments')
    .values({
      id: 'fixture-idoc',
      itemId: flood,
      documentId: null,
      title: 'Flood defence report, appendix A',
      pageStart: 3,
      pageEnd: 9,
      sourceDocumentId: null,
    })
    .execute();
  const resolution = await db
    .selectFrom('resolutions')
    .select('id')
    .where('itemId', '=', flood)
    .where('kind', '=', 'recommendation')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('votes')
    .values([
      { id: 'fixture-v1', resolutionId: resolution.id, personId: null, choice: 'for', count: 7 },
      { id: 'fixture-v2', resolutionId: resolution.id, personId: null, choice: 'against', count: 2 },
      { id: 'fixture-v3', resolutionId: resolution.id, personId: person('Brown'), choice: 'against', count: null },
    ])
    .execute();
  const recommendation = await db
    .selectFrom('recommendations')
    .select('id')
    .where('resolutionId', '=', resolution.id)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('recommendations')
    .set({
      decisionMaker: 'Executive',
      sentOn: '2025-03-20',
      responseDueOn: '2025-05-20',
      status: 'partially_accepted',
    })
    .where('id', '=', recommendation.id)
    .execute();
  await db
    .insertInto('recommendationResponses')
    .values({
      id: 'fixture-resp',
      recommendationId: recommendation.id,
      respondedOn: '2025-05-02',
      acceptance: 'partially_accepted',
      text: 'A map will be published, without private addresses.',
      implementation: 'By autumn',
      createdAt: now,
    })
    .execute();
  // Recommendations of the exempt item by either link alone: through the item, or through its resolution.
  const exemptResolution = await db
    .selectFrom('resolutions')
    .select('id')
    .where('itemId', '=', exemptItemId)
    .executeTakeFirstOrThrow();
  const withheld = { meetingId: meeting.meetingId, decisionMaker: null, sentOn: null, responseDueOn: null };
  await db
    .insertInto('recommendations')
    .values([
      {
        ...withheld,
        id: 'fixture-rec-by-item',
        itemId: exemptItemId,
        resolutionId: null,
        text: `${EXEMPT_MARKER} recommended through the item`,
        status: 'made',
      },
      {
        ...withheld,
        id: 'fixture-rec-by-resolution',
        itemId: null,
        resolutionId: exemptResolution.id,
        text: `${EXEMPT_MARKER} recommended through the resolution`,
        status: 'made',
      },
    ])
    .execute();
  await db
    .updateTable('people')
    .set({ mergedIntoId: person('Lovelace') })
    .where('id', '=', person('Quill'))
    .execute();
  return { meeting, exemptItemId, exemptResolutionIds: [exemptResolution.id] };
}

/** Everything a format writes to a stream, as text. */
export async function exportToString(write: (out: NodeJS.WritableStream) => Promise<void>): Promise<string> {
  const { PassThrough } = await import('node:stream');
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

/** What an export of `format` writes, through the use case the CLI and the downloads call. */
export async function exportText(store: Store, format: ExportFormat, options: ExportOptions): Promise<string> {
  const archive = await exportArchive(store, { format, ...options });
  return exportToString((out) => archive.write(out));
}
