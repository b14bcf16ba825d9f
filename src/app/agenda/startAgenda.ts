import type { Account } from '../../domain/account.js';
import { standardEntries, type AgendaEntry } from '../../domain/agenda.js';
import type { StandardItemKind } from '../../domain/agendaItem.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { auditAgenda } from './agendaWrite.js';

/**
 * Starts a meeting's agenda: the standard items (apologies, declarations of interests, minutes of
 * the last meeting, and the work programme for a scrutiny body), or, when the record already holds
 * the meeting's items (read from a published agenda), those items with their numbers, and any
 * standard item they lack. Starting twice is a conflict; nothing is public until it is published.
 * @throws AppError NOT_FOUND, FORBIDDEN, CONFLICT.
 */
export async function startAgenda(
  store: Store,
  actor: Account,
  input: { readonly meetingId: string },
  now: string,
): Promise<{ readonly version: number }> {
  return store.transaction(async (repos) => {
    const meeting = await repos.agendas.meeting(input.meetingId);
    if (!meeting) throw new AppError('NOT_FOUND', `no meeting with id ${input.meetingId}`);
    assertMayClerk(actor, meeting.bodyId);
    if (await repos.agendas.state(meeting.id))
      throw new AppError('CONFLICT', 'this meeting’s agenda is already started');
    if (meeting.status === 'cancelled') throw new AppError('INPUT_INVALID', 'this meeting is cancelled');
    await repos.agendas.start(meeting.id, actor.id, now);
    const recorded = await repos.agendas.recordedItems(meeting.id);
    const wasPublished = recorded.length > 0 && meeting.status !== 'scheduled';
    const entries: AgendaEntry[] = recorded.map((item, index) => ({
      id: item.id,
      meetingId: meeting.id,
      position: index + 1,
      number: wasPublished ? (item.agendaNumber ?? String(index + 1)) : null,
      title: item.title,
      description: item.description,
      standardKind: item.standardKind as StandardItemKind | null,
      isExempt: item.isExempt,
      exemptParagraph: item.exemptParagraph,
      publishedIn: wasPublished ? 1 : null,
    }));
    const present = new Set(entries.map((e) => e.standardKind));
    const standard = standardEntries(meeting.isScrutiny).filter((s) => !present.has(s.standardKind));
    // Standard items open the agenda, before any recorded business; the work programme closes it.
    const opening = standard.filter((s) => s.standardKind !== 'work_programme');
    const closing = standard.filter((s) => s.standardKind === 'work_programme');
    const fresh = (s: { title: string; standardKind: StandardItemKind }): AgendaEntry => ({
      id: randomId(),
      meetingId: meeting.id,
      position: 0,
      number: null,
      title: s.title,
      description: null,
      standardKind: s.standardKind,
      isExempt: false,
      exemptParagraph: null,
      publishedIn: null,
    });
    const ordered = [...opening.map(fresh), ...entries, ...closing.map(fresh)].map((e, index) => ({
      ...e,
      position: index + 1,
    }));
    await repos.agendas.addEntries(ordered, now);
    if (wasPublished) await repos.agendas.markPublished(meeting.id, 1, new Map());
    await auditAgenda(repos, actor, now, 'agenda.start', { kind: 'meeting', id: meeting.id }, null, {
      items: ordered.map((e) => e.title),
    });
    return { version: 1 };
  });
}
