import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AgendaInputError, StaleAgendaError } from '../../../src/app/agenda/agendaErrors.js';
import { addAgendaItem } from '../../../src/app/agenda/agendaItems.js';
import { publishAgenda } from '../../../src/app/agenda/publishAgenda.js';
import { readAgenda } from '../../../src/app/agenda/readAgenda.js';
import { MAX_ORDER_LENGTH, reorderAgenda } from '../../../src/app/agenda/reorderAgenda.js';
import { startAgenda } from '../../../src/app/agenda/startAgenda.js';
import type { Account } from '../../../src/domain/account.js';
import { AppError } from '../../../src/domain/errors.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { ON_TIME, seedAgendaWorld } from '../../web/workspace/agendaFixtures.js';

const NOW = ON_TIME.toISOString();

for (const dialect of DIALECTS) {
  describe(`${dialect}: reorderAgenda`, () => {
    let t: TestStore;
    let meetingId: string;
    let otherMeetingId: string;
    let clerk: Account;

    beforeEach(async () => {
      t = await testStore(dialect);
      ({ meetingId, otherMeetingId } = await seedAgendaWorld(t.store));
      clerk = (await t.store.repos.accounts.findByEmail('clerk@council.example'))!;
      await startAgenda(t.store, clerk, { meetingId }, NOW);
    });
    afterEach(async () => {
      await t?.drop();
    });

    const agenda = () => readAgenda(t.store, clerk, meetingId, NOW);
    const titles = async () => (await agenda()).items.map((i) => `${i.shownNumber} ${i.title}`);
    const add = async (title: string) =>
      addAgendaItem(
        t.store,
        clerk,
        { meetingId, version: (await agenda()).version!, title, description: '', exempt: false, exemptParagraph: '' },
        NOW,
      );

    /** Runs `reorder` expecting a refusal, and proves nothing changed: not the order, the version, or the log. */
    async function refused(reorder: () => Promise<unknown>): Promise<unknown> {
      const before = await agenda();
      const log = (await t.store.repos.audit.list({ limit: 500 })).length;
      const error = await reorder().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).not.toBeNull();
      const after = await agenda();
      expect(after.items.map((i) => [i.id, i.position])).toEqual(before.items.map((i) => [i.id, i.position]));
      expect(after.version).toBe(before.version);
      expect((await t.store.repos.audit.list({ limit: 500 })).length).toBe(log);
      return error;
    }

    it('should save a whole new order in one step, move the version on and log it', async () => {
      await add('Library opening hours');
      const view = await agenda();
      const ids = view.items.map((i) => i.id);
      // The last item to second place, the first to last: two places Move up / down would take six presses.
      const order = [ids[1]!, ids[4]!, ids[2]!, ids[3]!, ids[0]!];
      const saved = await reorderAgenda(t.store, clerk, { meetingId, version: view.version!, order }, NOW);
      expect(saved.version).toBe(view.version! + 1);
      const after = await agenda();
      expect(after.version).toBe(saved.version);
      expect(after.items.map((i) => i.id)).toEqual(order);
      expect(await titles()).toEqual([
        '1 Declarations of interests',
        '2 Library opening hours',
        '3 Minutes of the last meeting',
        '4 Work programme',
        '5 Apologies for absence',
      ]);
      // Every write here shares one clock, so the log's entries are found by their action, not their time.
      const logged = await t.store.repos.audit.list({ subjectKind: 'meeting', subjectId: meetingId, limit: 50 });
      const reorders = logged.filter((e) => e.action === 'agenda.reorder');
      expect(reorders).toHaveLength(1);
      const entry = reorders[0];
      expect(entry!.actor).toBe(clerk.id);
      expect((entry!.before as { order: { id: string }[] }).order.map((o) => o.id)).toEqual(ids);
      expect((entry!.after as { order: { id: string; title: string }[] }).order[1]).toEqual({
        id: ids[4],
        title: 'Library opening hours',
      });
    });

    it('should refuse an order that is not exactly this agenda’s items, saying why, and change nothing', async () => {
      const view = await agenda();
      const ids = view.items.map((i) => i.id);
      const version = view.version!;
      const attempt = (order: string[]) => () => reorderAgenda(t.store, clerk, { meetingId, version, order }, NOW);
      const message = async (order: string[]) => {
        const error = await refused(attempt(order));
        expect(error).toBeInstanceOf(AgendaInputError);
        expect((error as AgendaInputError).problems[0]!.field).toBe('order');
        return (error as AgendaInputError).message;
      };
      expect(await message([ids[1]!, ids[0]!, ids[2]!])).toBe('order: the order leaves out 1 of the agenda’s 4 items');
      expect(await message([ids[1]!, ids[1]!, ids[0]!, ids[2]!, ids[3]!])).toBe(`order: item ${ids[1]} is named twice`);
      expect(await message([ids[1]!, ids[0]!, ids[2]!, 'not-an-item'])).toBe(
        'order: not-an-item is not an item of this agenda',
      );
      expect(await message(ids)).toBe('order: the order is unchanged: there is nothing to save');
      expect(await message([])).toBe('order: send the order of the items');
      expect(await message(Array.from({ length: MAX_ORDER_LENGTH + 1 }, (_, i) => `x${i}`))).toBe(
        `order: an agenda has at most ${MAX_ORDER_LENGTH} items`,
      );
      // Another meeting's items are not this agenda's, even to a clerk who may clerk both.
      const admin = (await t.store.repos.accounts.findByEmail('admin@council.example'))!;
      const other = await startAgenda(t.store, admin, { meetingId: otherMeetingId }, NOW);
      const foreign = (await readAgenda(t.store, admin, otherMeetingId, NOW)).items.map((i) => i.id);
      const mixed = await refused(() =>
        reorderAgenda(t.store, admin, { meetingId, version, order: [...ids.slice(1), foreign[0]!] }, NOW),
      );
      expect((mixed as Error).message).toBe(`order: ${foreign[0]} is not an item of this agenda`);
      expect(other.version).toBeGreaterThan(0);
    });

    it('should refuse a stale version, and a clerk of another body, saving nothing', async () => {
      const view = await agenda();
      const order = view.items.map((i) => i.id).reverse();
      await add('Added by another clerk meanwhile');
      const stale = await refused(() =>
        reorderAgenda(t.store, clerk, { meetingId, version: view.version!, order }, NOW),
      );
      expect(stale).toBeInstanceOf(StaleAgendaError);
      expect((stale as StaleAgendaError).code).toBe('CONFLICT');

      const planningClerk = (await t.store.repos.accounts.findByEmail('planning.clerk@council.example'))!;
      const current = await agenda();
      const forbidden = await refused(() =>
        reorderAgenda(
          t.store,
          planningClerk,
          { meetingId, version: current.version!, order: current.items.map((i) => i.id).reverse() },
          NOW,
        ),
      );
      expect(forbidden).toBeInstanceOf(AppError);
      expect((forbidden as AppError).code).toBe('FORBIDDEN');
    });

    it('should keep published numbers with their items, as Move up / Move down does', async () => {
      await add('Library opening hours');
      await publishAgenda(
        t.store,
        clerk,
        { meetingId, version: (await agenda()).version!, lateReason: '', notice: '' },
        NOW,
      );
      await add('Bus lane consultation');
      expect(await titles()).toEqual([
        '1 Apologies for absence',
        '2 Declarations of interests',
        '3 Minutes of the last meeting',
        '4 Work programme',
        '5 Library opening hours',
        '6 Bus lane consultation',
      ]);
      const view = await agenda();
      const byTitle = (title: string) => view.items.find((i) => i.title === title)!.id;
      const order = [
        'Apologies for absence',
        'Declarations of interests',
        'Bus lane consultation',
        'Library opening hours',
        'Minutes of the last meeting',
        'Work programme',
      ].map(byTitle);
      await reorderAgenda(t.store, clerk, { meetingId, version: view.version!, order }, NOW);
      // The published items keep their numbers wherever they now stand; the new one takes a letter
      // after the numbered item before it, never a number the public has already seen.
      expect(await titles()).toEqual([
        '1 Apologies for absence',
        '2 Declarations of interests',
        '2A Bus lane consultation',
        '5 Library opening hours',
        '3 Minutes of the last meeting',
        '4 Work programme',
      ]);
      const stored = await t.store.repos.agendas.entries(meetingId);
      expect(stored.map((e) => e.number)).toEqual(['1', '2', null, '5', '3', '4']);
    });
  });
}
