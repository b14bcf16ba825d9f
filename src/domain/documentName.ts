import type { DocumentPartKind } from './sourceDocument.js';

/** What is known of a document that says what it is. */
export interface DocumentNameEvidence {
  /** The title the document gave itself (an HTML page's title), if any. */
  readonly title: string | null;
  /** The kinds of its parts, in order (a pack's front sheet, minutes, reports). */
  readonly partKinds: readonly DocumentPartKind[];
  /** The opening of its text: a council's page or pack says what it is in its first line. */
  readonly opening: string | null;
  /** Titles under which agenda items file it as a paper (a report's own title). */
  readonly paperTitles: readonly string[];
}

/** First lines that name a kind of document, as councils' systems print them. */
const OPENINGS: readonly (readonly [RegExp, string])[] = [
  [/^agenda and minutes\b/i, 'Agenda and minutes'],
  [/^agenda and decisions\b/i, 'Agenda and decisions'],
  [/^public document pack\b/i, 'Agenda pack'],
  [/^(?:draft )?minutes\b/i, 'Minutes'],
  [/^record of decisions?\b/i, 'Record of decisions'],
  [/^decision notice\b/i, 'Decision notice'],
  [/^agenda\b/i, 'Agenda'],
];

/**
 * What a document is, in words a resident uses: its own title; else the title of the report it is
 * filed as; else what its first line or its parts say (an agenda pack, minutes, an agenda); else
 * "Document". Never a file name, which says nothing and may say where the server keeps files.
 */
export function documentName(evidence: DocumentNameEvidence): string {
  const own = evidence.title?.trim();
  if (own) return own;
  const paper = evidence.paperTitles.find((t) => t.trim());
  if (paper) return paper.trim();
  const firstLine =
    (evidence.opening ?? '')
      .split(/\r?\n/)
      .find((l) => l.trim())
      ?.trim() ?? '';
  for (const [pattern, name] of OPENINGS) if (pattern.test(firstLine)) return name;
  const kinds = new Set(evidence.partKinds);
  if (kinds.has('front_sheet')) return kinds.size > 1 ? 'Agenda pack' : 'Agenda';
  if (kinds.size === 1 && kinds.has('minutes')) return 'Minutes';
  if (kinds.size === 1 && kinds.has('report')) return 'Report';
  return 'Document';
}
