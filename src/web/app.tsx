import { Hono } from 'hono';
import { sql } from 'kysely';
import { toAppError } from '../domain/errors.js';
import type { Store } from '../store/openStore.js';
import { getMeetingDetail } from '../store/repositories/meetingDetail.js';
import { listMeetings } from '../store/repositories/meetingRepository.js';
import { QUORUM_CSS } from './assets.js';
import { HomePage } from './pages/homePage.js';
import { MeetingPage } from './pages/meetingPage.js';
import { registerPortalRoutes } from './portal/portalRoutes.js';
import { securityHeaders } from './securityHeaders.js';

/** The portal as a Hono app over one store; routes stay thin: read, present, render. */
export function createApp(store: Store): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());

  app.get('/', async (c) => {
    const meetings = await listMeetings(store.db, { limit: 200 });
    return c.html(<HomePage meetings={meetings} />);
  });

  app.get('/meetings/:id', async (c) => {
    const detail = await getMeetingDetail(store.db, c.req.param('id'));
    if (!detail) return c.notFound();
    return c.html(<MeetingPage detail={detail} />);
  });

  registerPortalRoutes(app, store, { today: () => new Date().toISOString().slice(0, 10) });

  app.get('/assets/quorum.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(QUORUM_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  app.get('/healthz', async (c) => {
    try {
      await sql`SELECT 1`.execute(store.db);
      return c.text('ok');
    } catch {
      return c.text('database unavailable', 503);
    }
  });

  app.onError((error, c) => {
    const appError = toAppError(error);
    if (appError.httpStatus >= 500) console.error(`quorum: ${c.req.method} ${c.req.path}: ${appError.message}`);
    return c.text(appError.httpStatus >= 500 ? 'Something went wrong on our side.' : appError.message, appError.httpStatus as 500);
  });

  return app;
}
