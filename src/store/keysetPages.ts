/** Rows read per query: large enough to be quick, small enough that memory does not grow with the archive. */
export const PAGE_SIZE = 500;

/**
 * Reads a table page by page after the last key seen (keyset paging, never OFFSET), so each
 * query costs the same however deep into the archive it is and only one page is held at a time.
 */
export async function* keysetPages<Row, Key>(
  fetchAfter: (after: Key | null, limit: number) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  pageSize = PAGE_SIZE,
): AsyncGenerator<Row[]> {
  let after: Key | null = null;
  for (;;) {
    const rows = await fetchAfter(after, pageSize);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = keyOf(rows[rows.length - 1]!);
  }
}
