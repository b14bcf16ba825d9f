import { PassThrough, Readable } from 'node:stream';
import type { Context } from 'hono';
import { listAccounts } from '../../../app/accounts/accountAdmin.js';
import { auditLogPages, readAuditLog } from '../../../app/audit/auditLog.js';
import { writeAuditCsv, writeAuditJsonLines, type AuditExportPage } from '../../../publish/auditExport.js';
import type { WorkspaceDeps, WorkspaceEnv, WorkspaceSection } from '../workspaceEnv.js';
import { adminOnly } from '../workspaceGuards.js';
import { AuditLogView } from './auditPage.js';
import { readAuditQuery } from './auditQuery.js';

type Writer = (out: NodeJS.WritableStream, pages: AsyncIterable<AuditExportPage>) => Promise<void>;

function download(c: Context<WorkspaceEnv>, deps: WorkspaceDeps, writer: Writer, name: string, type: string): Response {
  const query = readAuditQuery(c.req.query());
  const pass = new PassThrough();
  writer(pass, auditLogPages(deps.store, c.get('account'), { ...query.filter, before: undefined })).then(
    () => pass.end(),
    (error: unknown) => pass.destroy(error as Error),
  );
  return new Response(Readable.toWeb(pass) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': `${type}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  });
}

/** The audit log for administrators: a filtered, paged page and its exports (CSV, JSON Lines). */
export const auditSection: WorkspaceSection = {
  name: 'audit',
  homeLinks: [
    {
      href: '/admin/audit',
      label: 'Audit log',
      description: 'Every change: who made it, when, before and after.',
      roles: ['admin'],
    },
  ],
  register(w, deps) {
    w.use('/admin/audit', adminOnly);
    w.use('/admin/audit.*', adminOnly);
    w.get('/admin/audit', async (c) => {
      const query = readAuditQuery(c.req.query());
      const actor = c.get('account');
      const page = await readAuditLog(deps.store, actor, query.errors.length ? {} : query.filter);
      if (query.errors.length) c.status(400);
      return c.render(<AuditLogView page={page} query={query} accounts={await listAccounts(deps.store, actor)} />);
    });
    w.get('/admin/audit.csv', (c) => download(c, deps, writeAuditCsv, 'audit-log.csv', 'text/csv'));
    w.get('/admin/audit.jsonl', (c) => download(c, deps, writeAuditJsonLines, 'audit-log.jsonl', 'application/jsonl'));
  },
};
