import type { ResolutionInput } from '../../domain/meetingRecord.js';
import type { Recommendation } from '../../domain/recommendation.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { ProvenanceMarks } from './provenanceMarks.js';
import { recommendationRow } from './recommendationRow.js';
import { resolutionRow } from './resolutionRow.js';

/**
 * Saves what a meeting resolved outside any item (prose minutes with no items), each with the
 * place it was read. The rows an earlier version of the document wrote were removed with its other
 * statements (`MeetingStatementRepository.forget`). Returns the recommendations they make, for
 * the tracker (`saveRecommendations`), as an item's resolutions do.
 */
export async function saveMeetingResolutions(
  repos: Repositories,
  meetingId: string,
  resolutions: readonly ResolutionInput[],
  sourceDocumentId: string | null,
  marks: ProvenanceMarks,
): Promise<Recommendation[]> {
  const place = { meetingId, itemId: null, sourceDocumentId };
  const rows = resolutions.map((r, n) => resolutionRow(place, n, r, marks));
  await repos.items.addResolutions(rows);
  return rows.flatMap((r, n) => recommendationRow(r, n, sourceDocumentId) ?? []);
}
