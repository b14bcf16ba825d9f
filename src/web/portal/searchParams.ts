import { z } from 'zod';
import { ISO_DATE } from '../../domain/isoDateType.js';
import { SEARCH_KINDS } from '../../store/public/publicSearch.js';

const emptyToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** The search form's query string, validated at the edge: a bad value is a message, never an error page. */
export const SearchParamsSchema = z.object({
  q: z.string().trim().max(200).default(''),
  body: z.preprocess(emptyToUndefined, z.string().max(100).optional()),
  from: z.preprocess(emptyToUndefined, z.string().regex(ISO_DATE, 'Enter the "from" date as YYYY-MM-DD').optional()),
  to: z.preprocess(emptyToUndefined, z.string().regex(ISO_DATE, 'Enter the "to" date as YYYY-MM-DD').optional()),
  kind: z.preprocess(emptyToUndefined, z.enum(SEARCH_KINDS).optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1000).default(1)),
});

export type SearchParams = z.infer<typeof SearchParamsSchema>;

export function parseSearchParams(query: Record<string, string>): { params: SearchParams; error: string | null } {
  const parsed = SearchParamsSchema.safeParse(query);
  if (parsed.success) return { params: parsed.data, error: null };
  const fallback = SearchParamsSchema.parse({ q: typeof query.q === 'string' ? query.q.slice(0, 200) : '' });
  return { params: fallback, error: parsed.error.issues[0]?.message ?? 'The search could not be understood.' };
}
