import {
  keyForQuestion,
  maxTotal,
  type Prioritisation,
  type PrioritisationCriterion,
} from '../../../domain/workProgramme/prioritisation.js';
import type { FieldError } from '../forms/formFields.js';

/** One listed criterion as the form shows it: as stored, or as typed when it comes back with errors. */
export interface CriterionRow {
  readonly key: string;
  readonly question: string;
  readonly maxScore: string;
  readonly countsAgainst: boolean;
  readonly remove: boolean;
}

/** The form's blank row, for a criterion to add. */
export interface NewCriterionRow {
  readonly question: string;
  readonly maxScore: string;
  readonly countsAgainst: boolean;
}

export interface PrioritisationValues {
  readonly rows: readonly CriterionRow[];
  readonly added: NewCriterionRow;
  readonly threshold: string;
}

/** The most criteria the domain allows (PrioritisationSchema); the form never reads more rows than this. */
const MAX_ROWS = 20;
const BLANK_ROW: NewCriterionRow = { question: '', maxScore: '3', countsAgainst: false };
const WHOLE = /^\d{1,3}$/;

export function valuesOfPrioritisation(p: Prioritisation): PrioritisationValues {
  return {
    rows: p.criteria.map((c) => ({
      key: c.key,
      question: c.question,
      maxScore: String(c.maxScore),
      countsAgainst: c.countsAgainst,
      remove: false,
    })),
    added: BLANK_ROW,
    threshold: String(p.threshold),
  };
}

/** The form as posted: rows `0…rows-1` (`key-n`, `question-n`, `max-n`, `against-n`, `remove-n`) and the `-new` row. */
export function prioritisationValuesFrom(form: Readonly<Record<string, string>>): PrioritisationValues {
  const count = Math.min(MAX_ROWS, Math.max(0, Number.parseInt(form.rows ?? '0', 10) || 0));
  const rows: CriterionRow[] = [];
  for (let n = 0; n < count; n++)
    rows.push({
      key: form[`key-${n}`] ?? '',
      question: form[`question-${n}`] ?? '',
      maxScore: form[`max-${n}`] ?? '',
      countsAgainst: form[`against-${n}`] === 'yes',
      remove: form[`remove-${n}`] === 'yes',
    });
  return {
    rows,
    added: {
      question: form['question-new'] ?? '',
      maxScore: form['max-new'] ?? '',
      countsAgainst: form['against-new'] === 'yes',
    },
    threshold: form.threshold ?? '',
  };
}

export type CheckedPrioritisation =
  | { readonly ok: true; readonly prioritisation: Prioritisation }
  | { readonly ok: false; readonly errors: FieldError[] };

function maxScoreError(field: string, value: string, what: string): FieldError | null {
  const v = value.trim();
  if (WHOLE.test(v) && Number(v) >= 1 && Number(v) <= 10) return null;
  return { field, message: `Enter the highest score ${what} as a whole number from 1 to 10` };
}

/**
 * The criteria and threshold the form asks for, or what is wrong with it, each problem on its field.
 * A removed row is dropped whatever it says; a new row counts only when its question is filled in, and
 * gets a key made from its words (scores refer to keys, which an administrator never types).
 */
export function checkPrioritisationForm(values: PrioritisationValues): CheckedPrioritisation {
  const errors: FieldError[] = [];
  const criteria: PrioritisationCriterion[] = [];
  values.rows.forEach((row, n) => {
    if (row.remove) return;
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(row.key)) {
      errors.push({ field: `question-${n}`, message: `Question ${n + 1} has lost its key: reload the page` });
      return;
    }
    const question = row.question.trim();
    if (question === '') errors.push({ field: `question-${n}`, message: `Enter question ${n + 1}, or remove it` });
    else if (question.length > 300)
      errors.push({ field: `question-${n}`, message: `Question ${n + 1} must be 300 characters or fewer` });
    const maxError = maxScoreError(`max-${n}`, row.maxScore, `for question ${n + 1}`);
    if (maxError) errors.push(maxError);
    criteria.push({ key: row.key, question, maxScore: Number(row.maxScore.trim()), countsAgainst: row.countsAgainst });
  });
  const newQuestion = values.added.question.trim();
  if (newQuestion !== '') {
    if (newQuestion.length > 300)
      errors.push({ field: 'question-new', message: 'The new question must be 300 characters or fewer' });
    const maxError = maxScoreError('max-new', values.added.maxScore, 'for the new question');
    if (maxError) errors.push(maxError);
    criteria.push({
      key: keyForQuestion(newQuestion, new Set(criteria.map((c) => c.key))),
      question: newQuestion,
      maxScore: Number(values.added.maxScore.trim()),
      countsAgainst: values.added.countsAgainst,
    });
  }
  if (criteria.length === 0)
    errors.push({
      field: values.rows.length ? 'remove-0' : 'question-new',
      message: 'Keep at least one question, or add one',
    });
  if (criteria.length > MAX_ROWS)
    errors.push({ field: 'question-new', message: `There can be at most ${MAX_ROWS} questions: remove one first` });
  if (new Set(criteria.map((c) => c.key)).size !== criteria.length)
    errors.push({ field: 'question-0', message: 'Two questions have the same key: reload the page' });
  const threshold = values.threshold.trim();
  if (!WHOLE.test(threshold))
    errors.push({ field: 'threshold', message: 'Enter the threshold as a whole number, like 9' });
  else if (errors.length === 0 && Number(threshold) > maxTotal(criteria))
    errors.push({
      field: 'threshold',
      message: `Enter a threshold of ${maxTotal(criteria)} or less: that is the most a topic can score`,
    });
  if (errors.length) return { ok: false, errors };
  return { ok: true, prioritisation: { criteria, threshold: Number(threshold) } };
}
