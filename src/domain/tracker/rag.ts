/**
 * The committee's view of how a recommendation is going: red (off track), amber (at risk), green
 * (on track), or paused (the committee has agreed to stop following it for now). Null until the
 * committee gives one.
 */
export const RAG_RATINGS = ['red', 'amber', 'green', 'paused'] as const;
export type RagRating = (typeof RAG_RATINGS)[number];

export const RAG_LABELS: Readonly<Record<RagRating, string>> = Object.freeze({
  red: 'Red: off track',
  amber: 'Amber: at risk',
  green: 'Green: on track',
  paused: 'Paused',
});

export function isRagRating(value: unknown): value is RagRating {
  return typeof value === 'string' && (RAG_RATINGS as readonly string[]).includes(value);
}
