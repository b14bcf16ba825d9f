import type { Recommendation } from '../../domain/recommendation.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { giveReferences } from '../tracker/giveReferences.js';

/**
 * Keeps a meeting's tracked recommendations in step with the record just saved: those its item
 * resolutions and its own resolutions make are added (or, already tracked under the same id, take
 * their resolution back), what an earlier version of the documents recommended and this one does
 * not is dropped unless a clerk has started to track it, and new ones get their reference.
 * `isNew`: the meeting was first stored by this record, so it has no recommendations yet.
 */
export async function saveRecommendations(
  repos: Repositories,
  meetingId: string,
  recommendations: readonly Recommendation[],
  isNew: boolean,
): Promise<void> {
  await repos.recommendations.add(isNew ? recommendations : await adoptTracked(repos, meetingId, recommendations));
  if (!isNew) await repos.tracker.dropUntouchedOrphans(meetingId);
  await giveReferences(repos);
}

/**
 * A newer version of a document makes its recommendations again under new ids; those the tracker
 * already follows (same meeting, same text, their old resolution gone) take the new resolution and
 * keep their reference, addressee and responses. Returns the recommendations that are new.
 */
async function adoptTracked(
  repos: Repositories,
  meetingId: string,
  recommendations: readonly Recommendation[],
): Promise<Recommendation[]> {
  if (recommendations.length === 0) return [];
  const orphans = await repos.tracker.orphansOf(meetingId);
  const fresh: Recommendation[] = [];
  for (const r of recommendations) {
    const k = orphans.findIndex((o) => o.text === r.text && o.id !== r.id);
    if (k < 0 || !r.resolutionId) fresh.push(r);
    else {
      await repos.tracker.adopt(orphans[k]!.id, { resolutionId: r.resolutionId, itemId: r.itemId, text: r.text });
      orphans.splice(k, 1);
    }
  }
  return fresh;
}
