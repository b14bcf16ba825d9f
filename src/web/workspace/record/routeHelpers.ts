import { StaleRecordError } from '../../../app/record/staleRecord.js';
import { AppError } from '../../../domain/errors.js';
import type { FormReader } from './recordForms.js';

/**
 * Runs a use case; a refusal of the input (INPUT_INVALID, CONFLICT) becomes an error beside `field`
 * and false, so the form is shown again with what was typed. A save from a page older than the row
 * (StaleRecordError) marks the form stale and gives false: the route answers 409 with the row as it
 * is now. Anything else (FORBIDDEN, NOT_FOUND) goes on to the app's error page with its status.
 */
export async function attempt(form: FormReader, field: string, work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (error instanceof StaleRecordError) {
      form.stale = true;
      return false;
    }
    if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT'].includes(error.code)) throw error;
    form.fail(field, error.message);
    return false;
  }
}

/** The day the workspace believes it is, for "current" members. */
export function todayOf(now: () => Date): string {
  return now().toISOString().slice(0, 10);
}
