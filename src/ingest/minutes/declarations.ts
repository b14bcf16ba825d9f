import { declarationKindOf } from '../../domain/declaration.js';
import type { ParsedDeclaration } from '../parsedDocument.js';
import { spanIn, type Line } from './lines.js';

const NONE =
  /^(none|nil|dim(?:\s*\/\s*none)?|no declarations?|there were no|no (?:interests|declarations) (?:were )?(?:declared|made|received)|none (?:were )?(?:declared|made|received))\b/i;
const PERSON = String.raw`((?:County\s+)?(?:Councillor|Cllr\.?|Cr\.?|Cyng\.?|Mr|Mrs|Ms|Miss|Dr|Professor)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})`;
const VERB = String.raw`(?:declared|declares|disclosed|discloses|highlighted|stated|advised|noted|made|reported|indicated|informed|registered|raised)`;
// The declaration runs to the end of its sentence; "Minute No. 14" or "Mr. Smith" does not end one.
const SENTENCE_END = String.raw`(?<!\b(?:No|no|Nos|nos|Mr|Mrs|Ms|Dr|Cllr|Cr|St|para|Para|approx))\.(?:\s|$)`;
const DECLARES = new RegExp(`${PERSON}\\s*(?:,[^,]{1,80},\\s*)?${VERB}\\b\\s*(.*?)(?:${SENTENCE_END}|$)`, 'gu');
const NAME_FIRST = new RegExp(`^${PERSON}\\s*[-–:]\\s*(.+)$`, 'u');
/** A row of a declarations table as the HTML reader writes it: "| Cllr C. Dale | 4 | Personal – member of ... |". */
const TABLE_ROW = new RegExp(
  `^\\|?\\s*${PERSON}\\s*\\|\\s*(?:(?:agenda\\s+)?(?:item|minute)\\s+(?:no\\.?\\s*)?)?([A-Z]{0,6}[./]?\\d{1,3}(?:[./]\\d{1,4})?[a-z]?)\\s*\\|\\s*([^|]+?)\\s*\\|?$`,
  'iu',
);
const ITEM_REF = /\b(?:agenda\s+)?(?:item|minute)s?\s+(?:no\.?\s*)?([A-Z]{0,6}[./]?\d{1,3}(?:[./]\d{1,4})?)/i;

function clean(text: string): string {
  return text
    .replace(/^(that|an?|the)\s+/i, (m) => (/^that/i.test(m) ? '' : m))
    .replace(/^(he|she|they)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Declarations of interests in the minutes of the declarations item (or anywhere in the minutes):
 * "None.", prose ("Councillor X declared an other registrable interest in item 5 as ..."), or
 * "Councillor X - item 5, personal interest as ...". `ownItem` is the declarations item's number.
 */
export function readDeclarations(lines: readonly Line[], ownItem: string | null): ParsedDeclaration[] {
  const out: ParsedDeclaration[] = [];
  for (const line of lines) {
    if (NONE.test(line.text) || /^minutes:?$/i.test(line.text)) continue;
    const row = TABLE_ROW.exec(line.text);
    if (row) {
      const text = clean(row[3]!);
      out.push({ name: row[1]!, item: row[2]!, text, kind: declarationKindOf(text), span: spanIn(line, line.text) });
      continue;
    }
    let found = false;
    for (const m of line.text.matchAll(DECLARES)) {
      const text = clean(m[2] ?? '');
      if (!text || /^(no|any)\s+(interests?|declarations?)/i.test(text)) continue;
      found = true;
      out.push({
        name: m[1]!,
        item: ITEM_REF.exec(text)?.[1] ?? ownItem,
        text,
        kind: declarationKindOf(text),
        span: spanIn(line, m[0]),
      });
    }
    if (found) continue;
    const first = NAME_FIRST.exec(line.text);
    if (first) {
      const text = clean(first[2]!);
      out.push({
        name: first[1]!,
        item: ITEM_REF.exec(text)?.[1] ?? ownItem,
        text,
        kind: declarationKindOf(text),
        span: spanIn(line, line.text),
      });
    }
  }
  return out;
}
