import { exemptByExclusion } from '../../domain/exemptInformation.js';
import { standardKindOf, type AgendaItem } from '../../domain/agendaItem.js';
import { slugify, stableId } from '../../domain/ids.js';
import type { AgendaItemInput } from '../../domain/meetingRecord.js';
import { stripMarks } from '../../store/search/searchIndex.js';
import type { MinutePoint, Resolution } from '../../domain/minutes.js';
import type { Recommendation } from '../../domain/recommendation.js';
import type { Sourced } from '../../store/repositories/agendaItemRepository.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { ProvenanceMarks } from './provenanceMarks.js';
import { recommendationRow } from './recommendationRow.js';
import { resolutionRow } from './resolutionRow.js';

/** Item ids by every name a declaration may use for an item: its numbers and its title. */
export type ItemNames = ReadonlyMap<string, string>;

function itemKey(item: AgendaItemInput): string {
  return item.minuteNumber ?? item.agendaNumber ?? `title:${slugify(item.title)}`;
}

function mergedItem(
  id: string,
  meetingId: string,
  position: number,
  item: AgendaItemInput,
  existing: AgendaItem | undefined,
): AgendaItem {
  return {
    id,
    meetingId,
    position: existing?.position ?? position,
    agendaNumber: item.agendaNumber ?? existing?.agendaNumber ?? null,
    minuteNumber: item.minuteNumber ?? existing?.minuteNumber ?? null,
    title: stripMarks(item.title),
    description: item.description ?? existing?.description ?? null,
    minutesText: item.minutesText ? stripMarks(item.minutesText) : (existing?.minutesText ?? null),
    standardKind: item.standardKind ?? standardKindOf(item.title),
    isExempt: item.isExempt || (existing?.isExempt ?? false),
    exemptParagraph: item.exemptParagraph ?? existing?.exemptParagraph ?? null,
    pageStart: item.pageStart ?? existing?.pageStart ?? null,
    pageEnd: item.pageEnd ?? existing?.pageEnd ?? null,
  };
}

export interface SavedItems {
  readonly ids: string[];
  readonly names: ItemNames;
  /** What the items' resolutions recommend, for the tracker to keep (`saveRecommendations`). */
  readonly recommendations: readonly Recommendation[];
}

/**
 * Saves a record's items with their minute points and resolutions; returns the recommendations they make.
 * An item another document already recorded (same number, or title) is updated, not duplicated.
 * `isNew`: the meeting was first stored by this record, so it has no items yet (meetings and their
 * items are never deleted but together), and none are looked for.
 */
export async function saveItems(
  repos: Repositories,
  meetingId: string,
  items: readonly AgendaItemInput[],
  sourceDocumentId: string | null,
  marks: ProvenanceMarks,
  isNew = false,
): Promise<SavedItems> {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    let id = stableId('item', meetingId, itemKey(item));
    if (seen.has(id)) id = stableId('item', meetingId, itemKey(item), index);
    seen.add(id);
    ids.push(id);
  }
  const existing = isNew ? new Map<string, AgendaItem>() : await repos.items.findMany(ids);
  const exempt = exemptByExclusion(
    items.map((item) => ({
      title: item.title,
      minuteNumber: item.minuteNumber ?? null,
      agendaNumber: item.agendaNumber ?? null,
      text: [item.minutesText, ...item.resolutions.map((r) => r.text)].filter(Boolean).join('\n'),
      isExempt: item.isExempt,
    })),
  );
  const names = new Map<string, string>();
  const rows = items.map((item, index) => ({
    ...mergedItem(ids[index]!, meetingId, index + 1, { ...item, isExempt: exempt[index]! }, existing.get(ids[index]!)),
    sourceDocumentId,
  }));
  await repos.items.saveMany(rows);
  const minutes: Minutes = { points: [], resolutions: [], recommendations: [] };
  for (const [index, item] of items.entries()) {
    const id = ids[index]!;
    marks.mark('agenda_item', id, null, item.span);
    for (const name of [item.minuteNumber, item.agendaNumber, item.title.toLowerCase()])
      if (name && !names.has(name)) names.set(name, id);
    minutesOf(meetingId, id, item, sourceDocumentId, marks, minutes);
  }
  await repos.items.addPoints(minutes.points);
  await repos.items.addResolutions(minutes.resolutions);
  return { ids: [...new Set(ids)], names, recommendations: minutes.recommendations };
}

interface Minutes {
  readonly points: Sourced<MinutePoint>[];
  readonly resolutions: Sourced<Resolution>[];
  readonly recommendations: Recommendation[];
}

/** An item's minute points, resolutions and the recommendations they make, added to `into`. */
function minutesOf(
  meetingId: string,
  itemId: string,
  item: AgendaItemInput,
  sourceDocumentId: string | null,
  marks: ProvenanceMarks,
  into: Minutes,
): void {
  for (const [n, p] of item.points.entries()) {
    const id = stableId('point', itemId, sourceDocumentId, n);
    marks.mark('minute_point', id, null, p.span);
    into.points.push({ id, itemId, position: n + 1, label: p.label, text: stripMarks(p.text), sourceDocumentId });
  }
  for (const [n, r] of item.resolutions.entries()) {
    const resolution = resolutionRow({ meetingId, itemId, sourceDocumentId }, n, r, marks);
    into.resolutions.push(resolution);
    const recommendation = recommendationRow(resolution, n, sourceDocumentId);
    if (recommendation) into.recommendations.push(recommendation);
  }
}
