import { asciiString, dict, name, textString, type PdfDict } from './pdfSyntax.js';

export interface PackProperties {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly createdAt: Date;
}

/** A PDF date (§7.9.4) in UTC: `D:20240507093000Z`. */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/**
 * The document information dictionary a reader's "Properties" shows and assistive technology
 * uses: title, author, subject, keywords, creator, producer and dates. (The title is shown in
 * the window's title bar instead of the file name, WCAG's PDF18, by the catalog's
 * /ViewerPreferences; the language, WCAG PDF16, is the catalog's /Lang.)
 */
export function packInfo(properties: PackProperties): PdfDict {
  const date = asciiString(pdfDate(properties.createdAt));
  return dict({
    Title: textString(properties.title),
    Author: textString(properties.author),
    Subject: textString(properties.subject),
    Keywords: textString(properties.keywords.join('; ')),
    Creator: textString('Quorum'),
    Producer: textString('Quorum'),
    CreationDate: date,
    ModDate: date,
  });
}

/** The catalog's entries that go with the properties: the title bar and the bookmarks pane. */
export const VIEWER_PREFERENCES = dict({ DisplayDocTitle: { k: 'bool', v: true } });
export const PAGE_MODE = name('UseOutlines');
