import type { PublicRecord } from '../../store/public/record/publicRecord.js';
import type { VoteRecord } from '../../store/public/record/recordVotes.js';
import { recordScopeOf, type ExportScope } from '../exportScope.js';
import * as map from './popoloMapping.js';

type Json = Record<string, unknown>;

/** One top-level array of the Popolo document, produced a page at a time. */
export interface PopoloSection {
  readonly key: string;
  pages(record: PublicRecord, scope: ExportScope): AsyncIterable<Json[]>;
}

/** Maps each page of a reader's stream to Popolo objects. */
async function* mapped<T>(pages: AsyncIterable<readonly T[]>, toJson: (row: T) => Json): AsyncGenerator<Json[]> {
  for await (const rows of pages) yield rows.map(toJson);
}

async function* posts(record: PublicRecord, scope: ExportScope): AsyncGenerator<Json[]> {
  const rows = await record.memberships.posts(recordScopeOf(scope));
  if (rows.length > 0) yield rows.map(map.toPost);
}

/** Votes grouped by resolution; a group may span pages, so it is yielded once the next one starts. */
async function* voteEvents(record: PublicRecord, scope: ExportScope): AsyncGenerator<Json[]> {
  let group: VoteRecord[] = [];
  for await (const votes of record.votes.stream(recordScopeOf(scope))) {
    const done: Json[] = [];
    for (const vote of votes) {
      if (group.length > 0 && group[0]!.resolutionId !== vote.resolutionId) {
        done.push(map.toVoteEvent(group));
        group = [];
      }
      group.push(vote);
    }
    if (done.length > 0) yield done;
  }
  if (group.length > 0) yield [map.toVoteEvent(group)];
}

/** The document's arrays in the order they are written: Popolo's own first, then Quorum's extension. */
export const POPOLO_SECTIONS: readonly PopoloSection[] = [
  {
    key: 'organizations',
    pages: (r, scope) => mapped(r.bodies.stream(recordScopeOf(scope)), (b) => map.toOrganization(b, scope.baseUrl)),
  },
  {
    key: 'persons',
    pages: (r, scope) => mapped(r.people.stream(recordScopeOf(scope)), (p) => map.toPerson(p, scope.baseUrl)),
  },
  { key: 'memberships', pages: (r, scope) => mapped(r.memberships.stream(recordScopeOf(scope)), map.toMembership) },
  { key: 'posts', pages: posts },
  {
    key: 'events',
    pages: (r, scope) => mapped(r.agendas.stream(recordScopeOf(scope)), (m) => map.toEvent(m, scope.baseUrl)),
  },
  { key: 'motions', pages: (r, scope) => mapped(r.resolutions.stream(recordScopeOf(scope)), map.toMotion) },
  { key: 'vote_events', pages: voteEvents },
  {
    key: 'quorum:attendance',
    pages: (r, scope) => mapped(r.attendance.stream(recordScopeOf(scope)), map.toAttendance),
  },
  {
    key: 'quorum:declarations',
    pages: (r, scope) => mapped(r.declarations.stream(recordScopeOf(scope)), map.toDeclaration),
  },
  {
    key: 'quorum:recommendations',
    pages: (r, scope) => mapped(r.recommendations.stream(recordScopeOf(scope)), map.toRecommendation),
  },
  {
    key: 'quorum:work_programme',
    pages: (r, scope) => mapped(r.workProgramme.stream(recordScopeOf(scope)), map.toWorkProgrammeEntry),
  },
  {
    key: 'quorum:decision_notices',
    pages: (r, scope) =>
      mapped(r.decisionNotices.stream(scope.today, recordScopeOf(scope)), (n) =>
        map.toDecisionNotice(n, scope.baseUrl),
      ),
  },
  {
    key: 'quorum:forward_plan',
    pages: (r, scope) => mapped(r.forwardPlan.stream(scope.today, recordScopeOf(scope)), map.toForwardPlanEntry),
  },
  {
    key: 'quorum:officer_posts',
    pages: (r, scope) => mapped(r.officerPosts.stream(recordScopeOf(scope)), map.toOfficerPost),
  },
  {
    key: 'quorum:documents',
    pages: (r, scope) => mapped(r.documents.stream(recordScopeOf(scope)), (d) => map.toDocument(d, scope.baseUrl)),
  },
];
