import type { AnyNode, Element } from 'domhandler';
import { getElementsByTagName, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

export interface HtmlText {
  readonly text: string;
  readonly title: string | null;
}

/** Not page text: code, forms, media, site chrome. */
const SKIP = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'map', 'nav', 'button', 'select', 'option', 'textarea', 'input', 'dialog']);
/** Blocks with margins: a browser's copy leaves a blank line around them. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figure']);
const BLOCK = new Set(['div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'address', 'ul', 'ol', 'dl', 'dt', 'dd', 'li', 'hr', 'fieldset', 'legend', 'details', 'summary', 'figcaption', 'caption', 'form', 'center', 'body', 'html', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot']);

/** Text, or a number of line breaks a block requires around it (adjacent requirements merge, as in innerText). */
type Token = string | number;

interface Context {
  readonly pre: boolean;
  /** Inside <main> or <article>, a <header>/<footer> belongs to the content (an article's heading), not to the site. */
  readonly inContent: boolean;
}

function isHidden(el: Element): boolean {
  const style = el.attribs.style ?? '';
  return el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isSkipped(el: Element, ctx: Context): boolean {
  if (SKIP.has(el.name) || isHidden(el)) return true;
  if (el.attribs.role === 'navigation' || el.attribs.role === 'banner' || el.attribs.role === 'contentinfo') return true;
  return (el.name === 'header' || el.name === 'footer') && !ctx.inContent;
}

/** Ordered lists keep their numbers as "1)" or "a)": resolutions are numbered that way in minutes, and the numbers carry meaning. */
function listMarker(li: Element): string {
  const list = li.parent as Element | null;
  if (!list || list.type !== 'tag' || list.name !== 'ol') return '- ';
  const siblings = list.children.filter((c): c is Element => c.type === 'tag' && c.name === 'li');
  const explicit = Number.parseInt(li.attribs.value ?? '', 10);
  const start = Number.parseInt(list.attribs.start ?? '1', 10) || 1;
  const n = Number.isFinite(explicit) ? explicit : start + siblings.indexOf(li);
  const type = list.attribs.type ?? '1';
  if (type === 'a' || type === 'A') {
    const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1));
    return `${type === 'A' ? letter.toUpperCase() : letter}) `;
  }
  if (type === 'i' || type === 'I') return `${type === 'I' ? roman(n).toUpperCase() : roman(n)}) `;
  return `${n}) `;
}

function roman(n: number): string {
  const table: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = Math.min(Math.max(1, n), 39);
  for (const [value, digits] of table) while (rest >= value) (out += digits), (rest -= value);
  return out;
}

function render(nodes: readonly AnyNode[], ctx: Context, out: Token[]): void {
  for (const node of nodes) {
    if (node.type === 'text') out.push(ctx.pre ? node.data : node.data.replace(/[\s\u00a0]+/g, ' '));
    else if (node.type === 'tag') renderElement(node as Element, ctx, out);
  }
}

function renderElement(el: Element, ctx: Context, out: Token[]): void {
  if (isSkipped(el, ctx)) return;
  const inner: Context = { pre: ctx.pre || el.name === 'pre', inContent: ctx.inContent || el.name === 'main' || el.name === 'article' };
  if (el.name === 'br') return void out.push('\n');
  if (el.name === 'table') return renderTable(el, inner, out);
  const breaks = PARAGRAPH.has(el.name) ? 2 : BLOCK.has(el.name) ? 1 : 0;
  if (breaks) out.push(breaks);
  if (el.name === 'li') out.push(listMarker(el));
  render(el.children, inner, out);
  if (breaks) out.push(breaks);
}

/** Rows of the table itself, not of tables nested in its cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      const el = node as Element;
      if (el.name === 'tr') rows.push(el);
      else if (el.name !== 'table') visit(el.children);
    }
  };
  visit(table.children);
  return rows;
}

/**
 * A table of short cells reads as "| a | b |" per row, like a table pasted as text. A row whose
 * cells hold paragraphs (a ModernGov item row: number, then title, "Minutes:" and the minutes)
 * reads as a browser shows it, one block under another; one-cell rows are layout, not a table.
 */
function renderTable(table: Element, ctx: Context, out: Token[]): void {
  out.push(2);
  const caption = table.children.find((c): c is Element => c.type === 'tag' && c.name === 'caption');
  if (caption) (render(caption.children, ctx, out), out.push(1));
  for (const row of rowsOf(table)) {
    const cells = row.children
      .filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th') && !isSkipped(c, ctx))
      .map((c) => finish(collect(c.children, ctx)));
    if (cells.every((c) => c === '')) continue;
    if (cells.length > 1 && cells.every((c) => !c.includes('\n'))) out.push(1, `| ${cells.join(' | ')} |`, 1);
    else for (const cell of cells) if (cell !== '') out.push(2, cell, 2);
  }
  out.push(2);
}

function collect(nodes: readonly AnyNode[], ctx: Context): Token[] {
  const out: Token[] = [];
  render(nodes, ctx, out);
  return out;
}

/** Tokens to lines: required breaks merge, spaces collapse within lines, at most one blank line in a row. */
function finish(tokens: readonly Token[]): string {
  let text = '';
  let pending = 0;
  for (const token of tokens) {
    if (typeof token === 'number') {
      pending = Math.max(pending, token);
      continue;
    }
    if (pending > 0) {
      if (token.trim() === '') continue;
      if (text.trim() !== '') text = text.replace(/[ \t]+$/, '') + '\n'.repeat(pending);
      pending = 0;
    }
    text += token;
  }
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text of an HTML page close to what a browser's "select all, copy" gives: blocks on lines of
 * their own, paragraphs and headings with a blank line around them, table rows as lines of
 * " | "-separated cells, list entries marked. Scripts, styles, forms and site navigation, header
 * and footer are left out; the <title> is returned apart.
 */
export function htmlText(html: string): HtmlText {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const titleEl = getElementsByTagName('title', doc, true, 1)[0];
  const title = titleEl ? textContent(titleEl).replace(/[\s\u00a0]+/g, ' ').trim() || null : null;
  return { text: finish(collect(doc.children, { pre: false, inContent: false })), title };
}
