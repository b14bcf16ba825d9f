import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { admission } from '../../src/web/admission.js';

describe('admission', () => {
  it('should run at most the limit at once and admit the waiting requests first come, first served', async () => {
    const app = new Hono();
    app.use('*', admission(2));
    let running = 0;
    let most = 0;
    const finished: number[] = [];
    app.get('/:n', async (c) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      finished.push(Number(c.req.param('n')));
      return c.text('ok');
    });
    const responses = await Promise.all(Array.from({ length: 8 }, (_, n) => app.request(`/${n}`)));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(most).toBe(2);
    // Pairs finish together; within the line, no later request overtakes an earlier one's pair.
    expect(finished.map((n) => Math.floor(n / 2))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('should free its place when a request fails', async () => {
    const app = new Hono();
    app.use('*', admission(1));
    app.get('/fail', () => {
      throw new Error('boom');
    });
    app.get('/ok', (c) => c.text('ok'));
    expect((await app.request('/fail')).status).toBe(500);
    expect((await app.request('/ok')).status).toBe(200);
  });
});
