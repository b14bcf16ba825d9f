import type { PDFDocument } from 'pdf-lib';

export interface PackProperties {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly language: string;
  readonly createdAt: Date;
}

/**
 * Sets the document information a reader's "Properties" shows and assistive technology uses:
 * title (shown in the window's title bar instead of the file name, as WCAG's PDF18 asks),
 * author, subject, keywords, creator and dates, and the catalog's /Lang so screen readers speak
 * the right language (WCAG PDF16).
 */
export function setPackProperties(doc: PDFDocument, properties: PackProperties): void {
  doc.setTitle(properties.title, { showInWindowTitleBar: true });
  doc.setAuthor(properties.author);
  doc.setSubject(properties.subject);
  doc.setKeywords([...properties.keywords]);
  doc.setCreator('Quorum');
  doc.setProducer('Quorum (pdf-lib)');
  doc.setCreationDate(properties.createdAt);
  doc.setModificationDate(properties.createdAt);
  doc.setLanguage(properties.language);
}
