import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeeting } from '../../src/app/recordMeeting.js';
import { setSetting } from '../../src/app/settings/setSetting.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openStore, type Store } from '../../src/store/openStore.js';
import type { DataVersion } from '../../src/store/store.js';
import { createApp } from '../../src/web/app.js';
import { pageCache } from '../../src/web/pageCache.js';
import { buildMeetingRecord } from '../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';

describe('page cache', () => {
  /** A one-route app over a version the test moves by hand, counting renders. */
  function harness(start: DataVersion, nowMs: number) {
    let version = start;
    let renders = 0;
    let text = 'first';
    const app = new Hono();
    app.use('*', pageCache({ dataVersion: async () => version, today: () => '2025-05-01', now: () => nowMs }));
    app.get('/page', (c) => {
      renders++;
      return c.html(`<p>${text}</p>`);
    });
    app.get('/workspace', (c) => {
      renders++;
      return c.html('<p>signed in</p>');
    });
    return {
      app,
      renders: () => renders,
      change: (next: string, changedAt: string) => {
        text = next;
        version = { version: version.version + 1, changedAt };
      },
    };
  }

  it('should render once per data version and send a strong ETag', async () => {
    const h = harness({ version: 1, changedAt: '2025-05-01T09:00:00.250Z' }, Date.parse('2025-05-01T10:00:00Z'));
    const first = await h.app.request('/page');
    const second = await h.app.request('/page');
    expect(await second.text()).toBe('<p>first</p>');
    expect(h.renders()).toBe(1);
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(second.headers.get('ETag')).toBe(etag);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    h.change('second', '2025-05-01T09:30:00Z');
    const third = await h.app.request('/page');
    expect(await third.text()).toBe('<p>second</p>');
    expect(h.renders()).toBe(2);
    expect(third.headers.get('ETag')).not.toBe(etag);
  });

  it('should answer 304 to a matching If-None-Match and 200 once the page changed', async () => {
    const h = harness({ version: 1, changedAt: '2025-05-01T09:00:00Z' }, Date.parse('2025-05-01T10:00:00Z'));
    const etag = (await h.app.request('/page')).headers.get('ETag')!;
    const same = await h.app.request('/page', { headers: { 'If-None-Match': `W/${etag}, "other"` } });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');
    expect(same.headers.get('ETag')).toBe(etag);
    h.change('changed', '2025-05-01T09:59:00Z');
    const changed = await h.app.request('/page', { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe('<p>changed</p>');
  });

  it('should send Last-Modified and answer If-Modified-Since only for whole seconds already past', async () => {
    const h = harness({ version: 1, changedAt: '2025-05-01T09:00:00.700Z' }, Date.parse('2025-05-01T10:00:00Z'));
    const res = await h.app.request('/page');
    const lastModified = res.headers.get('Last-Modified')!;
    expect(lastModified).toBe('Thu, 01 May 2025 09:00:00 GMT');
    expect((await h.app.request('/page', { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    h.change('later', '2025-05-01T09:30:00Z');
    expect((await h.app.request('/page', { headers: { 'If-Modified-Since': lastModified } })).status).toBe(200);
    // A change within the current second gives no Last-Modified: another could follow in that second.
    const fresh = harness(
      { version: 1, changedAt: '2025-05-01T10:00:00.100Z' },
      Date.parse('2025-05-01T10:00:00.500Z'),
    );
    expect((await fresh.app.request('/page')).headers.get('Last-Modified')).toBeNull();
  });

  it('should keep nothing for signed-in paths or requests with cookies', async () => {
    const h = harness({ version: 1, changedAt: '2025-05-01T09:00:00Z' }, Date.parse('2025-05-01T10:00:00Z'));
    await h.app.request('/workspace');
    await h.app.request('/workspace');
    expect(h.renders()).toBe(2);
    await h.app.request('/page', { headers: { Cookie: 'quorum_session=x' } });
    await h.app.request('/page', { headers: { Cookie: 'quorum_session=x' } });
    expect(h.renders()).toBe(4);
  });
});

/** The store with its meeting detail reads counted: a kept page makes none. */
function counting(store: Store): { store: Store; detailReads: () => number } {
  let reads = 0;
  const meetings = new Proxy(store.public.meetings, {
    get(target, prop, receiver) {
      if (prop === 'detail') {
        return (...args: Parameters<typeof target.detail>) => {
          reads++;
          return target.detail(...args);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  const reads_ = { ...store.public, meetings };
  return {
    store: new Proxy(store, { get: (t, p, r) => (p === 'public' ? reads_ : Reflect.get(t, p, r)) }),
    detailReads: () => reads,
  };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: render cache over the record`, () => {
    let t: TestStore;
    let meetingId: string;
    beforeAll(async () => {
      t = await testStore(dialect);
      meetingId = (await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null })).meetingId;
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should serve a kept meeting page until an import or an edit changes the record', async () => {
      const counted = counting(t.store);
      const app = createApp(counted.store, { today: () => '2025-05-01' });
      const page = `/meetings/${meetingId}`;
      const first = await app.request(page);
      const etag = first.headers.get('ETag')!;
      const firstHtml = await first.text();
      expect(firstHtml).toContain('Coastal Flood Defence Programme');
      expect((await app.request(page, { headers: { 'If-None-Match': etag } })).status).toBe(304);
      expect(counted.detailReads()).toBe(1);

      // An import: the committee's page (kept too) lists the new meeting; the meeting page is read afresh.
      const bodyPage = firstHtml.match(/href="(\/bodies\/[^"]+)"/)![1]!;
      const bodyBefore = await app.request(bodyPage);
      expect(await bodyBefore.text()).not.toContain('9 April 2025');
      await recordMeeting(t.store, buildMeetingRecord({ date: '2025-04-09' }), { sourceDocumentId: null });
      const bodyAfter = await app.request(bodyPage, { headers: { 'If-None-Match': bodyBefore.headers.get('ETag')! } });
      expect(bodyAfter.status).toBe(200);
      expect(await bodyAfter.text()).toContain('9 April 2025');
      // The meeting page is rendered again (the record moved); its bytes, and so its tag, may be the same.
      const afterImport = await app.request(page);
      expect(counted.detailReads()).toBe(2);
      const importEtag = afterImport.headers.get('ETag')!;

      // An edit through a use case (one transaction), as the workspace makes them.
      await setSetting(t.store, 'council_name', 'Harbourside Borough Council');
      const afterEdit = await app.request(page, { headers: { 'If-None-Match': importEtag } });
      expect(afterEdit.status).toBe(200);
      expect(await afterEdit.text()).toContain('Harbourside Borough Council');
      expect(afterEdit.headers.get('ETag')).not.toBe(importEtag);
      expect(counted.detailReads()).toBe(3);
      expect((await app.request(page, { headers: { 'If-None-Match': afterEdit.headers.get('ETag')! } })).status).toBe(
        304,
      );
      expect(counted.detailReads()).toBe(3);
    });

    it('should not move the data version for a transaction rolled back', async () => {
      const before = await t.store.dataVersion();
      await expect(
        t.store.transaction(async (repos) => {
          await repos.settings.set('council_name', 'Never Stored Council');
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await t.store.dataVersion()).toEqual(before);
    });
  });
}

describe('render cache across processes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-cache-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const dialect of DIALECTS) {
    it(`${dialect}: should see a change another connection committed (quorum import beside quorum serve)`, async () => {
      const t = dialect === 'postgres' ? await testStore('postgres') : null;
      const config =
        dialect === 'postgres'
          ? ({ kind: 'postgres', url: t!.url! } as const)
          : ({ kind: 'sqlite', dataDir: dir, file: path.join(dir, 'q.sqlite') } as const);
      const server = await openStore(config);
      const importer = await openStore(config);
      try {
        await migrateToLatest(server);
        const app = createApp(server, { today: () => '2025-05-01' });
        const before = await (await app.request('/bodies')).text();
        expect(before).not.toContain('Harbourside Overview');
        await recordMeeting(importer, buildMeetingRecord(), { sourceDocumentId: null });
        expect(await (await app.request('/bodies')).text()).toContain('Harbourside Overview');
      } finally {
        await importer.close();
        await server.close();
        await t?.drop();
      }
    });
  }
});
