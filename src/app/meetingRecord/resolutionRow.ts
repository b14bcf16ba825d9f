import { stableId } from '../../domain/ids.js';
import type { ResolutionInput } from '../../domain/meetingRecord.js';
import type { Resolution } from '../../domain/minutes.js';
import type { Sourced } from '../../store/repositories/agendaItemRepository.js';
import { stripMarks } from '../../store/search/searchIndex.js';
import type { ProvenanceMarks } from './provenanceMarks.js';

/** Where a parsed resolution belongs: an item, or the meeting itself when the minutes have no items. */
export interface ResolutionPlace {
  readonly meetingId: string;
  readonly itemId: string | null;
  readonly sourceDocumentId: string | null;
}

/**
 * The stored row for the `n`th (0-based) resolution read at `place`, its source span marked.
 * Ids are stable per place, document and position so that a re-import of the same document gives
 * the same ids (actions, notices and recommendations refer to them); item resolutions keep the id
 * scheme they had before meeting-level ones existed.
 */
export function resolutionRow(
  place: ResolutionPlace,
  n: number,
  parsed: ResolutionInput,
  marks: ProvenanceMarks,
): Sourced<Resolution> {
  const { meetingId, itemId, sourceDocumentId } = place;
  const id =
    itemId === null
      ? stableId('resolution', 'meeting', meetingId, sourceDocumentId, n)
      : stableId('resolution', itemId, sourceDocumentId, n);
  marks.mark('resolution', id, null, parsed.span);
  return {
    id,
    meetingId,
    itemId,
    position: n + 1,
    label: parsed.label,
    kind: parsed.kind,
    isFormal: parsed.isFormal,
    text: stripMarks(parsed.text),
    sourceDocumentId,
  };
}
