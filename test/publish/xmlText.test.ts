import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { xmlText } from '../../src/publish/xmlText.js';

function readBack(text: string): { element: string; attribute: string | undefined } {
  const xml = create()
    .ele('p', { title: xmlText(text) })
    .txt(xmlText(text))
    .end();
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const p = doc.children.find((n) => 'name' in n && n.name === 'p') as Parameters<typeof textContent>[0] & {
    attribs: Record<string, string>;
  };
  return { element: textContent(p), attribute: p.attribs.title };
}

describe('xmlText', () => {
  it('should read back exactly, including text that looks like an entity reference', () => {
    for (const text of ['&lt;script&gt;alert(1)&lt;/script&gt;', 'Smith &amp; Jones', 'A & B <c> "d"', '&#60;b&#62;']) {
      expect(readBack(text)).toEqual({ element: text, attribute: text });
    }
  });

  it('should drop only the characters XML 1.0 cannot carry', () => {
    expect(readBack('Planning\u0000 Committee\u001b\ttab\nline')).toEqual({
      element: 'Planning Committee\ttab\nline',
      attribute: 'Planning Committee\ttab\nline',
    });
  });
});
