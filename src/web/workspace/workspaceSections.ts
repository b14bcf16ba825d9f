import { RECORD_SECTION } from './record/recordSection.js';
import type { WorkspaceSection } from './workspaceEnv.js';

/**
 * Every part of the workspace, in the order their routes are registered. A new part adds one line
 * here and keeps its routes, pages and forms in its own folder under `src/web/workspace/`.
 */
export const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = [RECORD_SECTION];
