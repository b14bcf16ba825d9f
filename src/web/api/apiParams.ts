import { z } from 'zod';
import { ISO_DATE } from '../../domain/isoDateType.js';
import { ApiProblem } from './apiProblem.js';

/**
 * Query parameters shared by the list routes. Each is a plain zod schema (no transforms), so the
 * OpenAPI document's parameters are generated from the very schemas that validate requests.
 */
export const MAX_PER_PAGE = 100;

/**
 * Integer parameters, which must be written in decimal digits. `z.coerce.number` is JavaScript's
 * Number(), which also reads "1e3", "0x10", " 12" and "12.0"; a client that sends those has made
 * a mistake that should be told, not guessed at. The schemas stay integer schemas (so the OpenAPI
 * document says `integer` with its bounds) and parseQuery checks the digits first.
 */
const DECIMAL_PARAMS = new WeakSet<z.ZodType>();
const DECIMAL_DIGITS = /^[0-9]+$/;

function decimal<S extends z.ZodType>(schema: S): S {
  DECIMAL_PARAMS.add(schema);
  return schema;
}

export const PagingParams = {
  page: decimal(z.coerce.number().int().min(1).max(100000).default(1).describe('Page number, from 1.')),
  per_page: decimal(
    z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(20).describe(`Results per page, at most ${MAX_PER_PAGE}.`),
  ),
};

export const slugParam = (what: string) =>
  z.string().regex(/^[a-z0-9-]{1,100}$/, `Give the ${what}’s slug (lower-case letters, digits and hyphens)`);
export const idParam = (what: string) =>
  z.string().regex(/^[a-z0-9]{1,64}$/, `Give the ${what}’s id (lower-case letters and digits)`);
export const dateParam = (what: string) => z.string().regex(ISO_DATE, `Give ${what} as YYYY-MM-DD`);

export const DateRangeParams = {
  from: dateParam('the first date').optional().describe('On or after this date (YYYY-MM-DD).'),
  to: dateParam('the last date').optional().describe('On or before this date (YYYY-MM-DD).'),
};

/**
 * Validates a query string against a route's parameters. An empty value counts as absent (as the
 * portal's forms send them); the first problem is a 400 that names the parameter.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, query: Record<string, string>): z.output<S> {
  const present = Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== ''));
  for (const [name, value] of Object.entries(present)) {
    const param = (schema.shape as Record<string, z.ZodType | undefined>)[name];
    if (param && DECIMAL_PARAMS.has(param) && !DECIMAL_DIGITS.test(value))
      throw new ApiProblem('invalid_parameter', `${name}: give a whole number in decimal digits, such as 2`, name);
  }
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const parameter = typeof issue?.path[0] === 'string' ? issue.path[0] : null;
  throw new ApiProblem(
    'invalid_parameter',
    `${parameter ? `${parameter}: ` : ''}${issue?.message ?? 'invalid query'}`,
    parameter,
  );
}

/** A date range must not run backwards. */
export function checkRange(range: { from?: string | undefined; to?: string | undefined }): void {
  if (range.from && range.to && range.from > range.to)
    throw new ApiProblem('invalid_parameter', 'to: the last date is before the first', 'to');
}
