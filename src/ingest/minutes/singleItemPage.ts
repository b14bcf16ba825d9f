import { itemStartAt, type ItemStart } from './itemStarts.js';
import type { Line } from './lines.js';

/** "Agenda item": the label a committee system's page prints over the one agenda item it shows (ModernGov mgAi). */
const ONE_ITEM_LABEL = /^agenda\s+item:?$/i;

/** Lines above the label a page may carry: the saved page's address, a site's name. */
const LABEL_WITHIN = 4;

/** A title reads as a heading: short, opening with a capital or a number, not a sentence or another label. */
function headingText(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 16 && /^[\p{Lu}\d"“‘'(]/u.test(text) && !/[.;,]$/.test(text) && !/^minutes\s*:/i.test(text);
}

/**
 * The start of the one item on a page that prints a single agenda item: its title is the line under the "Agenda item"
 * label, and whatever headings follow ("MATTERS ARISING") are parts of that item. Null on any other page.
 */
export function singleItemStart(lines: readonly Line[]): ItemStart | null {
  const at = lines.slice(0, LABEL_WITHIN).findIndex((l) => ONE_ITEM_LABEL.test(l.text.trim()));
  const line = at >= 0 ? lines[at + 1] : undefined;
  if (!line || !headingText(line.text.trim())) return null;
  // "5. Apologies": the title may keep its number.
  const numbered = itemStartAt(line);
  if (numbered?.title) return numbered;
  return {
    line,
    number: '',
    value: 0,
    scheme: '(heading)',
    title: line.text.trim(),
    titleBelow: false,
    pages: null,
  };
}
