import { stableId } from '../../domain/ids.js';
import type { MeetingRecord } from '../../domain/meetingRecord.js';
import { NO_MEMBERSHIP_EVIDENCE, type Membership } from '../../domain/membership.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Sourced } from '../../store/repositories/agendaItemRepository.js';
import type { NameResolver } from '../people/nameResolver.js';
import type { ProvenanceMarks } from './provenanceMarks.js';

/**
 * Keeps the body's memberships and the officers' posts in step with a meeting just saved:
 * - memberships the record states ("appointed to the Committee") are written as stated, with the
 *   sentence and its place in the document;
 * - the inferred memberships of everyone recorded at the meeting (and of those a replaced document
 *   named) are recomputed from their attendance at the body: one query and one upsert;
 * - officers' posts, from job titles on "in attendance" lines, likewise.
 * `mayShrink` is false for a meeting met for the first time: evidence can then only grow, so no
 * statement looks for memberships or posts to remove.
 */
export async function saveMemberships(
  repos: Repositories,
  meeting: { bodyId: string; date: string; docId: string | null; sources: readonly string[] },
  record: MeetingRecord,
  context: {
    readonly attendees: readonly string[];
    readonly mayShrink: boolean;
    readonly names: NameResolver;
    readonly marks: ProvenanceMarks;
  },
): Promise<void> {
  const stated = new Map<string, Sourced<Membership>>();
  for (const m of record.memberships) {
    const personId = await context.names.idOf(m.name, 'councillor');
    if (!personId) continue;
    const id = stableId('membership', 'stated', meeting.bodyId, personId, meeting.docId, meeting.date);
    if (stated.has(id)) continue;
    stated.set(id, {
      ...NO_MEMBERSHIP_EVIDENCE,
      id,
      personId,
      bodyId: meeting.bodyId,
      role: m.role,
      votingScope: 'full',
      party: null,
      startsOn: null,
      endsOn: null,
      firstSeenOn: meeting.date,
      lastSeenOn: meeting.date,
      meetings: 1,
      statement: m.statement,
      sourceDocumentId: meeting.docId,
    });
    context.marks.mark('membership', id, null, m.span);
  }
  if (stated.size > 0 || meeting.sources.length > 0)
    await repos.memberships.replaceStated(meeting.bodyId, meeting.date, meeting.sources, [...stated.values()]);
  await repos.memberships.recomputeInferred(meeting.bodyId, context.attendees, context.mayShrink);
  // Posts come from titled "in attendance" lines: a meeting met for the first time need only look at their people.
  const titled = new Set<string>();
  for (const a of record.attendance)
    if (a.kind === 'in_attendance' && a.roleText) {
      const id = await context.names.idOf(a.name, 'unknown');
      if (id) titled.add(id);
    }
  if (context.mayShrink) await repos.officerPosts.recompute(context.attendees, true);
  else if (titled.size > 0) await repos.officerPosts.recompute([...titled], false);
}
