import { plainMinutesText, readWrittenMinutes, type WrittenMinutes } from '../minuteMarkup.js';
import type { MinutePoint, Resolution } from '../minutes.js';

/** An item's minutes as written, made into the rows imported minutes fill: the text, its points and resolutions. */
export interface WrittenRecord {
  /** Word's characters made plain; null when nothing is written. */
  readonly text: string | null;
  readonly points: readonly Omit<MinutePoint, 'id'>[];
  /** The item's meeting is the store's to fill in: a written item is always one of its meeting's. */
  readonly resolutions: readonly Omit<Resolution, 'id' | 'meetingId'>[];
  readonly problems: WrittenMinutes['problems'];
}

export function writtenRecord(itemId: string, typed: string): WrittenRecord {
  const text = plainMinutesText(typed);
  const read = readWrittenMinutes(text);
  return {
    text: text || null,
    points: read.points.map((p, k) => ({ itemId, position: k + 1, label: p.label, text: p.text })),
    resolutions: read.resolutions.map((r, k) => ({
      itemId,
      position: k + 1,
      label: r.label,
      kind: r.kind,
      isFormal: r.isFormal,
      text: r.text,
    })),
    problems: read.problems,
  };
}
