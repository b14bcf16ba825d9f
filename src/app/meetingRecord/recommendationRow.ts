import { stableId } from '../../domain/ids.js';
import type { Resolution } from '../../domain/minutes.js';
import { isTrackedRecommendation, type Recommendation } from '../../domain/recommendation.js';

/**
 * The tracked recommendation the `n`th (0-based) resolution read at its place makes, or null when
 * it makes none (`isTrackedRecommendation`). Ids are stable per place, document and position, as
 * the resolution's are, so that a re-import of the same document finds the recommendation the
 * tracker already follows; item recommendations keep the id scheme they had before a meeting's own
 * resolutions could recommend.
 */
export function recommendationRow(
  resolution: Resolution,
  n: number,
  sourceDocumentId: string | null,
): Recommendation | null {
  if (!isTrackedRecommendation(resolution)) return null;
  const { meetingId, itemId } = resolution;
  return {
    id:
      itemId === null
        ? stableId('recommendation', 'meeting', meetingId, sourceDocumentId, n)
        : stableId('recommendation', itemId, sourceDocumentId, n),
    resolutionId: resolution.id,
    meetingId,
    itemId,
    text: resolution.text,
    decisionMaker: null,
    sentOn: null,
    responseDueOn: null,
    status: 'made',
  };
}
