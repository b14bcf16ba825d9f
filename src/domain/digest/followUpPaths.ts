import type { ActionToFollow, ResponseToFollow } from './followUp.js';

/**
 * Where a clerk deals with each thing to chase, as a path on the portal: the dashboard links it,
 * the digest prefixes QUORUM_BASE_URL. A recommendation is followed on its meeting's page in the
 * workspace (where the tracker hangs its links); an action on its own page.
 */
export function responseFollowUpPath(r: Pick<ResponseToFollow, 'meetingId'>): string {
  return `/workspace/meetings/${encodeURIComponent(r.meetingId)}`;
}

export function actionFollowUpPath(a: Pick<ActionToFollow, 'actionId'>): string {
  return `/workspace/actions/${encodeURIComponent(a.actionId)}`;
}
