/**
 * A clerk's correction of the people record, kept with what it changed so that it can be undone:
 * - `rename`: the name shown (the spelling is kept as an alias, so later documents follow it);
 * - `merge`: one person is another (reversible: the merged person points at the kept one);
 * - `split`: chosen attendance and declaration records (with the named votes and substitutions
 *   at those meetings) move (or, for two names fused into one, are copied) to a new person, with
 *   the absence approvals and register entries the clerk chooses;
 * - `undo`: reverses an earlier change, which is then marked undone.
 */
export const PERSON_CHANGE_KINDS = ['rename', 'merge', 'split', 'undo'] as const;
export type PersonChangeKind = (typeof PERSON_CHANGE_KINDS)[number];

export interface PersonNameFields {
  readonly displayName: string;
  readonly honorific: string | null;
  readonly givenName: string | null;
  readonly familyName: string | null;
}

export interface RenameChange {
  readonly kind: 'rename';
  readonly before: PersonNameFields;
  readonly after: PersonNameFields & { readonly addedAliasId: string | null };
}

export interface MergeChange {
  readonly kind: 'merge';
  /** What the merged person and those merged into it pointed at before. */
  readonly before: { readonly mergedIntoId: string | null; readonly repointed: readonly string[] };
  readonly after: {
    readonly mergedIntoId: string;
    readonly mergeRecordId: string;
    /**
     * What belongs to a person rather than to a meeting's record, moved to the kept person (absent
     * from merges made before they were moved): absence approvals, register of interests entries,
     * and the register's last review if the kept person had none (its former owner).
     */
    readonly movedApprovals?: readonly { readonly id: string; readonly from: string }[];
    readonly movedInterestEntries?: readonly { readonly id: string; readonly from: string }[];
    readonly movedReviewFrom?: string | null;
  };
}

export interface SplitChange {
  readonly kind: 'split';
  readonly before: { readonly meetingIds: readonly string[] };
  readonly after: {
    readonly newPersonId: string;
    /** Records moved to the new person, with the person each was under. */
    readonly movedAttendance: readonly { readonly id: string; readonly from: string }[];
    readonly movedDeclarations: readonly { readonly id: string; readonly from: string }[];
    /** Records copied to the new person (names fused by a lost line break): removed on undo. */
    readonly copiedAttendance: readonly string[];
    readonly copiedDeclarations: readonly string[];
    readonly movedAliases: readonly { readonly id: string; readonly from: string }[];
    /**
     * Absent from splits made before these moved. Votes cast by name and lines substituting for the
     * person, at the chosen meetings (a move only: a copy leaves them with the name they were under).
     */
    readonly movedVotes?: readonly { readonly id: string; readonly from: string }[];
    readonly movedSubstitutions?: readonly { readonly id: string; readonly from: string }[];
    /** What belongs to the person, moved where the clerk chose: approvals, register entries, its review. */
    readonly movedApprovals?: readonly { readonly id: string; readonly from: string }[];
    readonly movedInterestEntries?: readonly { readonly id: string; readonly from: string }[];
    readonly movedReviewFrom?: string | null;
  };
}

export interface UndoChange {
  readonly kind: 'undo';
  readonly before: Record<string, never>;
  readonly after: Record<string, never>;
}

export type PersonChangeDetail = RenameChange | MergeChange | SplitChange | UndoChange;

export type PersonChange = PersonChangeDetail & {
  readonly id: string;
  readonly personId: string;
  readonly otherPersonId: string | null;
  readonly madeBy: string;
  /** An ISO instant; changes are ordered by it (the use cases keep it strictly increasing). */
  readonly madeAt: string;
  readonly undoesId: string | null;
  readonly undoneById: string | null;
};

/** Every person a change touched: a later change to any of them must be undone first. */
export function peopleTouchedBy(change: PersonChange): string[] {
  const ids = [change.personId, ...(change.otherPersonId ? [change.otherPersonId] : [])];
  if (change.kind === 'merge') ids.push(...change.before.repointed);
  if (change.kind === 'split') ids.push(change.after.newPersonId);
  return [...new Set(ids)];
}

/** One line saying what a change did, for the audit listing. */
export function describePersonChange(change: PersonChange, nameOf: (id: string) => string): string {
  switch (change.kind) {
    case 'rename':
      return `renamed "${change.before.displayName}" to "${change.after.displayName}"`;
    case 'merge':
      return `merged ${nameOf(change.otherPersonId ?? '')} into ${nameOf(change.personId)}`;
    case 'split': {
      const moved = change.after.movedAttendance.length + change.after.movedDeclarations.length;
      const copied = change.after.copiedAttendance.length + change.after.copiedDeclarations.length;
      return `split ${nameOf(change.after.newPersonId)} from ${nameOf(change.personId)} (${moved} record(s) moved, ${copied} copied)`;
    }
    case 'undo':
      return `undid change ${change.undoesId ?? ''}`;
  }
}
