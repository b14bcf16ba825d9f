import { PassThrough, Readable } from 'node:stream';
import type { Hono } from 'hono';
import {
  EXPORT_FORMATS,
  fileNameOf,
  findExportFormatByFileName,
  type ExportFormat,
} from '../../publish/exportFormat.js';
import type { Store } from '../../store/openStore.js';
import { findBodyBySlug, listBodies } from '../../store/repositories/bodyRepository.js';
import { DownloadsPage } from './downloadsPage.js';

export interface ExportRouteOptions {
  readonly baseUrl: string;
}

/**
 * `/exports` lists the downloads; `/exports/{file}` (popolo.json, attendance.csv,
 * recommendations.csv, and any format added to the registry) streams one, `?body={slug}` for one body.
 */
export function registerExportRoutes(app: Hono, store: Store, options: ExportRouteOptions): void {
  app.get('/exports', async (c) =>
    c.html(DownloadsPage({ formats: EXPORT_FORMATS, bodies: await listBodies(store.db) })),
  );

  app.get('/exports/:file', async (c) => {
    const format = findExportFormatByFileName(c.req.param('file'));
    if (!format) return c.notFound();
    const bodySlug = c.req.query('body') || undefined;
    if (bodySlug !== undefined && !(await findBodyBySlug(store.db, bodySlug))) return c.notFound();
    return streamExport(store, format, { baseUrl: options.baseUrl, ...(bodySlug ? { bodySlug } : {}) });
  });
}

/** The export as it is written, so a large archive is never held in memory; the download's name says its body. */
function streamExport(store: Store, format: ExportFormat, options: { baseUrl: string; bodySlug?: string }): Response {
  const pass = new PassThrough();
  format.write(store, options, pass).then(
    () => pass.end(),
    (error: unknown) => {
      console.error(`quorum: export ${format.name}: ${(error as Error).message}`);
      pass.destroy(error as Error);
    },
  );
  const fileName = fileNameOf(format);
  const dot = fileName.lastIndexOf('.');
  const download = options.bodySlug ? `${fileName.slice(0, dot)}-${options.bodySlug}${fileName.slice(dot)}` : fileName;
  return new Response(Readable.toWeb(pass) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': format.mediaType.includes('charset') ? format.mediaType : `${format.mediaType}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="${download}"`,
      'Cache-Control': 'no-cache',
    },
  });
}
