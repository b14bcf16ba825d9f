import type { ExpressionBuilder, Kysely } from 'kysely';
import { exemptItemPassages, type WithheldPassage } from '../../domain/exemptInformation.js';
import type { Database } from '../database.js';

/*
 * What the public may read, defined once. Every public read (pages, the API, feeds, OParl, exports,
 * search) starts from these queries or filters with them; nothing in `store/public` filters exempt
 * items by hand. The domain's rule is `isPublicItem` (domain/exemptInformation.ts): an exempt item
 * shows its number and title, never its papers, minutes, decisions, recommendations or declarations.
 */

type Db = Kysely<Database>;

/** Ids of exempt items: few, and held by a partial index, so excluding them stays cheap. */
export function exemptItemIds(db: Db) {
  return db.selectFrom('agendaItems as exemptItem').select('exemptItem.id').where('exemptItem.isExempt', '<>', 0);
}

/** Agenda items the public may read in full. */
export function publicItems(db: Db) {
  return db.selectFrom('agendaItems').where('agendaItems.isExempt', '=', 0);
}

/**
 * Resolutions and decisions of public items, joined to their item. A meeting's own resolutions
 * (no item: `meetingResolutions`) are not among them.
 */
export function publicResolutions(db: Db) {
  return db
    .selectFrom('resolutions')
    .innerJoin('agendaItems', 'agendaItems.id', 'resolutions.itemId')
    .where('agendaItems.isExempt', '=', 0);
}

/**
 * Every resolution the public may read: those of public items and a meeting's own (no item). For
 * exports of the whole record; pages that show items use `publicResolutions`.
 */
export function everyPublicResolution(db: Db) {
  return db
    .selectFrom('resolutions')
    .where((eb) =>
      eb.or([eb('resolutions.itemId', 'is', null), eb('resolutions.itemId', 'not in', exemptItemIds(db))]),
    );
}

/** A row of `publicResolutions`, whose inner join to the item guarantees it has one. */
export function withItem<T extends { readonly itemId: string | null }>(row: T): T & { readonly itemId: string } {
  if (row.itemId === null) throw new Error(`resolution ${JSON.stringify(row)} read through its item has none`);
  return row as T & { readonly itemId: string };
}

/**
 * Resolutions a meeting made outside any item (prose minutes with no items, migration 0033): no
 * item can make them exempt, so they are as public as the meeting.
 */
export function meetingResolutions(db: Db) {
  return db.selectFrom('resolutions').where('resolutions.itemId', 'is', null);
}

/** Minute points of public items. */
export function publicMinutePoints(db: Db) {
  return db.selectFrom('minutePoints').where('minutePoints.itemId', 'not in', exemptItemIds(db));
}

/** Votes on resolutions of public items. */
export function publicVotes(db: Db) {
  return (
    db
      .selectFrom('votes')
      .innerJoin('resolutions', 'resolutions.id', 'votes.resolutionId')
      // A meeting's own resolution has no item (NULL NOT IN ... is not true): public.
      .where((eb) =>
        eb.or([eb('resolutions.itemId', 'is', null), eb('resolutions.itemId', 'not in', exemptItemIds(db))]),
      )
  );
}

/**
 * Recommendations the public may read: none that came from an exempt item, whether the link is the
 * item itself or the resolution it was made by.
 */
export function publicRecommendations(db: Db) {
  return db
    .selectFrom('recommendations')
    .where((eb) =>
      eb.and([
        eb.or([eb('recommendations.itemId', 'is', null), eb('recommendations.itemId', 'not in', exemptItemIds(db))]),
        eb.or([
          eb('recommendations.resolutionId', 'is', null),
          eb(
            'recommendations.resolutionId',
            'not in',
            db
              .selectFrom('resolutions as exemptResolution')
              .select('exemptResolution.id')
              .where('exemptResolution.itemId', 'in', exemptItemIds(db)),
          ),
        ]),
      ]),
    );
}

/**
 * Declarations the public may read: a declaration on an exempt item is withheld, as its words may
 * say what the item was about; one tied to no item, or to a public one, is public.
 */
export function publicDeclarations(db: Db) {
  return db
    .selectFrom('declarations')
    .where((eb) =>
      eb.or([eb('declarations.itemId', 'is', null), eb('declarations.itemId', 'not in', exemptItemIds(db))]),
    );
}

/** Item papers (reports, appendices) of public items. */
export function publicItemDocuments(db: Db) {
  return db.selectFrom('itemDocuments').where('itemDocuments.itemId', 'not in', exemptItemIds(db));
}

/** A report filed under an exempt item is exempt too: source documents the public may read. */
export function publicDocuments(db: Db) {
  return db.selectFrom('documents').where((eb) => isPublicDocument(eb));
}

/** The condition of `publicDocuments`, for queries that reach documents through a join. */
export function isPublicDocument(eb: ExpressionBuilder<Database, 'documents'>) {
  return eb.not(
    eb.exists(
      eb
        .selectFrom('itemDocuments as exemptPaper')
        .select('exemptPaper.id')
        .whereRef('exemptPaper.documentId', '=', 'documents.id')
        .where(
          'exemptPaper.itemId',
          'in',
          eb.selectFrom('agendaItems as x').select('x.id').where('x.isExempt', '<>', 0),
        ),
    ),
  );
}

/**
 * Documents that hold an exempt item's words (minutes that minuted it, or a document whose meeting
 * could not be placed but whose reader found exempt items in it): the public reads them with those
 * passages withheld, and never their original bytes.
 */
export function documentsWithExemptPassages(db: Db) {
  return db
    .selectFrom('provenance')
    .select('provenance.documentId')
    .where('provenance.subjectKind', '=', 'agenda_item')
    .where('provenance.subjectId', 'in', exemptItemIds(db))
    .union(db.selectFrom('withheldPassages').select('withheldPassages.documentId'));
}

/**
 * The passages of one document the public may not read: those of its exempt filed items (see
 * `exemptItemPassages`) and those kept for it when its meeting could not be placed.
 */
export async function exemptPassagesOf(db: Db, documentId: string, textLength: number): Promise<WithheldPassage[]> {
  const [starts, kept] = await Promise.all([
    db
      .selectFrom('provenance')
      .innerJoin('agendaItems', 'agendaItems.id', 'provenance.subjectId')
      .select(['provenance.startOffset as start', 'agendaItems.isExempt'])
      .where('provenance.documentId', '=', documentId)
      .where('provenance.subjectKind', '=', 'agenda_item')
      .execute(),
    db
      .selectFrom('withheldPassages')
      .select(['startOffset as start', 'endOffset as end'])
      .where('documentId', '=', documentId)
      .execute(),
  ]);
  const filed = exemptItemPassages(
    starts.map((s) => ({ start: s.start, isExempt: s.isExempt !== 0 })),
    textLength,
  );
  return [...filed, ...kept.map((p) => ({ start: p.start, end: Math.min(p.end, textLength) }))];
}

/**
 * Uploaded papers (reports, appendices) the public may read: published by the clerk, and of an item
 * that is published and not exempt, neither in the record nor (marked since) in the clerk's working copy.
 */
export function publicAgendaPapers(db: Db) {
  return db
    .selectFrom('agendaPapers')
    .innerJoin('agendaEntries', 'agendaEntries.id', 'agendaPapers.entryId')
    .innerJoin('agendaItems', 'agendaItems.id', 'agendaPapers.entryId')
    .where('agendaPapers.published', '=', 1)
    .where('agendaEntries.isExempt', '=', 0)
    .where('agendaItems.isExempt', '=', 0);
}
