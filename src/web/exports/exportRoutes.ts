import { PassThrough, Readable } from 'node:stream';
import type { Hono } from 'hono';
import { exportArchive, type ExportArchive } from '../../app/exportArchive.js';
import { AppError } from '../../domain/errors.js';
import { EXPORT_FORMATS, findExportFormatByFileName } from '../../publish/exportFormats.js';
import type { Store } from '../../store/store.js';
import { DownloadsPage } from './downloadsPage.js';

export interface ExportRouteOptions {
  readonly baseUrl: string;
  /** Today's date (YYYY-MM-DD), as the portal's other routes have it: what is published by then is exported. */
  readonly today?: () => string;
}

/**
 * `/exports` lists the downloads; `/exports/{file}` (popolo.json, attendance.csv,
 * recommendations.csv, and any format added to the registry) streams one, `?body={slug}` for one body.
 */
export function registerExportRoutes(app: Hono, store: Store, options: ExportRouteOptions): void {
  app.get('/exports', async (c) =>
    c.render(DownloadsPage({ formats: EXPORT_FORMATS, bodies: await store.public.bodies.list() })),
  );

  app.get('/exports/:file', async (c) => {
    const format = findExportFormatByFileName(c.req.param('file'));
    if (!format) return c.notFound();
    const bodySlug = c.req.query('body') || undefined;
    try {
      return streamed(
        await exportArchive(store, { format, baseUrl: options.baseUrl, bodySlug, today: options.today?.() }),
      );
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return c.notFound();
      throw error;
    }
  });
}

/** The export as it is written, so a large archive is never held in memory; the download's name says its body. */
function streamed(archive: ExportArchive): Response {
  const pass = new PassThrough();
  archive.write(pass).then(
    () => pass.end(),
    (error: unknown) => {
      console.error(`quorum: export ${archive.format.name}: ${(error as Error).message}`);
      pass.destroy(error as Error);
    },
  );
  const { mediaType } = archive.format;
  return new Response(Readable.toWeb(pass) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': mediaType.includes('charset') ? mediaType : `${mediaType}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="${archive.fileName}"`,
      'Cache-Control': 'no-cache',
    },
  });
}
