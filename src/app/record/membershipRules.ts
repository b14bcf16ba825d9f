import { AppError } from '../../domain/errors.js';
import type { Body } from '../../domain/body.js';
import type { MembershipFields } from './bodyInputs.js';

/**
 * What every membership a clerk enters or corrects must satisfy: dates in order, a vote other than
 * a full one only for a co-optee, a substitute only where the body allows them.
 * @throws AppError INPUT_INVALID naming the problem.
 */
export function checkMembershipFields(body: Body, fields: MembershipFields): MembershipFields {
  if (fields.startsOn && fields.endsOn && fields.endsOn < fields.startsOn)
    throw new AppError('INPUT_INVALID', 'the end date must be the same as or after the start date');
  if (fields.role === 'substitute' && !body.allowsSubstitutes)
    throw new AppError('INPUT_INVALID', `${body.name} does not allow substitutes`);
  if (fields.role !== 'co_optee' && fields.votingScope !== 'full')
    throw new AppError('INPUT_INVALID', 'only a co-optee can have no vote or a vote on education matters only');
  if (fields.party !== null && fields.party.length > 120)
    throw new AppError('INPUT_INVALID', 'the political group must be 120 characters or fewer');
  // Only the fields a clerk sets: an input carrying more (a whole membership) changes nothing else.
  const { role, votingScope, party, startsOn, endsOn } = fields;
  return { role, votingScope, party, startsOn, endsOn };
}
