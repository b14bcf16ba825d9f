import type { ParsedItem } from '../parsedDocument.js';
import { buildItem } from './items.js';
import type { Line } from './lines.js';

const TABLE_HEADER = /^\|?\s*No\.?\s*\|\s*Item\s*\|?$/i;

/** Pages rendered as a table: "No. | Item |", then one cell per item, rows closed by "|" lines. */
export function isTableLayout(lines: readonly Line[]): boolean {
  return lines.some((l) => TABLE_HEADER.test(l.text)) || lines.filter((l) => /^\|$/.test(l.text)).length >= 2;
}

/**
 * Items of a table layout: each row starts with the title, runs on with "Minutes:" and the text,
 * and ends at a lone "|". Numbers are taken only where the row gives one.
 */
export function readTableItems(
  lines: readonly Line[],
  minutesDocument: boolean,
): { items: ParsedItem[]; firstLine: number | null } {
  const headerAt = lines.findIndex((l) => TABLE_HEADER.test(l.text));
  const rows: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines.slice(headerAt + 1)) {
    const text = line.text.replace(/^\|\s*/, '');
    if (text === '' || text === '|') {
      if (current.length) rows.push(current);
      current = [];
      continue;
    }
    current.push({ ...line, text: text.replace(/\s*\|\s*$/, '') });
    if (/\|\s*$/.test(line.text) && !/\|.*\|/.test(line.text.replace(/\|\s*$/, ''))) {
      rows.push(current);
      current = [];
    }
  }
  if (current.length) rows.push(current);
  const items: ParsedItem[] = [];
  for (const row of rows) {
    const first = row[0]!;
    const numbered = /^(\d{1,3}[a-z]?)\.?\s+(\S.*)$/.exec(first.text);
    const text = numbered ? numbered[2]! : first.text;
    const at = text.search(/\s(?:Minutes:|Additional documents:|(?:pdf icon\s*)?PDF\s+[\d.]+\s*[KMG]B)/i);
    const title = at > 0 ? text.slice(0, at) : text;
    const rest = at > 0 ? text.slice(at + 1) : '';
    const titleLine: Line = { ...first, text: title };
    const bodyLines: Line[] = rest
      ? [{ ...first, text: rest.replace(/^.*?(Minutes:)/i, '$1') }, ...row.slice(1)]
      : row.slice(1);
    items.push(
      buildItem(
        { line: titleLine, number: numbered?.[1] ?? '', value: 0, scheme: '', title, titleBelow: false, pages: null },
        splitMarker(bodyLines),
        minutesDocument,
      ),
    );
  }
  return {
    items: items.map((i) => (i.number === '' ? { ...i, number: null } : i)),
    firstLine: headerAt >= 0 ? lines[headerAt]!.index : (rows[0]?.[0]?.index ?? null),
  };
}

/** "Minutes: text" on one line becomes the marker and the text, as on the list layout. */
function splitMarker(lines: readonly Line[]): Line[] {
  return lines.flatMap((l) => {
    const m = /^(?:.*?\s)?Minutes:\s*(.*)$/i.exec(l.text);
    return m ? [{ ...l, text: 'Minutes:' }, ...(m[1] ? [{ ...l, text: m[1] }] : [])] : [l];
  });
}
