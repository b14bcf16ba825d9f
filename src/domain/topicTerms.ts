/**
 * The words of an item title that say what it is about, for following a topic across meetings
 * ("Children's Services Improvement" in 2021 and "Children's Integrated Services Improvement
 * Programme" in 2024). Procedural words and numbers say nothing about the subject.
 */
const STOPWORDS = new Set(
  `a an and are as at be by for from in into is it of on or the to with within than that this these those
  report reports update updates verbal draft final annual quarterly interim item items minute minutes
  committee committees board panel council cabinet executive member members portfolio holder officer officers
  statutory scrutiny presentation paper papers review reviews consideration considered proposal proposals
  matter matters issue issues other any business including regarding re new year years meeting meetings
  q1 q2 q3 q4 january february march april may june july august september october november december`.split(/\s+/),
);

/** Folds plurals and possessives so "services", "service" and "children's" meet. */
function stem(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is') && word.length > 3)
    return word.slice(0, -1);
  return word;
}

export function topicTerms(title: string): string[] {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .match(/[a-z][a-z0-9-]*/g);
  const out = new Set<string>();
  for (const raw of words ?? []) {
    for (const part of raw.split('-')) {
      if (part.length < 3 || STOPWORDS.has(part) || /\d/.test(part)) continue;
      out.add(stem(part));
    }
  }
  return [...out];
}

export interface TopicMatch {
  readonly shared: readonly string[];
  /**
   * Weighted overlap, 0..1: the shared words' weight over the lighter title's; rare words count more than common ones.
   */
  readonly score: number;
}

/**
 * How strongly two items share a topic. `weight` gives each term's weight (e.g. inverse document
 * frequency). Items sharing one word only are not a topic, however rare the word.
 */
export function topicMatch(
  a: readonly string[],
  b: readonly string[],
  weight: (term: string) => number,
): TopicMatch | null {
  const bs = new Set(b);
  const shared = a.filter((t) => bs.has(t));
  if (shared.length < 2) return null;
  const sum = (terms: Iterable<string>): number => {
    let n = 0;
    for (const t of terms) n += weight(t);
    return n;
  };
  // Overlap with the shorter title, not Jaccard: a topic's title grows words over the years.
  const score = sum(shared) / Math.min(sum(new Set(a)), sum(bs));
  return score >= 0.5 ? { shared, score } : null;
}
