import type { SourceLink } from '../../store/public/publicRefs.js';
import type { Html } from './html.js';

export function sourceHref(source: SourceLink): string {
  return `/documents/${source.documentId}?at=${source.provenanceId}#at`;
}

/** "Where this was read": a link to the passage of the source document a fact came from. */
export function FromLink({ source, what }: { source: SourceLink | null; what: string }): Html {
  if (!source) return <></>;
  return (
    <a class="govuk-link govuk-body-s from-link" href={sourceHref(source)}>
      {`Where this was read${source.page ? ` (page ${source.page})` : ''}`}
      <span class="govuk-visually-hidden">{`: ${what}`}</span>
    </a>
  );
}
