import type { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import { pdfPageRange } from '../../publish/pdfPageRange.js';
import type { PublicReads } from '../../store/public/publicReads.js';

const POSITION = z.coerce.number().int().min(0).max(100_000);

/** A download name from the part's title: letters, digits and dashes, never a path. */
export function partFileName(title: string, position: number): string {
  const clean = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${clean || `part-${position}`}.pdf`;
}

/**
 * `/documents/{id}/parts/{position}`: one report of a document pack as a PDF of its own pages, as
 * the council's pages offer each report apart. Withheld exactly when the whole document is (an
 * exempt passage anywhere keeps the original back); a part without pages is not found.
 */
export function registerDocumentPartRoute(app: Hono, reads: PublicReads): void {
  app.get('/documents/:id/parts/:position', async (c) => {
    const position = POSITION.safeParse(c.req.param('position'));
    if (!position.success) return c.notFound();
    const found = await reads.documents.partWithBytes(c.req.param('id'), position.data);
    if (!found || found.part.pageStart === null) return c.notFound();
    const { part, bytes } = found;
    let pdf: Uint8Array;
    try {
      pdf = await pdfPageRange(bytes, part.pageStart!, part.pageEnd ?? part.pageStart!, `document ${part.documentId}`);
    } catch (error) {
      // Not a PDF (an HTML page's parts have no pages to cut) or pages the file lacks.
      if (error instanceof AppError && error.code === 'INPUT_INVALID') return c.notFound();
      throw error;
    }
    return c.body(Buffer.from(pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${partFileName(part.title, part.position)}"`,
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'public, max-age=86400, immutable',
    });
  });
}
