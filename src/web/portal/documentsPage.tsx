import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import type { DocumentIndexPage, DocumentMeeting } from '../../store/public/publicDocuments.js';
import { formatBytes } from '../format.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';
import { KeysetPagination } from '../pages/pagination.js';

const MEETINGS_NAMED = 2;

/** "Planning Committee, meeting of Tuesday 4 March 2025, and 2 other meetings". */
export function meetingsInWords(meetings: readonly DocumentMeeting[]): string {
  if (meetings.length === 0) return 'Not yet placed at a meeting';
  const named = meetings
    .slice(0, MEETINGS_NAMED)
    .map((m) => `${m.body.name}, meeting of ${formatLongDate(m.date)}`)
    .join('; ');
  const others = meetings.length - MEETINGS_NAMED;
  return others > 0 ? `${named}; and ${others} other meeting${others === 1 ? '' : 's'}` : named;
}

/** What a file is and how big, as a link to a download says it: "PDF, 12 pages, 1.2 MB". */
export function fileDescription(document: {
  readonly mediaType: string;
  readonly pageCount: number | null;
  readonly byteSize: number;
}): string {
  const kind =
    { 'application/pdf': 'PDF', 'text/html': 'Web page', 'text/plain': 'Text', 'application/json': 'JSON' }[
      document.mediaType
    ] ?? document.mediaType;
  const pages = document.pageCount ? `, ${document.pageCount} page${document.pageCount === 1 ? '' : 's'}` : '';
  return `${kind}${pages}, ${formatBytes(document.byteSize)}`;
}

export interface DocumentsPageProps {
  readonly page: DocumentIndexPage;
  /** Whether this is the first page (the title says which page otherwise). */
  readonly first: boolean;
}

/** `/documents`: every public document, newest import first, with what it is and its meetings. */
export function DocumentsPage({ page, first }: DocumentsPageProps): Html {
  return (
    <Layout
      title={first ? 'Documents' : 'Documents (continued)'}
      section="documents"
      breadcrumbs={first ? [] : [{ href: '/documents', text: 'Documents' }]}
    >
      <h1 class="govuk-heading-xl">Documents</h1>
      <p class="govuk-body">
        Agendas, reports and minutes as the council published them, newest first. Each fact on these pages links to the
        place in its document where it was read.
      </p>
      {page.rows.length === 0 ? (
        <p class="govuk-body">No documents are recorded yet.</p>
      ) : (
        <ul class="govuk-list quorum-document-list">
          {page.rows.map((entry) => (
            <li>
              <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
                <a class="govuk-link" href={`/documents/${entry.document.id}`}>
                  {entry.name}
                </a>
              </h2>
              <p class="govuk-body-s govuk-!-margin-bottom-1">{meetingsInWords(entry.meetings)}</p>
              <p class="govuk-body-s govuk-hint">{fileDescription(entry.document)}</p>
            </li>
          ))}
        </ul>
      )}
      <KeysetPagination
        previous={page.newer ? `/documents?before=${encodeURIComponent(page.newer)}` : null}
        next={page.older ? `/documents?after=${encodeURIComponent(page.older)}` : null}
        label="Documents pages"
      />
    </Layout>
  );
}
