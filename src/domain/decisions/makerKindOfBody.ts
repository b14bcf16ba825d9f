import type { BodyKind } from '../body.js';
import type { DecisionMakerKind } from './decisionNotice.js';

/**
 * The decision maker a meeting of this kind of body is, for a notice opened from the meeting: the
 * council, the executive together, or a committee (sub-committees, boards and panels decide as
 * committees do). A partnership or other body is left for the clerk to say: it may be advisory only.
 */
export function makerKindOfBody(kind: BodyKind): DecisionMakerKind | null {
  switch (kind) {
    case 'full_council':
      return 'council';
    case 'executive':
      return 'executive';
    case 'committee':
    case 'sub_committee':
    case 'board':
    case 'panel':
      return 'committee';
    default:
      return null;
  }
}
