import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import { dialectOf, type DialectName } from '../dialect.js';

/** Keeps each INSERT under both engines' bound-parameter limits. */
const ROWS_PER_INSERT = 128;

/**
 * Rows go in chunks of 128, 64, 32... 1 (13 rows: 8 + 4 + 1), so one table's inserts take at most
 * eight shapes of SQL, which the SQLite statement cache then keeps prepared; one statement per
 * row count would be prepared afresh almost every time.
 */
function chunkSize(remaining: number): number {
  let size = ROWS_PER_INSERT;
  while (size > remaining) size >>= 1;
  return size;
}

/**
 * Inserts rows in as few statements as the parameter limits allow. Rows that all give the same
 * columns (the usual case: rows made by one mapper) are inserted by SQL written here once per
 * shape: building and compiling the same INSERT through the query builder for every chunk was a
 * large part of an import's time. Other rows go through the query builder, which fills the
 * columns a row leaves out with their defaults.
 */
export async function insertInBatches<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = definedColumns(rows[0]!);
  const uniform = rows.every((row) => hasExactly(row, columns));
  const dialect = uniform ? dialectOf(db) : null;
  for (let i = 0; i < rows.length;) {
    const size = chunkSize(rows.length - i);
    const chunk = rows.slice(i, i + size);
    if (dialect)
      await db.executeQuery(CompiledQuery.raw(insertSql(dialect, table, columns, size), valuesOf(chunk, columns)));
    else
      await db
        .insertInto(table)
        .values(chunk as never)
        .execute();
    i += size;
  }
}

/** Kysely leaves out a property whose value is undefined; so does this. */
function definedColumns(row: object): string[] {
  return Object.entries(row)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
}

function hasExactly(row: object, columns: readonly string[]): boolean {
  let defined = 0;
  for (const [, value] of Object.entries(row)) if (value !== undefined) defined++;
  return defined === columns.length && columns.every((c) => (row as Record<string, unknown>)[c] !== undefined);
}

function valuesOf(rows: readonly object[], columns: readonly string[]): unknown[] {
  const values: unknown[] = [];
  for (const row of rows) for (const c of columns) values.push((row as Record<string, unknown>)[c]);
  return values;
}

/** Our identifiers in the database's spelling, as the CamelCasePlugin writes them: `subjectId` is `subject_id`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The SQL of each shape of insert, written once: a few per table (emptied if ever it grows past reason). */
const written = new Map<string, string>();
const SHAPES = 2048;

/** `insert into "table" ("a", "b") values (?, ?), (?, ?)`: the statement the query builder writes for these rows. */
export function insertSql(dialect: DialectName, table: string, columns: readonly string[], rows: number): string {
  const key = `${dialect} ${table} ${rows} ${columns.join(',')}`;
  let sql = written.get(key);
  if (sql) return sql;
  let n = 0;
  const placeholder = dialect === 'postgres' ? (): string => `$${++n}` : (): string => '?';
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) tuples.push(`(${columns.map(placeholder).join(', ')})`);
  const names = columns.map((c) => `"${snakeCase(c)}"`).join(', ');
  sql = `insert into "${snakeCase(table)}" (${names}) values ${tuples.join(', ')}`;
  if (written.size >= SHAPES) written.clear();
  written.set(key, sql);
  return sql;
}
