import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

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
}

/**
 * The text a reader sees on a page, laid out in lines as a browser's "copy" gives it: blocks and
 * list entries on lines of their own, table cells separated by " | " with each row on a line.
 * Scripts, styles and navigation are left out.
 */
export function htmlText(html: string): HtmlText {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const out: string[] = [];
  let title: string | null = null;
  const walk = (nodes: readonly ChildNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        out.push(node.data.replace(/[ \t\r\n\f]+/g, ' '));
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
      if (name === 'td' || name === 'th') {
        out.push(' | ');
        walk(el.children);
        continue;
      }
      if (name === 'tr') {
        // Rows of short cells read as "| a | b |"; cells holding paragraphs read as the browser shows them, one block under another.
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
      if (name === 'li') out.push('\n- ');
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
  return { text, title };
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
