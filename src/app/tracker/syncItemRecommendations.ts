import type { Account } from '../../domain/account.js';
import { randomId } from '../../domain/ids.js';
import type { ResolutionKind } from '../../domain/minutes.js';
import { isTrackedRecommendation } from '../../domain/recommendation.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { giveReferences } from './giveReferences.js';

/**
 * Keeps the tracker in step with an item's minutes as written in the workspace: each formal
 * resolution to recommend has one tracked recommendation (made once, its text following the
 * resolution's), and one whose resolution is gone or no longer recommends is dropped if nobody
 * has tracked it yet (a tracked one stays, with its reference and responses). Audited.
 */
export async function syncItemRecommendations(
  repos: Repositories,
  actor: Account,
  meetingId: string,
  itemId: string,
  now: string,
): Promise<void> {
  const resolutions = (await repos.tracker.resolutionsOfItem(itemId)).filter((r) =>
    isTrackedRecommendation({ isFormal: r.isFormal, kind: r.kind as ResolutionKind }),
  );
  const existing = await repos.tracker.ofItem(itemId);
  const byResolution = new Map(existing.flatMap((r) => (r.resolutionId ? [[r.resolutionId, r] as const] : [])));
  const audit = (action: string, id: string, before: unknown, after: unknown) =>
    repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action,
      subjectKind: 'recommendation',
      subjectId: id,
      before,
      after,
    });
  for (const resolution of resolutions) {
    const tracked = byResolution.get(resolution.id);
    if (!tracked) {
      const recommendation = {
        id: randomId(),
        resolutionId: resolution.id,
        meetingId,
        itemId,
        text: resolution.text,
        decisionMaker: null,
        sentOn: null,
        responseDueOn: null,
        status: 'made' as const,
      };
      await repos.recommendations.add([recommendation]);
      await audit('recommendation.add', recommendation.id, undefined, recommendation);
    } else if (tracked.text !== resolution.text) {
      await repos.tracker.setText(tracked.id, resolution.id, resolution.text);
      await audit('recommendation.text', tracked.id, { text: tracked.text }, { text: resolution.text });
    }
  }
  const kept = new Set(resolutions.map((r) => r.id));
  const untracked = existing.filter(
    (r) => !(r.resolutionId && kept.has(r.resolutionId)) && r.status === 'made' && r.version === 1 && r.responses === 0,
  );
  await repos.tracker.delete(untracked.map((r) => r.id));
  for (const r of untracked) await audit('recommendation.drop', r.id, { text: r.text }, undefined);
  await giveReferences(repos);
}
