/**
 * What a merge of two people (src/app/people/mergePeople.ts) does with each column that refers to
 * people.id. A meeting's record (attendance, declarations, votes…) stays under the name it was
 * recorded with, and is read through `merged_into_id`, so that a merge can be undone and the
 * document's spelling is kept; what belongs to the person (approvals, the register of interests)
 * moves to the kept person. test/store/personReferences.test.ts reads the schema's foreign keys and
 * fails when one is missing here, so that a new table cannot be forgotten by merges.
 */
export type MergeHandling =
  /** The merge itself: the merged person points at the kept one. */
  | 'the merge'
  /** Left under the merged person and read through `merged_into_id` (the public pages, reports). */
  | 'read through the merge'
  /** Moved to the kept person by the merge, and back by its undo. */
  | 'moved to the kept person';

export const PERSON_REFERENCES: Readonly<Record<string, MergeHandling>> = Object.freeze({
  'people.merged_into_id': 'the merge',
  'person_merges.kept_person_id': 'the merge',
  'person_merges.merged_person_id': 'the merge',
  'person_aliases.person_id': 'read through the merge',
  'memberships.person_id': 'read through the merge',
  'officer_posts.person_id': 'read through the merge',
  'attendance.person_id': 'read through the merge',
  'attendance.substitute_for_id': 'read through the merge',
  'declarations.person_id': 'read through the merge',
  'votes.person_id': 'read through the merge',
  'review_flags.person_id': 'read through the merge',
  'absence_approvals.person_id': 'moved to the kept person',
  'interest_entries.person_id': 'moved to the kept person',
  // Only when the kept person's register has never been reviewed: the later review is theirs.
  'interest_reviews.person_id': 'moved to the kept person',
});
