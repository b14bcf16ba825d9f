import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import type { Store } from '../../../../src/store/store.js';
import { dbOf } from '../../../../src/store/storeDb.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';

/** Ids of what `recordCatalogue` wrote, for tests to look for. */
export interface CatalogueRecord {
  readonly harbourside: string;
  readonly planning: string;
  /** Harbourside's meetings, in date order: March (read from a document, with an exempt item) and June. */
  readonly march: string;
  readonly june: string;
  readonly january: string;
  readonly publicItemId: string;
  readonly exemptItemId: string;
  readonly minutesDocId: string;
  readonly reportDocId: string;
  readonly secretDocId: string;
  /** Tom Brown, and a spelling of him (recorded at January's meeting) merged into him. */
  readonly tomId: string;
  readonly spellingId: string;
}

async function storeDocument(store: Store, origin: string, title: string): Promise<string> {
  const bytes = new TextEncoder().encode(`<p>${title}</p>`);
  const stored = await store.repos.documents.store({
    bytes,
    mediaType: 'text/html',
    origin,
    title,
    text: title,
    pageStarts: [],
  });
  return stored.document.id;
}

/**
 * Two bodies and three meetings with everything the catalogue reads: an exempt item whose every
 * word says SECRET, with a paper filed only under it; a public item's paper; the minutes the March
 * meeting was read from; a membership; and a spelling merged into the person it names.
 */
export async function recordCatalogue(store: Store): Promise<CatalogueRecord> {
  const db = dbOf(store);
  const minutesDocId = await storeDocument(store, 'https://council.example/minutes/march', 'March minutes');
  const reportDocId = await storeDocument(store, 'https://council.example/reports/flood', 'Flood defence report');
  const secretDocId = await storeDocument(store, 'https://council.example/reports/secret', 'SECRET-DOC valuation');
  const base = buildMeetingRecord();
  const march = await recordMeeting(
    store,
    buildMeetingRecord({
      items: [
        ...base.items,
        {
          minuteNumber: '44',
          title: 'Acquisition of the Quayside Warehouse',
          isExempt: true,
          exemptParagraph: 3,
          description: 'SECRET-DESCRIPTION of the site',
          minutesText: 'SECRET-MINUTES the price offered',
          points: [{ label: 'a', text: 'SECRET-POINT the vendor is in arrears' }],
          resolutions: [{ label: '1', text: 'SECRET-RESOLUTION to buy the warehouse', kind: 'decision' }],
        },
      ],
    }),
    { sourceDocumentId: minutesDocId },
  );
  const june = await recordMeeting(store, buildMeetingRecord({ date: '2025-06-18', declarations: [] }), {
    sourceDocumentId: null,
  });
  const january = await recordMeeting(
    store,
    buildMeetingRecord({
      body: { name: 'Planning Committee' },
      date: '2025-01-20',
      items: [{ minuteNumber: '7', title: 'Land at Northgate Farm' }],
      attendance: [
        { name: 'Councillor Ada Lovelace', kind: 'present' },
        { name: 'Councillor Zed Quill', kind: 'present' },
      ],
      declarations: [],
    }),
    { sourceDocumentId: null },
  );
  const people = await db.selectFrom('people').select(['id', 'displayName']).execute();
  const idOf = (name: string): string => people.find((p) => p.displayName.includes(name))!.id;
  const [publicItemId, exemptItemId] = [march.itemIds[2]!, march.itemIds[3]!];
  await db
    .insertInto('itemDocuments')
    .values(
      [
        { id: 'paperpublic1', itemId: publicItemId, documentId: reportDocId, title: 'Flood defence report' },
        { id: 'paperexempt1', itemId: exemptItemId, documentId: secretDocId, title: 'SECRET-PAPER valuation' },
        { id: 'paperpublic2', itemId: june.itemIds[2]!, documentId: null, title: 'Flood map' },
      ].map((p) => ({ ...p, pageStart: null, pageEnd: null, sourceDocumentId: null })),
    )
    .execute();
  await db
    .insertInto('memberships')
    .values({
      id: 'membership01',
      personId: idOf('Zed Quill'),
      bodyId: march.bodyId,
      role: 'chair',
      votingScope: 'full',
      party: null,
      startsOn: '2024-05-20',
      endsOn: null,
      sourceDocumentId: null,
    })
    .execute();
  // A clerk's accepted merge: no use case writes one yet.
  await db
    .updateTable('people')
    .set({ mergedIntoId: idOf('Tom Brown') })
    .where('id', '=', idOf('Zed Quill'))
    .execute();
  return {
    harbourside: march.bodyId,
    planning: january.bodyId,
    march: march.meetingId,
    june: june.meetingId,
    january: january.meetingId,
    publicItemId,
    exemptItemId,
    minutesDocId,
    reportDocId,
    secretDocId,
    tomId: idOf('Tom Brown'),
    spellingId: idOf('Zed Quill'),
  };
}
