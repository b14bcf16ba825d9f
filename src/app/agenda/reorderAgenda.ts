import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import type { AgendaEntry } from '../../domain/agenda.js';
import type { Store } from '../../store/store.js';
import { AgendaInputError } from './agendaErrors.js';
import { auditAgenda, openForWrite, type AgendaVersioned } from './agendaWrite.js';

/** At most this many items in one order: far above any real agenda, it bounds what a request can make us read. */
export const MAX_ORDER_LENGTH = 500;

const OrderSchema = z
  .array(z.string().min(1, { message: 'an item id is empty' }).max(64, { message: 'an item id is too long' }), {
    message: 'send the order as a list of item ids',
  })
  .min(1, { message: 'send the order of the items' })
  .max(MAX_ORDER_LENGTH, { message: `an agenda has at most ${MAX_ORDER_LENGTH} items` });

/** How an agenda's items were ordered, for the audit log: ids with their titles, so a reader can follow. */
function orderRecord(entries: readonly AgendaEntry[]): { order: { id: string; title: string }[] } {
  return { order: entries.map((e) => ({ id: e.id, title: e.title })) };
}

/**
 * What is wrong with `order` as a new order of `entries`, or null: it must name every item of the
 * agenda once, and nothing else. An order built from a page that went stale would not, so this is
 * checked after the version (a stale page says so first, more usefully).
 */
function orderProblem(order: readonly string[], entries: readonly AgendaEntry[]): string | null {
  const known = new Set(entries.map((e) => e.id));
  const seen = new Set<string>();
  for (const id of order) {
    if (!known.has(id)) return `${id} is not an item of this agenda`;
    if (seen.has(id)) return `item ${id} is named twice`;
    seen.add(id);
  }
  const missing = entries.length - seen.size;
  if (missing > 0) return `the order leaves out ${missing} of the agenda’s ${entries.length} items`;
  if (order.every((id, i) => id === entries[i]!.id)) return 'the order is unchanged: there is nothing to save';
  return null;
}

/**
 * Saves a whole new order of an agenda's items at once (the drag-and-drop list sends it): the
 * same rule as Move up / Move down, for any number of places. Numbers do not follow the places:
 * a published item keeps its number wherever it goes, and drafts are numbered by place only when
 * published (`assignNumbers`), so reordering never renumbers what the public has seen.
 * Returns the agenda's new version, for the page's next change.
 * @throws AgendaInputError (field `order`: not exactly the agenda's items, or unchanged),
 *   StaleAgendaError, AppError NOT_FOUND, FORBIDDEN. Nothing is saved when it throws.
 */
export async function reorderAgenda(
  store: Store,
  actor: Account,
  input: AgendaVersioned & { readonly order: readonly string[] },
  now: string,
): Promise<{ readonly version: number }> {
  const parsed = OrderSchema.safeParse(input.order);
  if (!parsed.success) throw new AgendaInputError([{ field: 'order', message: parsed.error.issues[0]!.message }]);
  const order = parsed.data;
  return store.transaction(async (repos) => {
    const meeting = await openForWrite(repos, actor, input, now);
    const before = await repos.agendas.entries(meeting.id);
    const problem = orderProblem(order, before);
    if (problem) throw new AgendaInputError([{ field: 'order', message: problem }]);
    await repos.agendas.reorder(order, now);
    const byId = new Map(before.map((e) => [e.id, e]));
    await auditAgenda(
      repos,
      actor,
      now,
      'agenda.reorder',
      { kind: 'meeting', id: meeting.id },
      orderRecord(before),
      orderRecord(order.map((id) => byId.get(id)!)),
    );
    return { version: input.version + 1 };
  });
}
