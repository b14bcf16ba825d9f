import { describe, expect, it } from 'vitest';
import { htmlText } from '../../../src/ingest/read/htmlText.js';

describe('htmlText of Markdown holding a table', () => {
  const source = [
    '# MINUTES OF FENBY PARISH COUNCIL',
    '**HELD AT THE READING ROOM**',
    'Present: Cllr Alan Rowe, Cllr Beth Carrow',
    '<table><tr><td><b>4.</b></td><td><b>Correspondence</b>4.1 A letter from Highways<div></div>4.2 An invitation</td></tr></table>',
  ].join('\n');

  it("keeps the writer's lines and drops Markdown's heading and bold marks", () => {
    const lines = htmlText(source, { keepTextLines: true }).text.split('\n');
    expect(lines).toContain('MINUTES OF FENBY PARISH COUNCIL');
    expect(lines).toContain('HELD AT THE READING ROOM');
    expect(lines).toContain('Present: Cllr Alan Rowe, Cllr Beth Carrow');
  });

  it('flows the same text as a page would without the option', () => {
    const text = htmlText(source).text;
    expect(text.split('\n')[0]).toContain('# MINUTES OF FENBY PARISH COUNCIL **HELD AT');
  });
});

describe('htmlText of a table cell opening in bold', () => {
  it('sets a bold opening glued to the rest of its cell on a line of its own', () => {
    const html =
      '<table><tr><td><b>8.</b></td><td><b>Village Green bench</b>It was agreed a bench would face the pond.<div></div></td></tr></table>';
    const lines = htmlText(html).text.split('\n');
    expect(lines).toContain('Village Green bench');
    expect(lines).toContain('It was agreed a bench would face the pond.');
  });

  it('keeps bold runs that only continue one another, and a bold word followed by a space, on their line', () => {
    const html =
      '<table><tr><td><b>1.</b></td><td><b>No apologies</b><b> for Absence</b></td><td><b>Cllr Rowe</b> (Chair)</td></tr></table>';
    const text = htmlText(html).text;
    expect(text).toContain('No apologies for Absence');
    expect(text).toContain('Cllr Rowe (Chair)');
  });
});
