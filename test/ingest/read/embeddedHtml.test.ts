import { describe, expect, it } from 'vitest';
import { isTextWithHtml } from '../../../src/ingest/read/embeddedHtml.js';

const MARKDOWN_WITH_TABLE = [
  '---',
  'title: "Parish Council - May"',
  '---',
  '# MINUTES OF THE PARISH COUNCIL',
  'Present: Cllr A Rowe, Cllr B Carrow',
  '<table><tr><td><b>1.</b></td><td><b>Apologies</b></td></tr></table>',
].join('\n');

describe('isTextWithHtml', () => {
  it('reads Markdown lines written before an HTML table as text with HTML in it', () => {
    expect(isTextWithHtml(MARKDOWN_WITH_TABLE, 'minutes.md')).toBe(true);
  });

  it('leaves a page with a doctype or <html> as a page, whatever text stands before its first block', () => {
    expect(isTextWithHtml(`<!DOCTYPE html>\n${MARKDOWN_WITH_TABLE}`, 'minutes.txt')).toBe(false);
    expect(isTextWithHtml(MARKDOWN_WITH_TABLE.replace('<table>', '<html><body><table>'), 'minutes.md')).toBe(false);
  });

  it('leaves a file named .html and a fragment that opens with its tags as HTML', () => {
    expect(isTextWithHtml(MARKDOWN_WITH_TABLE, 'minutes.html')).toBe(false);
    expect(isTextWithHtml('<p>Minutes</p>\n<p>Present: Cllr A Rowe</p>', 'minutes.txt')).toBe(false);
  });
});
