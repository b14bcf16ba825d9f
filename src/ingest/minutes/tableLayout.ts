import type { ItemStart } from './itemStarts.js';
import type { Line } from './lines.js';

const TABLE_HEADER = /^\|?\s*No\.?\s*\|\s*Item\s*[|\s]*$/i;

/** "Apologies To receive any apologies. Minutes: Apologies were received from ...": a row flattened onto one line. */
const INLINE_MINUTES = /^\p{Lu}.{2,}?\sMinutes:\s*\S/u;
const MINUTES_LINE = /^Minutes:/i;
const RESOLUTION_LABEL = /^(?:RESOLVED|RECOMMENDED|DECISION)\b/;
/** Where a row's title stops: its minutes, its documents, or a resolution the agenda proposes. */
const TITLE_END =
  /\s(?:Minutes:|(?:Additional|Supporting) documents:|(?:pdf icon\s*)?PDF\s+[\d.]+\s*[KMG]B)|:?\s+(?=RESOLVED\b)/i;

/** Pages rendered as a table: "No. | Item |", then one cell per item, rows closed by "|" lines. */
export function isTableLayout(lines: readonly Line[]): boolean {
  return (
    lines.some((l) => TABLE_HEADER.test(l.text)) ||
    lines.filter((l) => /^\|$/.test(l.text)).length >= 2 ||
    lines.filter((l) => INLINE_MINUTES.test(l.text)).length >= 2
  );
}

/**
 * Rows of a table flattened without its rules (a meeting page's items copied as text): each row is one line with its
 * title, agenda text and "Minutes:", or a line the "Minutes:" line follows.
 */
function inlineRows(lines: readonly Line[]): Line[][] {
  const opens = new Set<number>();
  for (const [n, line] of lines.entries()) {
    if (MINUTES_LINE.test(line.text)) continue;
    if (INLINE_MINUTES.test(line.text)) opens.add(n);
    else if (MINUTES_LINE.test(lines[n + 1]?.text ?? '')) {
      // The agenda's text above "Minutes:" may hold a proposed resolution on a line of its own: the row opens above it.
      let top = n;
      while (top > 0 && RESOLUTION_LABEL.test(lines[top]!.text) && !opens.has(top - 1)) top--;
      if (/^\p{Lu}/u.test(lines[top]!.text)) opens.add(top);
    }
  }
  const rows: Line[][] = [];
  for (const [n, line] of lines.entries()) {
    if (opens.has(n)) rows.push([line]);
    else rows[rows.length - 1]?.push(line);
  }
  return rows;
}

/**
 * Items of a table layout: each row starts with the title, runs on with "Minutes:" and the text,
 * and ends at a lone "|". Numbers are taken only where the row gives one.
 */
export function readTableItems(lines: readonly Line[]): {
  rows: { start: ItemStart; body: Line[] }[];
  firstLine: number | null;
} {
  const headerAt = lines.findIndex((l) => TABLE_HEADER.test(l.text));
  const ruled = headerAt >= 0 || lines.filter((l) => /^\|$/.test(l.text)).length >= 2;
  const rows: Line[][] = ruled ? [] : inlineRows(lines);
  let current: Line[] = [];
  for (const line of ruled ? lines.slice(headerAt + 1) : []) {
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
  const out: { start: ItemStart; body: Line[] }[] = [];
  for (const row of rows) {
    const first = row[0]!;
    const numbered = /^(\d{1,3}[a-z]?)\.?\s+(\S.*)$/.exec(first.text);
    const text = numbered ? numbered[2]! : first.text;
    const end = TITLE_END.exec(text);
    const at = end && end.index > 0 ? end.index : -1;
    const title = at > 0 ? text.slice(0, at) : text;
    const rest = at > 0 ? text.slice(at + end![0].length - end![0].trimStart().length).trim() : '';
    const titleLine: Line = { ...first, text: title };
    const bodyLines: Line[] = rest
      ? [{ ...first, text: rest.replace(/^.*?(Minutes:)/i, '$1') }, ...row.slice(1)]
      : row.slice(1);
    out.push({
      start: {
        line: titleLine,
        number: numbered?.[1] ?? '',
        value: 0,
        scheme: '',
        title,
        titleBelow: false,
        pages: null,
      },
      body: splitMarker(bodyLines),
    });
  }
  return { rows: out, firstLine: headerAt >= 0 ? lines[headerAt]!.index : (rows[0]?.[0]?.index ?? null) };
}

/** "Minutes: text" on one line becomes the marker and the text, as on the list layout. */
function splitMarker(lines: readonly Line[]): Line[] {
  return lines.flatMap((l) => {
    const m = /^(?:.*?\s)?Minutes:\s*(.*)$/i.exec(l.text);
    return m ? [{ ...l, text: 'Minutes:' }, ...(m[1] ? [{ ...l, text: m[1] }] : [])] : [l];
  });
}
