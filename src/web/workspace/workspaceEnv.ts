import type { Hono } from 'hono';
import type { Account, Role } from '../../domain/account.js';
import type { PaperFiles } from '../../store/files/paperFiles.js';
import type { Store } from '../../store/store.js';
import type { Html } from '../pages/html.js';

/** What every signed-in request carries once the session and its form token are checked. */
export interface WorkspaceEnv {
  Variables: { account: Account; csrfToken: string };
}

export interface WorkspaceDeps {
  readonly store: Store;
  readonly now: () => Date;
  /** The portal's public origin first (from QUORUM_BASE_URL), for links written into pages and mail. */
  readonly allowedOrigins: readonly string[];
  /** Uploaded papers, kept by hash under the data folder. */
  readonly files: PaperFiles;
  /** The largest upload accepted (QUORUM_UPLOAD_MAX_MB). */
  readonly uploadMaxBytes: number;
}

/**
 * One part of the workspace (the record, scheduling, agendas, …): its routes, registered under
 * `/workspace/…` or `/admin/…`, where the session, CSRF and `Cache-Control: no-store` are already
 * applied. A section checks the role a route needs with the guards in `workspaceGuards.ts`, and its
 * use cases check again, so that no write depends on one check alone.
 */
export interface WorkspaceSection {
  readonly name: string;
  /** Where the workspace's home page sends the roles that use this part. */
  readonly homeLinks?: readonly SectionLink[];
  /** What this part does for one meeting, listed on the meeting's hub page (`/workspace/meetings/:id`). */
  readonly meetingLinks?: readonly MeetingLink[];
  /**
   * A panel on the workspace's home page for this account (what is overdue, what waits for them),
   * or null when the part has nothing to show it. Panels appear in the order of the sections.
   */
  homePanel?(account: Account, deps: WorkspaceDeps): Promise<Html | null>;
  register(w: Hono<WorkspaceEnv>, deps: WorkspaceDeps): void;
}

export interface SectionLink {
  readonly href: string;
  readonly label: string;
  readonly description: string;
  readonly roles: readonly Role[];
}

/** A task for one meeting (its agenda, register, minutes…), linked from the meeting's hub page. */
export interface MeetingLink {
  readonly label: string;
  readonly description: string;
  href(meetingId: string): string;
}
