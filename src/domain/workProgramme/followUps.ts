import type { ResolutionKind } from '../minutes.js';

/*
 * Follow-ups (issue 18 item 4): a resolution asking for a topic to come back ("officers be asked to
 * return to a future meeting", "requested further information on ...") becomes a work programme
 * entry, due at the body's next meeting unless the clerk moves it. Read from the words, as a clerk
 * would; a note ("noted the report") never is one.
 */
const FOLLOW_UP = [
  /\b(return|come back|report back|bring back|be brought back)\b/i,
  /\b(further|more|additional) (information|details|data|report|update)\b/i,
  /\b(an? |further |progress |regular )?update\b.{0,60}\b(future|next|later|subsequent) (meeting|committee)\b/i,
  /\bprogress report\b/i,
];

export function isFollowUpResolution(resolution: {
  readonly kind: ResolutionKind | string;
  readonly text: string;
}): boolean {
  if (resolution.kind === 'note' && !/\b(return|report back|further information)\b/i.test(resolution.text))
    return false;
  return FOLLOW_UP.some((p) => p.test(resolution.text));
}

/** A topic for the entry: the resolution's first sentence, kept short enough for a table cell. */
export function followUpTopic(text: string, itemTitle: string, max = 200): string {
  const title = itemTitle.trim();
  const base = title ? `${title}: follow-up` : (text.trim().split(/(?<=\.)\s/)[0] ?? text.trim());
  return base.length > max ? `${base.slice(0, max - 1)}…` : base;
}
