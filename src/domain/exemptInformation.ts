import type { AgendaItem } from './agendaItem.js';

/** Schedule 12A, Part 1, Local Government Act 1972: the seven categories of exempt information. */
export const SCHEDULE_12A_PARAGRAPHS: Readonly<Record<number, string>> = Object.freeze({
  1: 'Information relating to any individual',
  2: 'Information which is likely to reveal the identity of an individual',
  3: 'Information relating to the financial or business affairs of any particular person',
  4: 'Information relating to consultations or negotiations in labour relations matters',
  5: 'Information in respect of which legal professional privilege could be maintained',
  6: 'Information revealing that the authority proposes to give a notice or make an order',
  7: 'Information relating to the prevention, investigation or prosecution of crime',
});

/** Whether the public may read an item's papers, minutes and decisions; an exempt item shows only its title. */
export function isPublicItem(item: Pick<AgendaItem, 'isExempt'>): boolean {
  return !item.isExempt;
}

/** The one sentence every public output gives in place of an exempt item's minutes. */
export function exemptNotice(item: Pick<AgendaItem, 'exemptParagraph'>): string {
  const paragraph = item.exemptParagraph;
  const category = paragraph ? SCHEDULE_12A_PARAGRAPHS[paragraph] : undefined;
  const under = paragraph
    ? ` under paragraph ${paragraph} of Schedule 12A to the Local Government Act 1972${category ? ` (${category})` : ''}`
    : '';
  return `This item was considered in private${under}. Its papers and minutes are not published.`;
}

/** What the public sees of an item: an exempt one keeps its number and title and loses everything else. */
export function publicViewOfItem<T extends AgendaItem>(item: T): T {
  if (isPublicItem(item)) return item;
  return { ...item, description: null, minutesText: null, pageStart: null, pageEnd: null };
}
