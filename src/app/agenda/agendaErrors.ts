import { AppError } from '../../domain/errors.js';

/**
 * The agenda changed since the form was opened (optimistic locking): nothing was saved. The web
 * answers 409 with the current agenda and what was typed.
 */
export class StaleAgendaError extends AppError {
  constructor(readonly meetingId: string) {
    super('CONFLICT', 'someone else changed this agenda since you opened it; your change was not saved');
    this.name = 'StaleAgendaError';
  }
}

/** A problem with one field of a form, for the error summary and beside the field. */
export interface AgendaFieldProblem {
  readonly field: string;
  readonly message: string;
}

/** What the clerk typed or sent cannot be used; each problem names its field. Nothing was saved. */
export class AgendaInputError extends AppError {
  constructor(readonly problems: readonly AgendaFieldProblem[]) {
    super('INPUT_INVALID', problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'AgendaInputError';
  }
}
