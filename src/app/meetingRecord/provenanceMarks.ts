import type { SpanInput } from '../../domain/meetingRecord.js';
import { pageAt, type Provenance, type SubjectKind } from '../../domain/provenance.js';

/** Collects where each fact of a record was read, to store them in one go. */
export class ProvenanceMarks {
  readonly #marks: Provenance[] = [];

  constructor(
    private readonly documentId: string | null,
    private readonly pageStarts: readonly number[],
  ) {}

  get all(): readonly Provenance[] {
    return this.#marks;
  }

  /** Notes that `field` of a subject (null: the whole subject) was read at `span`; facts entered by hand have none. */
  mark(subjectKind: SubjectKind, subjectId: string, field: string | null, span: SpanInput | null | undefined): void {
    if (!this.documentId || !span) return;
    this.#marks.push({
      subjectKind,
      subjectId,
      field,
      documentId: this.documentId,
      startOffset: span.start,
      endOffset: span.end,
      page: pageAt(this.pageStarts, span.start),
      inferred: span.inferred === true,
    });
  }
}
