import type { ResolutionInput } from '../../domain/meetingRecord.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { ProvenanceMarks } from './provenanceMarks.js';
import { resolutionRow } from './resolutionRow.js';

/**
 * Saves what a meeting resolved outside any item (prose minutes with no items), each with the
 * place it was read. The rows an earlier version of the document wrote were removed with its other
 * statements (`MeetingStatementRepository.forget`).
 */
export async function saveMeetingResolutions(
  repos: Repositories,
  meetingId: string,
  resolutions: readonly ResolutionInput[],
  sourceDocumentId: string | null,
  marks: ProvenanceMarks,
): Promise<void> {
  const place = { meetingId, itemId: null, sourceDocumentId };
  await repos.items.addResolutions(resolutions.map((r, n) => resolutionRow(place, n, r, marks)));
}
