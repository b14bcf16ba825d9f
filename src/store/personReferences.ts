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

/**
 * What a split of a person (src/app/people/splitPerson.ts) does with each column that refers to
 * people.id, for the records at the meetings chosen. A meeting's record moves with the meetings
 * (so that no meeting names one person present and another voting); what belongs to the person
 * moves only where the clerk chooses it; what is derived is recomputed for both. The undo of a
 * split that made a new person refuses while anything else refers to them (the foreign keys would
 * delete it or leave it naming nobody). The same test keeps this list complete.
 */
export type SplitHandling =
  /** Not a split's business: merges stay as they are (a split takes records, not spellings merged). */
  | 'left as it is'
  /** Moved (or, for names fused into one, copied) with the chosen meetings' records. */
  | 'moved with the chosen meetings'
  /** Moved only with the chosen meetings' records, never copied: the vote or substitution was of one person. */
  | 'moved with the chosen meetings, not copied'
  /** Moved only where the clerk chooses it (`approvalIds`, `interestEntryIds`, `moveReview`, `aliases`). */
  | 'moved where the clerk chooses'
  /** Recomputed for both people from the attendance each then has. */
  | 'recomputed'
  /** Stays with the person split from. */
  | 'stays';

export const SPLIT_REFERENCES: Readonly<Record<string, SplitHandling>> = Object.freeze({
  'people.merged_into_id': 'left as it is',
  'person_merges.kept_person_id': 'left as it is',
  'person_merges.merged_person_id': 'left as it is',
  'person_aliases.person_id': 'moved where the clerk chooses',
  'memberships.person_id': 'recomputed',
  'officer_posts.person_id': 'recomputed',
  'attendance.person_id': 'moved with the chosen meetings',
  'attendance.substitute_for_id': 'moved with the chosen meetings, not copied',
  'declarations.person_id': 'moved with the chosen meetings',
  'votes.person_id': 'moved with the chosen meetings, not copied',
  // A flag an import raised is about the name as met then; the clerk dismisses it.
  'review_flags.person_id': 'stays',
  'absence_approvals.person_id': 'moved where the clerk chooses',
  // With each entry its state (interest_entry_states, keyed by the entry, not the person).
  'interest_entries.person_id': 'moved where the clerk chooses',
  'interest_reviews.person_id': 'moved where the clerk chooses',
});
