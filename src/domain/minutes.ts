export interface MinutePoint {
  readonly id: string;
  readonly itemId: string;
  readonly position: number;
  /** "a", "b", ... "aa" as lettered in the minutes. */
  readonly label: string | null;
  readonly text: string;
}

export const RESOLUTION_KINDS = ['note', 'recommendation', 'request', 'decision', 'other'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

export interface Resolution {
  readonly id: string;
  readonly meetingId: string;
  /** Null when the meeting resolved outside any item: prose minutes with no items. */
  readonly itemId: string | null;
  readonly position: number;
  readonly label: string | null;
  readonly kind: ResolutionKind;
  /** RESOLVED / ORDERED are formal; "AGREED", "It was agreed", "Decision:" are recorded as decisions but not formal. */
  readonly isFormal: boolean;
  readonly text: string;
}

export const VOTE_CHOICES = ['for', 'against', 'abstain', 'not_voting'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** A recorded vote: either one named member's vote, or a count when names were not recorded. */
export interface Vote {
  readonly id: string;
  readonly resolutionId: string;
  readonly personId: string | null;
  readonly choice: VoteChoice;
  readonly count: number | null;
}

const KIND_BY_VERB: readonly [RegExp, ResolutionKind][] = [
  [/^(to )?(recommend|refer)/i, 'recommendation'],
  [/^(to )?(request|ask|invite|seek)/i, 'request'],
  [/^(to )?(note|notes|noted|receive|welcome|thank|acknowledge)\b/i, 'note'],
  [
    /^(to )?(approve|agree|adopt|confirm|appoint|endorse|authori[sz]e|delegate|reject|defer|refuse|grant|accept|decide|establish)/i,
    'decision',
  ],
];

/** The kind of a resolution from its opening verb; the scrutiny tracker follows recommendations and requests. */
const SUBJECT = /^(that|it be|it was|the (\w+ )?(committee|board|panel|council|cabinet|sub-committee))\s+/i;
const PASSIVE_DECISION =
  /^[^.]{0,120}?\b(be|is|are|was|were) (approved|agreed|adopted|refused|granted|rejected|deferred|confirmed|appointed|accepted|endorsed)\b/i;

/** "officers be asked to report back": a request made of someone, in the passive. */
const PASSIVE_REQUEST = /^[^.]{0,120}?\b(be|is|are) (asked|requested|invited)\b/i;

export function resolutionKindOf(text: string): ResolutionKind {
  let t = text.trim();
  for (let previous = ''; previous !== t;) {
    previous = t;
    t = t.replace(SUBJECT, '');
  }
  for (const [pattern, kind] of KIND_BY_VERB) if (pattern.test(t)) return kind;
  if (/\brecommend/i.test(t)) return 'recommendation';
  if (PASSIVE_REQUEST.test(t)) return 'request';
  if (PASSIVE_DECISION.test(t)) return 'decision';
  return 'other';
}
