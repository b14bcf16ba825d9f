import type { WithheldPassage } from '../domain/exemptInformation.js';
import { isTrackedRecommendation } from '../domain/recommendation.js';
import type { ParsedMeeting, ParsedResolution, Span } from './parsedDocument.js';

/** A recommendation as the reader found it, before it has a meeting to be tracked under. */
export interface ParsedRecommendation {
  readonly itemTitle: string | null;
  readonly text: string;
  readonly span: Span | null;
}

/**
 * The recommendations the committee made in these meetings, by the rule the tracker applies to
 * filed minutes (a formal resolution that recommends), leaving out any inside a withheld (exempt)
 * passage: a clerk reviewing them may be anyone who clerks, and exempt words never travel.
 */
export function parsedRecommendations(
  meetings: readonly ParsedMeeting[],
  withheld: readonly WithheldPassage[],
): ParsedRecommendation[] {
  const inWithheld = (span: Span | null) =>
    span !== null && withheld.some((w) => span.start < w.end && w.start < span.end);
  const recommending = (resolutions: readonly ParsedResolution[], itemTitle: string | null) =>
    resolutions
      .filter((r) => isTrackedRecommendation({ isFormal: true, kind: r.kind }) && r.text.trim() !== '')
      .filter((r) => !inWithheld(r.span))
      .map((r) => ({ itemTitle, text: r.text.trim(), span: r.span }));
  return meetings.flatMap((meeting) => [
    ...meeting.items
      .filter((item) => !item.exempt && !inWithheld(item.span))
      .flatMap((item) => recommending(item.resolutions, item.title.trim() || null)),
    // What the meeting resolved outside any item (prose minutes with no items), as the tracker takes it once filed.
    ...recommending(meeting.resolutions ?? [], null),
  ]);
}
