import { partPageCount, type DocumentWithParts } from '../../domain/packPapers.js';
import type { DocumentPart } from '../../domain/sourceDocument.js';
import { DOCUMENT_PART_LABELS } from '../documentPartLabels.js';
import { pageRange } from '../pageRange.js';
import type { Html } from './html.js';

/**
 * The pack's papers that begin within an item's pages: each as a PDF of its own pages when the pack
 * is a PDF, and as text on the document's page.
 */
export function PackPapers({
  pack,
  papers,
}: {
  pack: DocumentWithParts | undefined;
  papers: readonly DocumentPart[];
}): Html {
  if (!pack || papers.length === 0) return <></>;
  const isPdf = pack.mediaType === 'application/pdf';
  return (
    <ul class="govuk-list">
      {papers.map((p) => {
        const pages = partPageCount(p);
        const label = `${DOCUMENT_PART_LABELS[p.kind] ?? 'Paper'}: ${p.title}`;
        const where = `${pageRange(p.pageStart!, p.pageEnd)} of the pack${pages ? `, ${pages} page${pages === 1 ? '' : 's'}` : ''}`;
        const text = `/documents/${p.documentId}#part-${p.position}`;
        return isPdf ? (
          <li>
            <a class="govuk-link" href={`/documents/${p.documentId}/parts/${p.position}`}>
              {label}
            </a>
            <span class="quorum-meta">{` (PDF, ${where}) `}</span>
            <a class="govuk-link govuk-body-s" href={text}>
              Read as text<span class="govuk-visually-hidden">: {p.title}</span>
            </a>
          </li>
        ) : (
          <li>
            <a class="govuk-link" href={text}>
              {label}
            </a>
            <span class="quorum-meta">{` (${where})`}</span>
          </li>
        );
      })}
    </ul>
  );
}
