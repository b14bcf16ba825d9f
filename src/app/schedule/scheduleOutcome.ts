import type { z } from 'zod';

/** One problem with what the clerk typed, named by the form field it concerns. */
export interface InputProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * What a scheduling use case gives back: the change made, or the problems with the input and
 * nothing written. Refusals (another body's clerk, a meeting that does not exist, a stale form)
 * are thrown as AppError instead: no form can fix them.
 */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly InputProblem[] };

/** zod's issues as problems: the first per field, starting with a capital as GOV.UK writes them. */
export function problemsOf(error: z.ZodError): InputProblem[] {
  const seen = new Set<string>();
  const problems: InputProblem[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, message: issue.message.charAt(0).toUpperCase() + issue.message.slice(1) });
  }
  return problems;
}
