import type { Hono } from 'hono';
import type { PaperFiles } from '../../store/files/paperFiles.js';
import type { PublicReads } from '../../store/public/publicReads.js';

/** A download name from a paper's title: letters, digits and hyphens only. */
function fileName(id: string, title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'paper'}-${id}.pdf`;
}

/**
 * `/papers/{id}`: a report or appendix a clerk uploaded, once its agenda is published and only while
 * its item is not exempt (the public scope decides, `publicAgendaPapers`). Revalidated on every
 * use, since an item can be made exempt after publication.
 */
export function registerPaperRoute(app: Hono, reads: PublicReads, files: PaperFiles): void {
  app.get('/papers/:id', async (c) => {
    const id = c.req.param('id');
    const paper = await reads.agendas.paper(id);
    if (!paper) return c.notFound();
    const etag = `"${paper.contentHash}"`;
    const headers = {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${fileName(id, paper.title)}"`,
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'no-cache',
      ETag: etag,
    };
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
    const bytes = await files.read(paper.contentHash);
    if (!bytes) return c.notFound();
    return c.body(Buffer.from(bytes), 200, headers);
  });
}
