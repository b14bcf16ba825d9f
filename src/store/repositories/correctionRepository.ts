import type { Kysely } from 'kysely';
import type { Correction, CorrectionSubject } from '../../domain/correction.js';
import type { Database } from '../database.js';

/** A correction as it is stored: by account id, shown by the account's email address. */
export interface CorrectionEntry extends Omit<Correction, 'correctedBy'> {
  /** The account id that corrected it. */
  readonly correctedBy: string;
  /** The person change (rename) the correction came with, so that undoing it takes the correction back too. */
  readonly changeId: string | null;
}

/** What documents said of facts clerks have corrected, and who corrected them when. */
export class CorrectionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(entry: CorrectionEntry): Promise<void> {
    await this.db.insertInto('corrections').values(entry).execute();
  }

  /**
   * The corrections of these subjects, oldest first, each with the email address of the account
   * that made it (an account since removed shows as "a clerk").
   */
  async of(subjectKind: CorrectionSubject, subjectIds: readonly string[]): Promise<Correction[]> {
    if (subjectIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('corrections')
      .leftJoin('accounts', 'accounts.id', 'corrections.correctedBy')
      .selectAll('corrections')
      .select('accounts.email')
      .where('corrections.subjectKind', '=', subjectKind)
      .where('corrections.subjectId', 'in', [...subjectIds])
      .orderBy('corrections.correctedAt')
      .orderBy('corrections.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      subjectKind: r.subjectKind as CorrectionSubject,
      subjectId: r.subjectId,
      field: r.field,
      documentValue: r.documentValue,
      correctedValue: r.correctedValue,
      sourceDocumentId: r.sourceDocumentId,
      correctedBy: r.email ?? 'a clerk',
      correctedAt: r.correctedAt,
    }));
  }

  /** The value a field had before any correction: what the document said, if it was ever corrected. */
  async documentValue(
    subjectKind: CorrectionSubject,
    subjectId: string,
    field: string,
  ): Promise<{ value: string | null } | undefined> {
    const row = await this.db
      .selectFrom('corrections')
      .select('documentValue')
      .where('subjectKind', '=', subjectKind)
      .where('subjectId', '=', subjectId)
      .where('field', '=', field)
      .orderBy('correctedAt')
      .orderBy('id')
      .executeTakeFirst();
    return row && { value: row.documentValue };
  }

  /** Whether anything of this subject was ever corrected (so it came from a document). */
  async has(subjectKind: CorrectionSubject, subjectId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('corrections')
      .select('id')
      .where('subjectKind', '=', subjectKind)
      .where('subjectId', '=', subjectId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Takes back the corrections a person change made (the change was undone). */
  async removeForChange(changeId: string): Promise<void> {
    await this.db.deleteFrom('corrections').where('changeId', '=', changeId).execute();
  }
}
