import type { Line } from './lines.js';

/** One row of a declarations table: who, in which item(s), and the nature of the interest. */
export interface DeclarationRow {
  readonly name: string;
  readonly items: readonly (string | null)[];
  readonly text: string;
  readonly line: Line;
}

type Column = 'name' | 'item' | 'text';

/** A header cell of a declarations table, by what its column holds. */
function columnOf(text: string): Column | null {
  const t = cellText(text).replace(/[:.]$/, '').trim();
  if (t.length > 40) return null;
  if (
    /^(?:(?:name\s+of\s+)?(?:councill?or|member|cllr|name|person|trustee|director)s?(?:['’]s?)?(?:\s+name)?|who)$/i.test(
      t,
    )
  )
    return 'name';
  if (
    /^(?:(?:agenda\s+)?(?:item|minute|min)s?(?:\s+(?:no\.?|number|ref(?:erence)?))?|agenda\s+item|subject|matter)$/i.test(
      t,
    )
  )
    return 'item';
  if (
    /^(?:(?:nature|type|level|kind|details?|description)\s+of\s+(?:the\s+)?(?:interest|declaration)|interests?|reason)$/i.test(
      t,
    )
  )
    return 'text';
  return null;
}

/** A cell's text without the pipes a flattened HTML table leaves at its ends: "Councillor Waterfield |". */
function cellText(text: string): string {
  return text.replace(/^\|\s*|\s*\|$/g, '').trim();
}

const ITEM_NUMBER = String.raw`[A-Z]{0,6}[./]?\d{1,5}(?:[./]\d{1,4})?[a-z]?(?:\(\d{1,3}\))?`;
/** "8 – Cartrefi Croeso Ltd", "Item 12", "0654 & 0655", "5, 6 and 9": the items a cell names. */
function itemsIn(cell: string): (string | null)[] {
  const lead = new RegExp(
    `^(?:(?:agenda\\s+)?(?:item|minute)s?\\s+(?:no\\.?\\s*)?)?(${ITEM_NUMBER}(?:\\s*(?:,|&|and)\\s*${ITEM_NUMBER})*)(?![\\w/])`,
    'i',
  ).exec(cell.trim());
  if (!lead) return [null];
  return lead[1]!.split(/\s*(?:,|&|\band\b)\s*/i).filter(Boolean);
}

/**
 * A table flattened to one cell per line: "Councillor", "Minute Number", "Nature of Interest", then the values in the
 * same order, row after row. The header fixes how many cells a row has and which is which; the rows run while each
 * name cell still reads as a name.
 */
export function readCellTables(
  lines: readonly Line[],
  isName: (text: string) => boolean,
): { rows: DeclarationRow[]; used: Set<Line> } {
  const rows: DeclarationRow[] = [];
  const used = new Set<Line>();
  for (let i = 0; i < lines.length; i++) {
    const columns: Column[] = [];
    let j = i;
    while (j < lines.length && columns.length < 4) {
      const c = columnOf(lines[j]!.text);
      if (!c || columns.includes(c)) break;
      columns.push(c);
      j++;
    }
    if (columns.length < 2 || !columns.includes('name') || !columns.includes('text')) continue;
    for (let k = i; k < j; k++) used.add(lines[k]!);
    let r = j;
    for (; r + columns.length <= lines.length; r += columns.length) {
      const cells = lines.slice(r, r + columns.length);
      const name = cellText(cells[columns.indexOf('name')]!.text);
      if (!isName(name) || cells.some((c) => columnOf(c.text))) break;
      const itemCell = columns.includes('item') ? cellText(cells[columns.indexOf('item')]!.text) : '';
      rows.push({
        name,
        items: itemCell ? itemsIn(itemCell) : [null],
        text: cellText(cells[columns.indexOf('text')]!.text),
        line: cells[columns.indexOf('name')]!,
      });
      for (const c of cells) used.add(c);
    }
    i = r - 1;
  }
  return { rows, used };
}

/**
 * A row that opens with the item's number, its cells set apart by runs of spaces or a pipe: "0654 & 0655  Councillor
 * James Watson  Significant Other Interest", "| 7 | Cllr Smith | Pecuniary – owns land |".
 */
export function readItemFirstRow(line: Line, person: string): DeclarationRow | null {
  const m = new RegExp(
    `^\\|?\\s*(?:(?:agenda\\s+)?(?:item|minute)s?\\s+(?:no\\.?\\s*)?)?(${ITEM_NUMBER}(?:\\s*(?:,|&|and)\\s*${ITEM_NUMBER})*)\\s*(?:\\||\\s{2,}|\\t)\\s*${person}\\s*(?:\\||\\s{2,}|\\t)\\s*([^|]+?)\\s*\\|?$`,
    'iu',
  ).exec(line.text);
  if (!m) return null;
  return { name: m[2]!, items: itemsIn(m[1]!), text: m[3]!, line };
}
