import { admission } from './admission.js';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DEFAULT_UPLOAD_MAX_BYTES, uploadLimitLabel } from '../app/agenda/agendaPapers.js';
import { toAppError } from '../domain/errors.js';
import path from 'node:path';
import { PaperFiles } from '../store/files/paperFiles.js';
import type { Store } from '../store/store.js';
import { apiError, apiNotFound, isApiPath } from './api/apiProblem.js';
import { registerAboutRoutes } from './about/aboutRoutes.js';
import { registerApiRoutes } from './api/apiRoutes.js';
import { registerExportRoutes } from './exports/exportRoutes.js';
import { registerFeedRoutes } from './feeds/feedRoutes.js';
import { registerOparlRoutes } from './oparl/oparlRoutes.js';
import { HomePage } from './pages/homePage.js';
import { MeetingPage } from './pages/meetingPage.js';
import { unitemisedMinutesOf } from './pages/unitemisedMinutes.js';
import { pageCache } from './pageCache.js';
import { pageRenderer } from './pages/pageRenderer.js';
import { NotFoundPage, ProblemPage } from './pages/problemPages.js';
import { registerPaperRoute } from './portal/paperRoute.js';
import { registerPortalRoutes } from './portal/portalRoutes.js';
import { trackerReportHref } from './portal/reports/reportHrefs.js';
import { registerReportRoutes } from './portal/reports/reportRoutes.js';
import { requestLog, type RequestLogEntry } from './requestLog.js';
import { securityHeaders } from './securityHeaders.js';
import { loadStaticAssets, registerStaticAssets } from './staticAssets.js';
import { registerDecisionNoticeRoutes } from './portal/decisionNoticeRoutes.js';
import { registerForwardPlanRoutes } from './portal/forwardPlan/forwardPlanRoutes.js';
import { registerWorkspaceRoutes } from './workspace/workspaceRoutes.js';

/** The portal as a Hono app over one store; routes stay thin: read, present, render. */
export interface AppOptions {
  /** Today's date (YYYY-MM-DD); passed in so pages and tests do not depend on the clock. */
  readonly today?: () => string;
  /** Absolute URL of the portal (QUORUM_BASE_URL), no trailing slash; feeds and exports link with it. */
  readonly baseUrl?: string;
  /** Requests served at once; the rest wait in line, first come, first served. */
  readonly concurrentRequests?: number;
  /** The data folder (QUORUM_DATA_DIR): uploaded papers are kept in its `uploads` folder. */
  readonly dataDir?: string;
  /** The largest paper a clerk may upload, in bytes (QUORUM_UPLOAD_MAX_MB; 20 MB). */
  readonly uploadMaxBytes?: number;
  /** The clock of the workspace (sessions, agenda deadlines); tests pass a fixed one. */
  readonly now?: () => Date;
  /** Keep rendered public responses until the data changes (default); false renders each time (bench/web compares). */
  readonly renderCache?: boolean;
  /** Called once for every request when it has been answered (`quorum serve` prints them: QUORUM_REQUEST_LOG). */
  readonly requestLog?: (entry: RequestLogEntry) => void;
}

/** Requests served at once (more wait in line): enough to overlap I/O, few enough to keep the line fair. */
const CONCURRENT_REQUESTS = 4;

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const today = options.today ?? ((): string => new Date().toISOString().slice(0, 10));
  const app = new Hono();
  if (options.requestLog) app.use('*', requestLog(options.requestLog));
  app.use('*', securityHeaders());
  registerStaticAssets(app, loadStaticAssets());
  // Before admission: a kept page is one small query away and need not wait in line.
  if (options.renderCache !== false) app.use('*', pageCache({ dataVersion: () => store.dataVersion(), today }));
  app.use('*', admission(options.concurrentRequests ?? CONCURRENT_REQUESTS));

  const reads = store.public;
  app.use('*', pageRenderer(reads.settings));
  app.get('/', async (c) => {
    const now = today();
    const [upcoming, recent, decisions] = await Promise.all([
      reads.meetings.list({ from: now, order: 'asc', limit: 6 }),
      reads.meetings.list({ to: now, limit: 6 }),
      reads.decisions.recent({ until: now, limit: 8 }),
    ]);
    return c.render(<HomePage upcoming={upcoming} recent={recent.filter((m) => m.date < now)} decisions={decisions} />);
  });

  const files = new PaperFiles(path.join(options.dataDir ?? path.resolve('data'), 'uploads'));
  app.get('/meetings/:id', async (c) => {
    const id = c.req.param('id');
    const [detail, papers, notices, reportMeeting, recommendations] = await Promise.all([
      reads.meetings.detail(id),
      reads.agendas.papersOf(id),
      reads.agendas.noticesOf(id),
      reads.reports.meeting(id),
      reads.recommendations.page({ meetingId: id }, { limit: 500, offset: 0 }),
    ]);
    if (!detail) return c.notFound();
    const trackerHref = reportMeeting?.isScrutiny ? trackerReportHref(id) : null;
    const unitemised = await unitemisedMinutesOf(reads, detail);
    return c.render(
      <MeetingPage
        detail={detail}
        papers={papers}
        notices={notices}
        trackerHref={trackerHref}
        recommendations={recommendations.rows}
        unitemised={unitemised}
      />,
    );
  });
  registerPaperRoute(app, reads, files);

  registerPortalRoutes(app, reads, { today });
  registerReportRoutes(app, reads, { today });
  registerAboutRoutes(app, reads.settings);
  registerDecisionNoticeRoutes(app, reads, { today });
  registerForwardPlanRoutes(app, reads, { today });
  // The API falls back to the request's own origin; feeds and exports need one fixed base for stable UIDs.
  const baseUrl = options.baseUrl ?? 'http://localhost:3000';
  registerApiRoutes(app, reads, { baseUrl: options.baseUrl, today });
  registerOparlRoutes(app, reads, { baseUrl, today });
  registerFeedRoutes(app, reads, { baseUrl, today });
  registerExportRoutes(app, store, { baseUrl, today });
  // An upload larger than the limit is cut off while it arrives, before the session's form check reads it whole.
  const uploadMaxBytes = options.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX_BYTES;
  app.use(
    '/workspace/meetings/:id/agenda/items/:itemId/papers',
    bodyLimit({
      maxSize: uploadMaxBytes + 64 * 1024,
      onError: (c) => c.text(`The file must be smaller than ${uploadLimitLabel(uploadMaxBytes)}`, 413),
    }),
  );
  registerWorkspaceRoutes(app, store, {
    allowedOrigins: options.baseUrl ? [new URL(options.baseUrl).origin] : [],
    files,
    uploadMaxBytes,
    now: options.now,
  });

  app.get('/healthz', async (c) => ((await store.isReachable()) ? c.text('ok') : c.text('database unavailable', 503)));

  app.notFound((c) => {
    if (isApiPath(c.req.path)) return apiNotFound(c);
    c.status(404);
    return c.render(<NotFoundPage />);
  });

  app.onError((error, c) => {
    const appError = toAppError(error);
    if (appError.httpStatus >= 500) console.error(`quorum: ${c.req.method} ${c.req.path}: ${appError.message}`);
    if (isApiPath(c.req.path)) return apiError(c, appError.httpStatus);
    c.status(appError.httpStatus as 500);
    return c.render(<ProblemPage status={appError.httpStatus} message={appError.message} />);
  });

  return app;
}
