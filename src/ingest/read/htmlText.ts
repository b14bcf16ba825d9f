import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { DocumentBlock, TableRow } from '../documentBlock.js';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'head',
  'nav',
  'button',
  'select',
  'form',
  'input',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'caption',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'hr',
  'fieldset',
  'details',
  'summary',
]);

export interface HtmlText {
  readonly text: string;
  readonly title: string | null;
  /** Headings, paragraphs, list items and tables as the page marks them, located in `text`. */
  readonly blocks: DocumentBlock[];
}

/** A block as the DOM gives it, before it is located in the text. */
interface PendingBlock {
  readonly kind: 'heading' | 'paragraph' | 'list_item' | 'table';
  readonly text: string;
  readonly level?: number | null;
  readonly bold?: boolean;
  readonly marker?: string | null;
  readonly rows?: readonly (readonly string[])[];
}

/**
 * The text a reader sees on a page, laid out in lines as a browser's "copy" gives it: blocks and
 * list entries on lines of their own, table cells separated by " | " with each row on a line.
 * Scripts, styles and navigation are left out.
 */
export interface HtmlTextOptions {
  /**
   * Text with HTML inside it (Markdown or plain minutes holding a table): the text between the elements keeps its
   * line breaks, as its writer laid it out, where a page's own text would flow.
   */
  readonly keepTextLines?: boolean;
}

export function htmlText(html: string, options: HtmlTextOptions = {}): HtmlText {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const out: string[] = [];
  const pending: PendingBlock[] = [];
  let title: string | null = null;
  const walk = (nodes: readonly ChildNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (options.keepTextLines && node.parent?.type === 'root')
          out.push(markdownMarksOff(node.data.replace(/\r\n?/g, '\n').replace(/[ \t\f]+/g, ' ')));
        else out.push(node.data.replace(/[ \t\r\n\f]+/g, ' '));
        continue;
      }
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const el = node as Element;
      const name = el.name.toLowerCase();
      if (name === 'title' && title === null) title = textOf(el).trim() || null;
      if (SKIP.has(name) || el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true') continue;
      if (name === 'br') {
        out.push('\n');
        continue;
      }
      if (leadsCell(el)) {
        // "<td><b>Correspondence</b>7.1 Letters ...": a cell's bold opening glued to its text is the cell's heading.
        walk(el.children);
        out.push('\n');
        continue;
      }
      if (name === 'td' || name === 'th') {
        out.push(' | ');
        walk(el.children);
        continue;
      }
      if (name === 'table') pending.push(tableBlock(el));
      else if (/^h[1-6]$/.test(name))
        pending.push({ kind: 'heading', text: flatText(el), level: Number(name[1]), bold: true });
      else if (name === 'li') pending.push({ kind: 'list_item', text: flatText(el), marker: markerOf(el) });
      else if (name === 'p' || name === 'dd' || name === 'dt' || name === 'blockquote') {
        const text = flatText(el);
        // "<p><strong>5. Planning</strong></p>": a paragraph set wholly in bold and short is a heading.
        const bold = text.length > 0 && text.length <= 120 && flatText(el, true) === '' && !/[.:,;]$/.test(text);
        pending.push(bold ? { kind: 'heading', text, level: null, bold: true } : { kind: 'paragraph', text });
      }
      if (name === 'tr') {
        // Rows of short cells read as "| a | b |"; cells holding paragraphs read as the browser shows them, one block
        // under another.
        if (el.children.some((c) => c.type === 'tag' && hasBlock(c as Element))) {
          out.push('\n');
          for (const cell of el.children)
            if (cell.type === 'tag') {
              out.push('\n');
              walk((cell as Element).children);
              out.push('\n');
            }
          continue;
        }
        out.push('\n');
        walk(el.children);
        out.push(' |\n');
        continue;
      }
      // An ordered list whose entries each open with a heading numbers those headings, as the page shows them.
      if (name === 'li') out.push(headedEntry(el) ? `\n${markerOf(el)}\n` : '\n- ');
      else if (BLOCK.has(name)) out.push('\n');
      walk(el.children);
      if (BLOCK.has(name)) out.push('\n');
    }
  };
  // <head> is skipped for text, but its <title> names the page.
  const head = doc.children.find((n): n is Element => n.type === 'tag' && (n as Element).name === 'html');
  const titleEl = findFirst(head ? head.children : doc.children, 'title');
  if (titleEl) title = textOf(titleEl).replace(/\s+/g, ' ').trim() || null;
  walk(doc.children);
  const text = out
    .join('')
    .split('\n')
    .map((l) =>
      l
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^\|\s*/, '| ')
        .replace(/^\| \|$/, '|'),
    )
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
  return { text, title, blocks: locateBlocks(text, pending) };
}

