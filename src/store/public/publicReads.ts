import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { DialectName } from '../dialect.js';
import { publicCatalogueOver, type PublicCatalogue } from './catalogue/publicCatalogue.js';
import { PublicAgendas } from './publicAgendas.js';
import { PublicBodies } from './publicBodies.js';
import { PublicCallIns } from './publicCallIns.js';
import { PublicDecisionNotices } from './publicDecisionNotices.js';
import { PublicDecisions } from './publicDecisions.js';
import { PublicDocuments } from './publicDocuments.js';
import { PublicFeeds } from './publicFeeds.js';
import { PublicForwardPlan } from './publicForwardPlan.js';
import { PublicItems } from './publicItems.js';
import { PublicMeetings } from './publicMeetings.js';
import { PublicPeople } from './publicPeople.js';
import { PublicRecommendations } from './publicRecommendations.js';
import { PublicReports } from './publicReports.js';
import { PublicSearch } from './publicSearch.js';
import { PublicSettings } from './publicSettings.js';
import { publicRecordOver, type PublicRecord } from './record/publicRecord.js';
import { PublicWorkProgramme } from './publicWorkProgramme.js';

/**
 * Everything the public may read, by entity. Each reader builds on `publicScope.ts`, so an exempt
 * item's papers, minutes and decisions cannot reach a page, the API, a feed, OParl or an export.
 */
export interface PublicReads {
  readonly agendas: PublicAgendas;
  readonly bodies: PublicBodies;
  readonly callIns: PublicCallIns;
  readonly catalogue: PublicCatalogue;
  readonly decisions: PublicDecisions;
  readonly decisionNotices: PublicDecisionNotices;
  readonly documents: PublicDocuments;
  readonly feeds: PublicFeeds;
  readonly forwardPlan: PublicForwardPlan;
  readonly items: PublicItems;
  readonly meetings: PublicMeetings;
  readonly people: PublicPeople;
  readonly recommendations: PublicRecommendations;
  /** What the tracker report and the annual scrutiny report are computed from (issue 18). */
  readonly reports: PublicReports;
  readonly record: PublicRecord;
  readonly search: PublicSearch;
  readonly settings: PublicSettings;
  readonly workProgramme: PublicWorkProgramme;
}

export function publicReadsOver(db: Kysely<Database>, dialect: DialectName): PublicReads {
  const meetings = new PublicMeetings(db);
  return {
    agendas: new PublicAgendas(db),
    bodies: new PublicBodies(db, meetings),
    callIns: new PublicCallIns(db),
    catalogue: publicCatalogueOver(db),
    decisions: new PublicDecisions(db),
    decisionNotices: new PublicDecisionNotices(db),
    documents: new PublicDocuments(db),
    feeds: new PublicFeeds(db),
    forwardPlan: new PublicForwardPlan(db),
    items: new PublicItems(db),
    meetings,
    people: new PublicPeople(db),
    recommendations: new PublicRecommendations(db),
    reports: new PublicReports(db),
    record: publicRecordOver(db),
    search: new PublicSearch(db, dialect),
    settings: new PublicSettings(db),
    workProgramme: new PublicWorkProgramme(db),
  };
}
