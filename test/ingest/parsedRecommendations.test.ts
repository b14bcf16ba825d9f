import { describe, expect, it } from 'vitest';
import type { ParsedItem, ParsedMeeting, ParsedResolution } from '../../src/ingest/parsedDocument.js';
import { parsedRecommendations } from '../../src/ingest/parsedRecommendations.js';

const resolution = (text: string, kind: ParsedResolution['kind'], start: number): ParsedResolution => ({
  text,
  label: null,
  kind,
  span: { start, end: start + text.length },
});

function meeting(items: ParsedItem[], resolutions?: ParsedResolution[]): ParsedMeeting {
  return {
    body: null,
    date: { value: '2025-10-09', span: null },
    time: null,
    venue: null,
    contact: null,
    kind: 'minutes',
    items,
    present: [],
    apologies: [],
    absent: [],
    inAttendance: [],
    declarations: [],
    span: null,
    ...(resolutions ? { resolutions } : {}),
  } as ParsedMeeting;
}

describe('parsedRecommendations', () => {
  it('should find what a meeting recommended outside any item, with no item title, and leave out the rest', () => {
    const own = [
      resolution('to recommend that the Cabinet funds a damp survey', 'recommendation', 100),
      resolution('that the update be noted', 'note', 200),
      resolution('to recommend that the Cabinet reviews rents', 'recommendation', 300),
    ];
    expect(parsedRecommendations([meeting([], own)], [])).toEqual([
      { itemTitle: null, text: 'to recommend that the Cabinet funds a damp survey', span: { start: 100, end: 149 } },
      { itemTitle: null, text: 'to recommend that the Cabinet reviews rents', span: { start: 300, end: 343 } },
    ]);
    // Words inside a withheld (exempt) passage never travel.
    expect(parsedRecommendations([meeting([], own)], [{ start: 90, end: 160 }]).map((r) => r.text)).toEqual([
      'to recommend that the Cabinet reviews rents',
    ]);
  });
});
