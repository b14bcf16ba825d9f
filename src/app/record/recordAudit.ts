import type { Account } from '../../domain/account.js';
import type { CorrectionSubject } from '../../domain/correction.js';
import { randomId } from '../../domain/ids.js';
import type { Repositories } from '../../store/repositories/repositories.js';

/** The audit entry every change of the record writes, in the change's own transaction. */
export async function auditRecordChange(
  repos: Repositories,
  actor: Account,
  at: string,
  change: { action: string; subjectKind: string; subjectId: string; before: unknown; after: unknown },
): Promise<void> {
  await repos.audit.add({ id: randomId(), at, actor: actor.id, ...change });
}

/**
 * Keeps what a document said of each field a clerk changes on a row the document gave
 * (`sourceDocumentId` set): one correction per changed field, naming the account and the time.
 * A field corrected before keeps the document's value from its first correction, so a page can
 * always say what the document said, however many times a clerk has mended it since.
 */
export async function recordCorrections<T extends Record<string, string | null>>(
  repos: Repositories,
  actor: Account,
  at: string,
  subject: { kind: CorrectionSubject; id: string; sourceDocumentId: string | null; imported: boolean },
  before: T,
  after: T,
  changeId: string | null = null,
): Promise<void> {
  if (!subject.imported) return;
  for (const field of Object.keys(after)) {
    if ((before[field] ?? null) === (after[field] ?? null)) continue;
    const earlier = await repos.corrections.documentValue(subject.kind, subject.id, field);
    await repos.corrections.add({
      id: randomId(),
      subjectKind: subject.kind,
      subjectId: subject.id,
      field,
      documentValue: earlier ? earlier.value : (before[field] ?? null),
      correctedValue: after[field] ?? null,
      sourceDocumentId: subject.sourceDocumentId,
      correctedBy: actor.id,
      correctedAt: at,
      changeId,
    });
  }
}
