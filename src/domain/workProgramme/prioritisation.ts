import { z } from 'zod';

/**
 * Prioritising a work programme (issue 18 item 4): each topic is scored against the questions of
 * the council's Overview and Scrutiny Protocol, and the total compared with a threshold. The
 * questions and the threshold are the council's to change; the protocol's are the default.
 */
export interface PrioritisationCriterion {
  /** Stable key the stored scores refer to. */
  readonly key: string;
  readonly question: string;
  /** Scores run from 0 to this. */
  readonly maxScore: number;
  /**
   * A question whose "yes" argues against taking the topic ("is it already reviewed elsewhere?"):
   * it adds `maxScore - score`, so a high score lowers the total.
   */
  readonly countsAgainst: boolean;
}

export interface Prioritisation {
  readonly criteria: readonly PrioritisationCriterion[];
  /** A topic whose total reaches this is a priority. */
  readonly threshold: number;
}

/**
 * The seeds' protocol: "good topics for Overview and Scrutiny to consider are those that are critical
 * to the effectiveness of the Council, are a big priority or concern to their communities, pose a
 * significant risk ..., present a significant opportunity for Overview and Scrutiny to make a
 * meaningful contribution"; and scrutiny "must add value and not duplicate" other review (GLOSSARY).
 * Scored 0 (no) to 3 (strongly); a topic needs 9 of the 15 points, a clear "yes" on three questions.
 */
export const DEFAULT_PRIORITISATION: Prioritisation = Object.freeze({
  criteria: Object.freeze([
    {
      key: 'effectiveness',
      question: 'Is it critical to the effectiveness of the council?',
      maxScore: 3,
      countsAgainst: false,
    },
    {
      key: 'communities',
      question: 'Is it a big priority or concern to communities?',
      maxScore: 3,
      countsAgainst: false,
    },
    {
      key: 'risk',
      question: 'Does it pose a significant risk or threat to the council and the community?',
      maxScore: 3,
      countsAgainst: false,
    },
    { key: 'difference', question: 'Can scrutiny make a meaningful contribution?', maxScore: 3, countsAgainst: false },
    { key: 'elsewhere', question: 'Is it already reviewed elsewhere?', maxScore: 3, countsAgainst: true },
  ]),
  threshold: 9,
});

const CriterionSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'a criterion key is lower-case letters, digits and _, starting with a letter'),
  question: z.string().trim().min(1, 'enter the question').max(300, 'a question must be 300 characters or fewer'),
  maxScore: z.number().int().min(1).max(10),
  countsAgainst: z.boolean(),
});

export const PrioritisationSchema = z
  .object({
    criteria: z.array(CriterionSchema).min(1, 'at least one criterion').max(20),
    threshold: z.number().int().min(0),
  })
  .refine((p) => new Set(p.criteria.map((c) => c.key)).size === p.criteria.length, {
    message: 'each criterion needs its own key',
    path: ['criteria'],
  })
  .refine((p) => p.threshold <= maxTotal(p.criteria), {
    message: 'the threshold is more than a topic can score',
    path: ['threshold'],
  });

/**
 * A stable key for a criterion added under `question`: its words in lower case joined by `_`, and
 * a number after it where a listed criterion has it. Scores refer to keys, so a question removed and
 * later added again in the same words gets its key, and its old scores, back.
 */
export function keyForQuestion(question: string, taken: ReadonlySet<string>): string {
  const words = question
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let base = words.join('_').slice(0, 32).replace(/_+$/, '');
  if (!/^[a-z]/.test(base)) base = `c_${base}`.replace(/_+$/, '');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

export function maxTotal(criteria: readonly Pick<PrioritisationCriterion, 'maxScore'>[]): number {
  return criteria.reduce((sum, c) => sum + c.maxScore, 0);
}

/** One criterion's score on one entry, with who gave it and when. */
export interface CriterionScore {
  readonly criterion: string;
  readonly score: number;
  readonly scoredBy: string;
  readonly scoredAt: string;
}

export interface PriorityAssessment {
  /** null until every criterion is scored: a half-scored topic is neither in nor out. */
  readonly total: number | null;
  readonly max: number;
  readonly threshold: number;
  readonly meetsThreshold: boolean | null;
  readonly missing: readonly string[];
}

/** The total of an entry's scores under the council's criteria; scores of criteria since removed are ignored. */
export function assessPriority(
  prioritisation: Prioritisation,
  scores: readonly Pick<CriterionScore, 'criterion' | 'score'>[],
): PriorityAssessment {
  const byKey = new Map(scores.map((s) => [s.criterion, s.score]));
  let total = 0;
  const missing: string[] = [];
  for (const c of prioritisation.criteria) {
    const score = byKey.get(c.key);
    if (score === undefined) {
      missing.push(c.key);
      continue;
    }
    const bounded = Math.max(0, Math.min(c.maxScore, score));
    total += c.countsAgainst ? c.maxScore - bounded : bounded;
  }
  const complete = missing.length === 0;
  return {
    total: complete ? total : null,
    max: maxTotal(prioritisation.criteria),
    threshold: prioritisation.threshold,
    meetsThreshold: complete ? total >= prioritisation.threshold : null,
    missing,
  };
}
