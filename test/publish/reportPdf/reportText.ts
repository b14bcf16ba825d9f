import { execFileSync } from 'node:child_process';
import { writeTemp } from '../documentPack/pdfTools.js';

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", '#39': "'" };

/** The text a reader sees in a page's report (`.quorum-report`), tags dropped and entities decoded. */
export function htmlReportText(html: string): string {
  const start = html.indexOf('<div class="quorum-report"');
  if (start < 0) throw new Error('no report on the page');
  const download = html.indexOf('Download this report as a PDF', start);
  const end = html.lastIndexOf('</div>', download < 0 ? html.length : download);
  return html
    .slice(start, end)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (all, name: string) =>
      name.startsWith('#x')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#') && name !== '#39'
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name] ?? all),
    );
}

/** The text of a PDF as poppler's pdftotext reads it. */
export function pdfText(bytes: Uint8Array): string {
  return execFileSync('pdftotext', [writeTemp(bytes, 'report.pdf'), '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
}

/** The PDF's document properties, as pdfinfo reads them. */
export function pdfInfo(bytes: Uint8Array): string {
  return execFileSync('pdfinfo', [writeTemp(bytes, 'report.pdf')], { encoding: 'utf8' });
}

/**
 * The PDF's text with the table headers repeated at the top of a continuation page taken out:
 * what is left must be the HTML page's words exactly.
 */
export function pdfTextWithoutRepeatedHeads(text: string, heads: readonly (readonly string[])[]): string {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = heads.map(
    (head) =>
      new RegExp(
        `^\\s*${head
          .flatMap((h) => h.split(/\s+/))
          .map(escape)
          .join('\\s+')}\\s`,
      ),
  );
  return text
    .split('\f')
    .map((page, i) => (i === 0 ? page : patterns.reduce((p, re) => p.replace(re, ' '), page)))
    .join('\f');
}
