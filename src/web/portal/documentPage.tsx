import { formatDate, formatLongDate } from '../../domain/calendar/dateInWords.js';
import type { DocumentView } from '../../store/public/publicDocuments.js';
import { DOCUMENT_PART_LABELS } from '../documentPartLabels.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';
import { formatBytes } from '../format.js';
import { pageRange } from '../pageRange.js';
import { documentSegments } from './documentSegments.js';
import { fileDescription } from './documentsPage.js';
import { isMadeHere } from '../../domain/sourceDocument.js';

/** Only web addresses become links: a file path or a `javascript:` origin is shown as text. */
export function safeHttpUrl(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export interface DocumentPageProps {
  readonly view: DocumentView;
  /** The span to highlight ("where this was read"). */
  readonly highlight: { readonly start: number; readonly end: number; readonly page: number | null } | null;
}

export function DocumentPage({ view, highlight }: DocumentPageProps): Html {
  const { document, parts } = view;
  const text = view.text ?? '';
  const url = safeHttpUrl(document.origin);
  const madeHere = isMadeHere(document);
  const hl = highlight && highlight.start < highlight.end && highlight.end <= text.length ? highlight : null;
  const segments = documentSegments(
    text,
    parts.map((p) => ({ anchor: `part-${p.position}`, offset: p.startOffset })),
    hl,
  );
  const own = view.meetings[0];
  // "Agenda pack - Planning Committee, 4 March 2025": what it is, then whose and when.
  const title = own ? `${view.name} - ${own.body.name}, ${formatLongDate(own.date)}` : view.name;
  return (
    <Layout title={title} section="documents" breadcrumbs={[{ href: '/documents', text: 'Documents' }]}>
      <span class="govuk-caption-l">{own ? own.body.name : 'Source document'}</span>
      <h1 class="govuk-heading-xl">{own ? `${view.name}, ${formatLongDate(own.date)}` : view.name}</h1>
      {view.unplaced ? (
        <div class="govuk-inset-text">
          {`Not yet placed at a meeting: ${view.unplaced}. The text below is kept and searchable while a clerk reviews it.`}
        </div>
      ) : (
        ''
      )}
      <dl class="govuk-summary-list">
        {view.meetings.length > 0 ? (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{view.meetings.length === 1 ? 'Meeting' : 'Meetings'}</dt>
            <dd class="govuk-summary-list__value">
              <ul class="govuk-list">
                {view.meetings.map((m) => (
                  <li>
                    <a class="govuk-link" href={`/meetings/${m.id}`}>
                      {`${m.body.name}, ${formatLongDate(m.date)}`}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : (
          ''
        )}
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Published at</dt>
          <dd class="govuk-summary-list__value">
            {url ? (
              <a class="govuk-link quorum-break-anywhere" href={url} rel="noopener noreferrer">
                {url}
              </a>
            ) : madeHere ? (
              'On this site: the council published it through Quorum.'
            ) : (
              // A file given to the importer: where the server kept it is no one's business.
              'The council’s web address for this document was not recorded when it was imported.'
            )}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Type</dt>
          <dd class="govuk-summary-list__value">{fileDescription(document)}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Original file</dt>
          <dd class="govuk-summary-list__value">
            {view.hasWithheldPassages ? (
              'Not offered: the document holds exempt information, which is withheld from the text below.'
            ) : (
              <a class="govuk-link" href={`/documents/${document.id}/original`} download>
                {`${madeHere ? 'Download the document' : 'Download the document as imported'} (${formatBytes(document.byteSize)})`}
              </a>
            )}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{madeHere ? 'Published' : 'Imported'}</dt>
          <dd class="govuk-summary-list__value">{formatDate(document.importedAt.slice(0, 10))}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Content hash (SHA-256)</dt>
          <dd class="govuk-summary-list__value hash">{document.contentHash}</dd>
        </div>
      </dl>
      {parts.length > 0 ? (
        <>
          <h2 class="govuk-heading-l">Parts</h2>
          <ul class="govuk-list">
            {parts.map((p) => (
              <li>
                <a
                  class="govuk-link"
                  href={`#part-${p.position}`}
                >{`${DOCUMENT_PART_LABELS[p.kind] ?? p.kind}: ${p.title}`}</a>
                {p.pageStart ? ` (${pageRange(p.pageStart, p.pageEnd)})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-l">Text</h2>
      {hl ? (
        <p class="govuk-body">{`The highlighted passage${hl.page ? ` on page ${hl.page}` : ''} is where the fact was read.`}</p>
      ) : (
        ''
      )}
      <pre class="document-text" tabindex={0} aria-label="Text of the document">
        {segments.map((seg, n) => {
          const first = seg.marked && !segments[n - 1]?.marked;
          const content = seg.marked ? <mark id={first ? 'at' : undefined}>{seg.text}</mark> : seg.text;
          return seg.anchor ? <span id={seg.anchor}>{content}</span> : content;
        })}
      </pre>
    </Layout>
  );
}
