import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/web/app.js';
import { formatRequestLog, type RequestLogEntry } from '../../src/web/requestLog.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: request log`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should write one line per request with an id, and nothing personal or secret', async () => {
      const lines: RequestLogEntry[] = [];
      const app = createApp(t.store, { requestLog: (e) => lines.push(e) });
      const res = await app.request('/search?q=Jane+Doe+address', {
        headers: { Cookie: 'quorum_session=s3cret-cookie', 'User-Agent': 'Private Browser 1.0' },
      });
      await app.request('/login/link/0123456789abcdefTOKEN');
      await app.request('/meetings/no-such-meeting', { headers: { 'X-Request-Id': 'proxy-42' } });
      await app.request('/healthz', { headers: { 'X-Request-Id': 'bad id <script>' } });
      expect(lines).toHaveLength(4);
      expect(lines[0]).toMatchObject({ method: 'GET', path: '/search', status: 200 });
      expect(res.headers.get('X-Request-Id')).toBe(lines[0]!.id);
      expect(lines[2]).toMatchObject({ id: 'proxy-42', path: '/meetings/no-such-meeting', status: 404 });
      expect(lines[3]!.id).not.toContain('script');
      const text = lines.map((e) => formatRequestLog('json', e)).join('\n');
      for (const secret of ['Jane', 's3cret', 'Private Browser', 'TOKEN', '0123456789abcdef']) {
        expect(text).not.toContain(secret);
      }
      expect(lines[1]!.path).toBe('/login/link/-');
      for (const e of lines) expect(e.ms).toBeGreaterThanOrEqual(0);
    });
  });
}

describe('request log formats', () => {
  const entry: RequestLogEntry = {
    time: '2025-05-01T10:00:00.000Z',
    id: 'abc',
    method: 'GET',
    path: '/meetings/m1',
    status: 200,
    ms: 1.5,
  };
  it('should write JSON lines and logfmt', () => {
    expect(JSON.parse(formatRequestLog('json', entry))).toEqual(entry);
    expect(formatRequestLog('logfmt', entry)).toBe(
      'time=2025-05-01T10:00:00.000Z id=abc method=GET path=/meetings/m1 status=200 ms=1.5',
    );
  });
});
