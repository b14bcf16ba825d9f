import type { Line } from './lines.js';
import { builtPattern } from './builtPatterns.js';

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
    /^(?:(?:nature|type|level|kind|details?|description|category)\s+of\s+(?:the\s+)?(?:interest|declaration)|(?:interest\s+)?(?:type|category|kind|level)|interests?|reason|nature|details?)$/i.test(
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
  const lead = builtPattern(
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
    while (j < lines.length && columns.length < 5) {
      const c = columnOf(lines[j]!.text);
      // Only the nature of the interest may take two columns ("Type", "Nature of interest").
      if (!c || (c !== 'text' && columns.includes(c))) break;
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
        text: textOf(
          cells.map((c) => cellText(c.text)),
          columns,
        ),
        line: cells[columns.indexOf('name')]!,
      });
      for (const c of cells) used.add(c);
    }
    i = r - 1;
  }
  return { rows, used };
}

/** The nature of the interest: the text cells of a row, joined ("Personal – Member of the bowls club"). */
function textOf(cells: readonly string[], columns: readonly Column[]): string {
  return cells.filter((c, k) => columns[k] === 'text' && c).join(' – ');
}

/** The cells of a row written with pipes: "| 7 | Cllr Smith | Personal |" gives its three cells; none without pipes. */
function pipeCells(text: string): string[] {
  if ((text.match(/\|/g)?.length ?? 0) < 2) return [];
  return text
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((c) => c.trim());
}

/**
 * A declarations table written one row a line with pipes: "| Item | Member | Type | Nature of interest |" over
 * "| 7 | Cllr X | Personal | Member of the bowls club |". The header row says which cell is which; without one, a row
 * whose cells are an item's number, a person and what the interest is reads the same way.
 */
export function readPipeTables(
  lines: readonly Line[],
  isName: (text: string) => boolean,
): { rows: DeclarationRow[]; used: Set<Line> } {
  const rows: DeclarationRow[] = [];
  const used = new Set<Line>();
  let header: Column[] | null = null;
  for (const line of lines) {
    const cells = pipeCells(line.text);
    if (cells.length < 2) {
      header = null;
      continue;
    }
    const named = cells.map((c) => (c ? columnOf(c) : null));
    if (named.filter(Boolean).length >= 2 && named.includes('name')) {
      header = named.map((c) => c ?? 'text');
      used.add(line);
      continue;
    }
    const columns = header?.length === cells.length ? header : guessColumns(cells, isName);
    const nameAt = columns?.indexOf('name') ?? -1;
    if (!columns || nameAt < 0 || !isName(cells[nameAt]!)) continue;
    const itemAt = columns.indexOf('item');
    const text = textOf(cells, columns);
    if (!text) continue;
    rows.push({ name: cells[nameAt]!, items: itemAt >= 0 ? itemsIn(cells[itemAt]!) : [null], text, line });
    used.add(line);
  }
  return { rows, used };
}

const TITLED =
  /^(?:County\s+|Deputy\s+)?(?:Councill?or|Cllr|Cr|Cyng|Council\s*member|Commissioner|Trustee|Alderman|Mayor|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lady)\b/i;

/** Without a header: one cell is a person, one an item's number ("Item 7"), and the rest say what the interest is. */
function guessColumns(cells: readonly string[], isName: (text: string) => boolean): Column[] | null {
  const itemCell = builtPattern(`^(?:(?:agenda\\s+)?(?:item|minute)s?\\s+(?:no\\.?\\s*)?)?${ITEM_NUMBER}$`, 'i');
  const named = cells.filter((c) => c && isName(c));
  // "Personal" may read as a name too: a titled person ("Cllr X Smith") is the one meant.
  const titled = named.filter((c) => TITLED.test(c));
  const people = named.length > 1 && titled.length === 1 ? titled : named;
  const items = cells.filter((c) => itemCell.test(c));
  if (people.length !== 1 || items.length !== 1 || cells.length < 3) return null;
  return cells.map((c) => (c === people[0] ? 'name' : c === items[0] ? 'item' : 'text'));
}

/**
 * A row that opens with the item's number, its cells set apart by runs of spaces or a pipe: "0654 & 0655  Councillor
 * James Watson  Significant Other Interest", "| 7 | Cllr Smith | Pecuniary – owns land |".
 */
export function readItemFirstRow(line: Line, person: string): DeclarationRow | null {
  const m = builtPattern(
    `^\\|?\\s*(?:(?:agenda\\s+)?(?:item|minute)s?\\s+(?:no\\.?\\s*)?)?(${ITEM_NUMBER}(?:\\s*(?:,|&|and)\\s*${ITEM_NUMBER})*)\\s*(?:\\||\\s{2,}|\\t)\\s*${person}\\s*(?:\\||\\s{2,}|\\t)\\s*([^|]+?)\\s*\\|?$`,
    'iu',
  ).exec(line.text);
  if (!m) return null;
  return { name: m[2]!, items: itemsIn(m[1]!), text: m[3]!, line };
}
