import type { MiddlewareHandler } from 'hono';
import type { Role } from '../../domain/account.js';
import type { WorkspaceEnv } from './workspaceEnv.js';

/**
 * Refuses (403) a signed-in account whose role is not one of `roles`. Body-scoped checks (a clerk
 * for named bodies) belong to the use case, which knows the body; this guard keeps the wrong role
 * away from the whole of a section.
 */
export function requireRole(...roles: readonly Role[]): MiddlewareHandler<WorkspaceEnv> {
  return async (c, next) => {
    const account = c.get('account');
    if (!account.active || !roles.includes(account.role)) return c.text('Your role may not do this', 403);
    await next();
  };
}

/** Clerks and administrators: who may change the record. */
export const clerksOnly: MiddlewareHandler<WorkspaceEnv> = requireRole('admin', 'clerk');
export const adminOnly: MiddlewareHandler<WorkspaceEnv> = requireRole('admin');
