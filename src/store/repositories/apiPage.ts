/** One page of a list the API serves: which rows, and how many match in all (for `page.total`). */
export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

export interface Paged<T> {
  readonly rows: readonly T[];
  readonly total: number;
}

/** Counts come back as bigint-ish strings from PostgreSQL and numbers from SQLite. */
export function countOf(row: { n: unknown } | undefined): number {
  return Number(row?.n ?? 0);
}
