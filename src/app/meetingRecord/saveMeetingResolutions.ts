import { stableId } from '../../domain/ids.js';
import type { ResolutionInput } from '../../domain/meetingRecord.js';
import type { Resolution } from '../../domain/minutes.js';
import type { Sourced } from '../../store/repositories/agendaItemRepository.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { stripMarks } from '../../store/search/searchIndex.js';
import type { ProvenanceMarks } from './provenanceMarks.js';

/**
 * Saves what a meeting resolved outside any item (prose minutes with no items), each with the
 * place it was read. Ids are stable per meeting, document and position, as item resolutions' are,
 * so a re-import of the same document gives the same ids (actions and notices refer to them); the
 * rows an earlier version of the document wrote were removed with its other statements
 * (`MeetingStatementRepository.forget`).
 */
export async function saveMeetingResolutions(
  repos: Repositories,
  meetingId: string,
  resolutions: readonly ResolutionInput[],
  sourceDocumentId: string | null,
  marks: ProvenanceMarks,
): Promise<void> {
  const rows: Sourced<Resolution>[] = resolutions.map((r, n) => {
    const id = stableId('resolution', 'meeting', meetingId, sourceDocumentId, n);
    marks.mark('resolution', id, null, r.span);
    return {
      id,
      meetingId,
      itemId: null,
      position: n + 1,
      label: r.label,
      kind: r.kind,
      isFormal: r.isFormal,
      text: stripMarks(r.text),
      sourceDocumentId,
    };
  });
  await repos.items.addResolutions(rows);
}
