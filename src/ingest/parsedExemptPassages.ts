import { exemptByExclusion, exemptItemPassages, type WithheldPassage } from '../domain/exemptInformation.js';
import type { ParsedDocument, ParsedMeeting } from './parsedDocument.js';

/**
 * The passages of a document that exempt items hold, as its reader found them, for the meetings
 * `of` (those that could not be filed: a filed item's passage is found through the item itself, so
 * that a clerk's later marking counts). The rules are those applied to filed items: the exclusion
 * of the public (`exemptByExclusion`, meeting by meeting) and a passage from the item's heading to
 * the next item's heading in the document, or to the end of the text.
 */
export function parsedExemptPassages(doc: ParsedDocument, of: readonly ParsedMeeting[]): WithheldPassage[] {
  const starts: { start: number; isExempt: boolean; wanted: boolean }[] = [];
  for (const meeting of doc.meetings) {
    const minutes = meeting.kind === 'minutes';
    const flags = exemptByExclusion(
      meeting.items.map((i) => ({
        title: i.title,
        minuteNumber: minutes ? i.number : null,
        agendaNumber: minutes ? null : i.number,
        text: [i.minutes, ...i.resolutions.map((r) => r.text), ...i.decisions.map((r) => r.text)]
          .filter(Boolean)
          .join('\n'),
        isExempt: i.exempt,
      })),
    );
    for (const [n, item] of meeting.items.entries())
      if (item.span) starts.push({ start: item.span.start, isExempt: flags[n]!, wanted: of.includes(meeting) });
  }
  const wantedStarts = new Set(starts.filter((s) => s.wanted && s.isExempt).map((s) => s.start));
  return exemptItemPassages(starts, doc.text.length).filter((p) => wantedStarts.has(p.start));
}
