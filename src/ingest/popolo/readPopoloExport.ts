import { AppError } from '../../domain/errors.js';
import { PopoloExportSchema, type PopoloExport } from './popoloExportSchema.js';
import { danglingReferences } from './popoloReferences.js';

/**
 * Reads a Quorum Popolo export (`quorum export --format popolo`): JSON whose shape the schema
 * accepts and whose references all resolve. Fails with INPUT_INVALID naming the first problem.
 */
export function readPopoloExport(bytes: Uint8Array): PopoloExport {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new AppError('INPUT_INVALID', `not JSON (${(error as Error).message})`);
  }
  return validatePopoloExport(value);
}

/** Checks a parsed JSON value is a Quorum Popolo export whose references all resolve. */
export function validatePopoloExport(value: unknown): PopoloExport {
  const parsed = PopoloExportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('INPUT_INVALID', `${issue.path.join('.') || 'document'}: ${issue.message}`);
  }
  const dangling = danglingReferences(parsed.data);
  if (dangling.length > 0)
    throw new AppError(
      'INPUT_INVALID',
      `${dangling[0]}${dangling.length > 1 ? ` (and ${dangling.length - 1} more)` : ''}`,
    );
  return parsed.data;
}