/** "# MINUTES OF ...", "**HELD AT ...**": Markdown's heading and bold marks, which a reader does not see. */
function markdownMarksOff(text: string): string {
  return text.replace(/^[ \t]*#{1,6}[ \t]+/gm, '').replace(/\*\*(?=\S)|(?<=\S)\*\*/g, '');
}

/** A bold run that opens a table cell and has the cell's text glued straight after it, with no space between. */
function leadsCell(el: Element): boolean {
  if (el.name !== 'b' && el.name !== 'strong') return false;
  const parent = el.parent as Element | null;
  if (!parent || (parent.name !== 'td' && parent.name !== 'th')) return false;
  const siblings = parent.children.filter((c) => !(c.type === 'text' && !c.data.trim()));
  if (siblings[0] !== el || textOf(el).trim().length < 3) return false;
  const next = siblings[1];
  return next !== undefined && next.type === 'text' && /^[\p{Lu}\d]/u.test(next.data);
}

/** Text of an element with white space collapsed; `outsideBold` keeps only the text not inside <b>/<strong>. */
function flatText(el: Element, outsideBold = false): string {
  const parts: string[] = [];
  const visit = (nodes: readonly ChildNode[]): void => {
    for (const c of nodes) {
      if (c.type === 'text') parts.push(c.data);
      else if (c.type === 'tag') {
        const tag = (c as Element).name.toLowerCase();
        if (tag === 'br') parts.push(' ');
        else if (SKIP.has(tag)) continue;
        else if (!(outsideBold && (tag === 'b' || tag === 'strong'))) visit((c as Element).children);
      }
    }
  };
  visit(el.children);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** An entry of an ordered list that opens with a heading ("<ol><li><h4>PLANNING</h4><p>..."). */
function headedEntry(li: Element): boolean {
  if ((li.parent as Element | null)?.name !== 'ol') return false;
  const first = li.children.find((c) => c.type === 'tag' || (c.type === 'text' && c.data.trim() !== ''));
  return first?.type === 'tag' && /^h[1-6]$/.test((first as Element).name);
}

function markerOf(li: Element): string {
  const list = li.parent as Element | null;
  if (list?.name !== 'ol') return '-';
  const items = list.children.filter((c) => c.type === 'tag' && (c as Element).name === 'li');
  return `${Number(list.attribs.start ?? 1) + items.indexOf(li)}.`;
}

function tableBlock(table: Element): PendingBlock {
  const rows: string[][] = [];
  const visit = (nodes: readonly ChildNode[]): void => {
    for (const c of nodes) {
      if (c.type !== 'tag') continue;
      const el = c as Element;
      if (el.name === 'table') continue;
      if (el.name === 'tr')
        rows.push(
          el.children
            .filter((d): d is Element => d.type === 'tag' && /^t[dh]$/.test((d as Element).name))
            .map((d) => flatText(d)),
        );
      else visit(el.children);
    }
  };
  visit(table.children);
  return { kind: 'table', text: rows.flat().join(' '), rows };
}

/**
 * Finds each block's text in the page text, in order, with a cursor that only moves forward: the text has the same
 * words with line breaks where the blocks were, so a block is found where its first and last words are. A block not
 * found near the cursor is left out rather than given a wrong range.
 */
function locateBlocks(text: string, pending: readonly PendingBlock[]): DocumentBlock[] {
  const flat = text.replace(/\n/g, ' ');
  const blocks: DocumentBlock[] = [];
  let cursor = 0;
  const find = (needle: string, from: number): number => {
    if (!needle) return -1;
    const at = flat.indexOf(needle, from);
    return at >= 0 && at - from <= 20_000 ? at : -1;
  };
  for (const block of pending) {
    // A table's cells are written "| a | b |": it is found by its first and last cells.
    const cells = (block.rows ?? []).flat().filter(Boolean);
    const words = block.text.replace(/\s+/g, ' ').trim();
    if (!words) continue;
    const head = (block.kind === 'table' ? cells[0]! : words).slice(0, 40);
    const start = find(head, cursor);
    if (start < 0) continue;
    const tail = (block.kind === 'table' ? cells.at(-1)! : words).slice(-40);
    const tailAt = tail === head ? start : find(tail, start);
    const end = tailAt < 0 ? start + head.length : tailAt + tail.length;
    const span = { start, end };
    if (block.kind === 'table') {
      const rows: TableRow[] = [];
      let rowCursor = start;
      for (const row of block.rows ?? []) {
        const cells: TableRow['cells'][number][] = [];
        for (const cell of row) {
          const at = find(cell, rowCursor);
          if (!cell || at < 0 || at > end) continue;
          cells.push({ text: cell, span: { start: at, end: at + cell.length } });
          rowCursor = at + cell.length;
        }
        if (cells.length) rows.push({ cells, span: { start: cells[0]!.span.start, end: cells.at(-1)!.span.end } });
      }
      blocks.push({ kind: 'table', span, page: null, rows });
    } else
      blocks.push({ kind: block.kind, span, page: null, level: block.level, bold: block.bold, marker: block.marker });
    // Nested blocks (a paragraph inside a list item) start inside the block before: the cursor stays at its start.
    cursor = block.kind === 'list_item' || block.kind === 'table' ? start : end;
  }
  return blocks;
}

function hasBlock(el: Element): boolean {
  return el.children.some(
    (c) =>
      c.type === 'tag' && (BLOCK.has((c as Element).name) || (c as Element).name === 'br' || hasBlock(c as Element)),
  );
}

function findFirst(nodes: readonly ChildNode[], name: string): Element | null {
  for (const node of nodes) {
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === name) return el;
    const inner = findFirst(el.children, name);
    if (inner) return inner;
  }
  return null;
}

function textOf(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : c.type === 'tag' ? textOf(c as Element) : '')).join('');
}

/** The charset an HTML document declares for itself, from its first bytes. */
export function declaredCharset(head: string): string | null {
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
}
