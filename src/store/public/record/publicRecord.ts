import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { RecordAgendas } from './recordAgendas.js';
import { RecordAttendance } from './recordAttendance.js';
import { RecordBodies } from './recordBodies.js';
import { RecordDeclarations } from './recordDeclarations.js';
import { RecordDocuments } from './recordDocuments.js';
import { RecordMemberships } from './recordMemberships.js';
import { RecordMinutes } from './recordMinutes.js';
import { RecordOfficerPosts } from './recordOfficerPosts.js';
import { RecordPeople } from './recordPeople.js';
import { RecordRecommendations } from './recordRecommendations.js';
import { RecordResolutions } from './recordResolutions.js';
import { RecordVotes } from './recordVotes.js';
import { PublicWorkProgramme } from '../publicWorkProgramme.js';
import { PublicDecisionNotices } from '../publicDecisionNotices.js';
import { PublicForwardPlan } from '../publicForwardPlan.js';

/**
 * The whole public record (or one body's part), entity by entity, as open-data exports carry it:
 * every stored id, timestamp and source document kept, read in keyset pages so that one page at a
 * time is in memory however large the archive. Exempt items and what hangs off them never appear.
 */
export interface PublicRecord {
  readonly agendas: RecordAgendas;
  readonly attendance: RecordAttendance;
  readonly bodies: RecordBodies;
  readonly declarations: RecordDeclarations;
  readonly documents: RecordDocuments;
  readonly memberships: RecordMemberships;
  readonly minutes: RecordMinutes;
  readonly officerPosts: RecordOfficerPosts;
  readonly people: RecordPeople;
  readonly recommendations: RecordRecommendations;
  readonly resolutions: RecordResolutions;
  readonly votes: RecordVotes;
  readonly workProgramme: PublicWorkProgramme;
  /** Published decision notices with their call-ins; none of an exempt item. */
  readonly decisionNotices: PublicDecisionNotices;
  /** The published forward plan (the executive's; in the whole record's exports only). */
  readonly forwardPlan: PublicForwardPlan;
}

export function publicRecordOver(db: Kysely<Database>): PublicRecord {
  return {
    agendas: new RecordAgendas(db),
    attendance: new RecordAttendance(db),
    bodies: new RecordBodies(db),
    declarations: new RecordDeclarations(db),
    documents: new RecordDocuments(db),
    memberships: new RecordMemberships(db),
    minutes: new RecordMinutes(db),
    officerPosts: new RecordOfficerPosts(db),
    people: new RecordPeople(db),
    recommendations: new RecordRecommendations(db),
    resolutions: new RecordResolutions(db),
    votes: new RecordVotes(db),
    workProgramme: new PublicWorkProgramme(db),
    decisionNotices: new PublicDecisionNotices(db),
    forwardPlan: new PublicForwardPlan(db),
  };
}
