import type { Hono } from 'hono';
import type { PublicReads } from '../../store/public/publicReads.js';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'text/html': 'html',
  'text/plain': 'txt',
};

/** A safe download name: the document's own file name where it has one, else its id. */
export function originalFileName(id: string, origin: string, mediaType: string): string {
  const last =
    origin
      .split(/[\\/?#]/)
      .filter(Boolean)
      .at(-1) ?? '';
  const clean = last.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100);
  const extension = EXTENSIONS[mediaType.split(';')[0]!.trim()] ?? 'bin';
  return clean && /\.[A-Za-z0-9]{2,5}$/.test(clean) ? clean : `${id}.${extension}`;
}

/**
 * `/documents/{id}/original`: the bytes as imported, so a reader can check any fact against the
 * source even when its origin was a local file. Always a download, in a sandbox: an imported
 * HTML page is untrusted and must never run as part of the portal.
 */
export function registerOriginalDocumentRoute(app: Hono, reads: PublicReads): void {
  app.get('/documents/:id/original', async (c) => {
    const original = await reads.documents.original(c.req.param('id'));
    if (!original) return c.notFound();
    const { document, bytes } = original;
    const name = originalFileName(document.id, document.origin, document.mediaType);
    return c.body(Buffer.from(bytes), 200, {
      'Content-Type': document.mediaType === 'application/pdf' ? 'application/pdf' : 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'public, max-age=86400, immutable',
    });
  });
}
