import type { Account } from '../../domain/account.js';
import { AgendaEntryInputSchema, type AgendaEntry, type AgendaEntryInput } from '../../domain/agenda.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { AgendaInputError } from './agendaErrors.js';
import { auditAgenda, openForWrite, type AgendaVersioned } from './agendaWrite.js';

function parseEntry(input: AgendaEntryInput) {
  const parsed = AgendaEntryInputSchema.safeParse(input);
  if (!parsed.success) {
    const seen = new Set<string>();
    throw new AgendaInputError(
      parsed.error.issues
        .map((i) => ({ field: String(i.path[0] ?? 'form'), message: i.message }))
        .filter((p) => !seen.has(p.field) && seen.add(p.field)),
    );
  }
  return parsed.data;
}

async function entryOf(repos: Repositories, meetingId: string, itemId: string): Promise<AgendaEntry> {
  const entry = await repos.agendas.entry(itemId);
  if (!entry || entry.meetingId !== meetingId) throw new AppError('NOT_FOUND', `no item ${itemId} on this agenda`);
  return entry;
}

/**
 * Adds an item at the end of the agenda (move it after). After publication it waits for a
 * supplementary agenda, which gives it the next number.
 * @throws AgendaInputError, StaleAgendaError, AppError NOT_FOUND, FORBIDDEN.
 */
export async function addAgendaItem(
  store: Store,
  actor: Account,
  input: AgendaVersioned & AgendaEntryInput,
  now: string,
): Promise<AgendaEntry> {
  const fields = parseEntry(input);
  return store.transaction(async (repos) => {
    const meeting = await openForWrite(repos, actor, input, now);
    const entries = await repos.agendas.entries(meeting.id);
    const entry: AgendaEntry = {
      id: randomId(),
      meetingId: meeting.id,
      position: entries.length + 1,
      number: null,
      standardKind: null,
      publishedIn: null,
      ...fields,
    };
    await repos.agendas.addEntries([entry], now);
    await auditAgenda(repos, actor, now, 'agenda.item.add', { kind: 'agenda_entry', id: entry.id }, null, entry);
    return entry;
  });
}

/**
 * Changes an item's title, description or exemption. Marking a published item exempt withholds it
 * from the public at once; every other change waits for the next publication.
 * @throws AgendaInputError, StaleAgendaError, AppError NOT_FOUND, FORBIDDEN.
 */
export async function editAgendaItem(
  store: Store,
  actor: Account,
  input: AgendaVersioned & AgendaEntryInput & { readonly itemId: string },
  now: string,
): Promise<void> {
  const fields = parseEntry(input);
  await store.transaction(async (repos) => {
    const meeting = await openForWrite(repos, actor, input, now);
    const before = await entryOf(repos, meeting.id, input.itemId);
    await repos.agendas.updateEntry(before.id, fields, now);
    if (fields.isExempt) await repos.agendas.withholdPublished(before.id, fields.exemptParagraph);
    await auditAgenda(repos, actor, now, 'agenda.item.edit', { kind: 'agenda_entry', id: before.id }, before, {
      ...before,
      ...fields,
    });
  });
}

/**
 * Takes an item off the agenda with its papers. A published item's number is not given to another.
 * @throws StaleAgendaError, AppError NOT_FOUND, FORBIDDEN.
 */
export async function removeAgendaItem(
  store: Store,
  actor: Account,
  input: AgendaVersioned & { readonly itemId: string },
  now: string,
): Promise<void> {
  await store.transaction(async (repos) => {
    const meeting = await openForWrite(repos, actor, input, now);
    const before = await entryOf(repos, meeting.id, input.itemId);
    await repos.agendas.removeEntry(before.id);
    const rest = (await repos.agendas.entries(meeting.id)).map((e) => e.id);
    await repos.agendas.reorder(rest, now);
    await auditAgenda(repos, actor, now, 'agenda.item.remove', { kind: 'agenda_entry', id: before.id }, before, null);
  });
}

/**
 * Moves an item one place up or down. Numbers do not follow: a published item keeps its number
 * wherever it goes, and drafts are numbered by place only when published.
 * @throws StaleAgendaError, AppError NOT_FOUND, FORBIDDEN, INPUT_INVALID (already first or last).
 */
export async function moveAgendaItem(
  store: Store,
  actor: Account,
  input: AgendaVersioned & { readonly itemId: string; readonly direction: 'up' | 'down' },
  now: string,
): Promise<void> {
  await store.transaction(async (repos) => {
    const meeting = await openForWrite(repos, actor, input, now);
    const entry = await entryOf(repos, meeting.id, input.itemId);
    const ids = (await repos.agendas.entries(meeting.id)).map((e) => e.id);
    const from = ids.indexOf(entry.id);
    const to = input.direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length)
      throw new AppError('INPUT_INVALID', `the item is already ${input.direction === 'up' ? 'first' : 'last'}`);
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    await repos.agendas.reorder(ids, now);
    await auditAgenda(
      repos,
      actor,
      now,
      'agenda.item.move',
      { kind: 'agenda_entry', id: entry.id },
      { position: from + 1 },
      { position: to + 1 },
    );
  });
}
