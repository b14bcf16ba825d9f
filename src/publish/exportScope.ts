import type { Body } from '../domain/body.js';
import { AppError } from '../domain/errors.js';
import type { PublicReads } from '../store/public/publicReads.js';
import type { RecordScope } from '../store/public/record/recordScope.js';

/** What an export is asked for, as the CLI (`quorum export`) and the downloads (`/exports/...`) give it. */
export interface ExportOptions {
  /** Only this body's records; absent means the whole record. */
  readonly bodySlug?: string;
  /** Absolute URL of the portal: links in the export point there. */
  readonly baseUrl: string;
  /** The day the export is of (YYYY-MM-DD): notices published after it are not yet public. Default: today (UTC). */
  readonly today?: string;
}

/** What an export covers, resolved once before a byte is written: one body's records or all of them. */
export interface ExportScope {
  /** The body asked for; null for the whole record. */
  readonly body: Body | null;
  /** The portal's URL without a trailing slash, so links never hold `//`. */
  readonly baseUrl: string;
  /** The day the export is of: decision notices and forward plan entries published by then are in it. */
  readonly today: string;
}

/** Resolves `bodySlug`; an unknown slug is NOT_FOUND, never an empty export that looks complete. */
export async function resolveExportScope(reads: PublicReads, options: ExportOptions): Promise<ExportScope> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (options.bodySlug === undefined) return { body: null, baseUrl, today };
  const body = await reads.bodies.findBySlug(options.bodySlug);
  if (!body) throw new AppError('NOT_FOUND', `no body with slug "${options.bodySlug}"`);
  return { body, baseUrl, today };
}

/** The part of the record the store's readers read for this scope. */
export function recordScopeOf(scope: ExportScope): RecordScope {
  return scope.body ? { bodyId: scope.body.id } : {};
}
