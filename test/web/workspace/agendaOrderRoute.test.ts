import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { agendaApp, Clerk, seedAgendaWorld, type AgendaApp } from './agendaFixtures.js';

/** The route the drag-and-drop list posts to: the whole order at once, answered in JSON. */
for (const dialect of DIALECTS) {
  describe(`${dialect}: saving a dragged agenda order`, () => {
    let t: TestStore;
    let env: AgendaApp;
    let meetingId: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      ({ meetingId } = await seedAgendaWorld(t.store));
      env = await agendaApp(t.store);
    });
    afterEach(async () => {
      await t?.drop();
      if (env) await fs.rm(env.dataDir, { recursive: true, force: true });
    });

    const orderPath = () => `/workspace/meetings/${meetingId}/agenda/order`;

    it('should offer the script only its hooks, serve it, and save an order posted with the page’s token', async () => {
      const clerk = await new Clerk(env.app, meetingId).signIn();
      await clerk.start();
      await clerk.addItem('Library opening hours');
      const state = await clerk.formState();
      expect(state.html).toContain(`data-reorder-action="${orderPath()}"`);
      expect(state.html).toContain(`data-agenda-version="${state.version}"`);
      // No inline script: the page loads only the shared module, which fetches this one.
      expect(state.html).not.toMatch(/<script(?![^>]*\bsrc=)/);
      const script = await env.app.request('/assets/agendaOrder.mjs');
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toContain('text/javascript');
      expect(await script.text()).toContain('export function enhanceAgendaOrder');
      expect(await (await env.app.request('/assets/quorum.mjs')).text()).toContain('/assets/agendaOrder.mjs');

      const items = await clerk.items();
      const order = [items[4]!, items[0]!, items[1]!, items[2]!, items[3]!].map((i) => i.id);
      const res = await clerk.post(orderPath(), { order: order.join(' ') }, state);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.json()).toEqual({ version: Number(state.version) + 1 });
      expect((await clerk.items()).map((i) => `${i.number} ${i.title}`)).toEqual([
        '1 Library opening hours',
        '2 Apologies for absence',
        '3 Declarations of interests',
        '4 Minutes of the last meeting',
        '5 Work programme',
      ]);
      expect((await t.store.repos.audit.list({ limit: 100 })).map((e) => e.action)).toContain('agenda.reorder');
    });

    it('should answer 409 to a stale page and 400 to an order that is not the agenda’s, saving nothing', async () => {
      const clerk = await new Clerk(env.app, meetingId).signIn();
      await clerk.start();
      const stale = await clerk.formState();
      const items = await clerk.items();
      await clerk.addItem('Added meanwhile');
      const reversed = items.map((i) => i.id).reverse();
      const conflict = await clerk.post(orderPath(), { order: reversed.join(' ') }, stale);
      expect(conflict.status).toBe(409);
      expect(await conflict.json()).toMatchObject({
        error: 'conflict',
        message: 'Someone else changed this agenda since you opened it',
      });
      const fresh = await clerk.formState();
      const partial = await clerk.post(orderPath(), { order: reversed.join(',') }, fresh);
      expect(partial.status).toBe(400);
      expect(await partial.json()).toEqual({
        error: 'invalid',
        message: 'The order leaves out 1 of the agenda’s 5 items',
      });
      const before = await clerk.items();
      expect(before.map((i) => i.title)).toEqual([
        'Apologies for absence',
        'Declarations of interests',
        'Minutes of the last meeting',
        'Work programme',
        'Added meanwhile',
      ]);
      expect((await clerk.formState()).version).toBe(fresh.version);
    });

    it('should refuse the public, a councillor, a clerk of another body, and a post without the token', async () => {
      const clerk = await new Clerk(env.app, meetingId).signIn();
      await clerk.start();
      const state = await clerk.formState();
      const order = (await clerk.items())
        .map((i) => i.id)
        .reverse()
        .join(' ');
      const unchanged = async () =>
        expect(
          (await clerk.items())
            .map((i) => i.id)
            .reverse()
            .join(' '),
        ).toBe(order);

      const publicRes = await env.app.request(`http://localhost${orderPath()}`, {
        method: 'POST',
        headers: { origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ version: state.version, order }),
      });
      expect(publicRes.status).toBe(401);
      const cllr = await new Clerk(env.app, meetingId).signIn('cllr@council.example');
      const cllrCsrf = await cllr.browser.tokenOn('/workspace');
      expect((await cllr.post(orderPath(), { order }, { csrf: cllrCsrf, version: state.version })).status).toBe(403);
      const other = await new Clerk(env.app, meetingId).signIn('planning.clerk@council.example');
      const otherCsrf = await other.browser.tokenOn('/workspace');
      const foreign = await other.post(orderPath(), { order }, { csrf: otherCsrf, version: state.version });
      expect(foreign.status).toBe(403);
      expect((await foreign.json()).error).toBe('FORBIDDEN');
      const noToken = await clerk.post(orderPath(), { order }, { csrf: '', version: state.version });
      expect(noToken.status).toBe(403);
      const elsewhere = await clerk.browser.request(orderPath(), {
        method: 'POST',
        form: { csrf_token: state.csrf, version: state.version, order },
        origin: 'https://evil.example',
      });
      expect(elsewhere.status).toBe(403);
      await unchanged();
      expect((await clerk.formState()).version).toBe(state.version);
    });
  });
}
