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
  conflict?: Conflict<keyof Database[T] & string>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = definedColumns(rows[0]!);
  let uniform = true;
  for (let r = 1; r < rows.length && uniform; r++) uniform = hasExactly(rows[r]!, columns);
  const dialect = uniform ? dialectOf(db) : null;
  for (let i = 0; i < rows.length;) {
    const size = chunkSize(rows.length - i);
    const chunk = rows.slice(i, i + size);
    if (dialect)
      await db.executeQuery(
        CompiledQuery.raw(insertSql(dialect, table, columns, size, conflict), valuesOf(chunk, columns)),
      );
    else await builtInsert(db, table, chunk, conflict);
    i += size;
  }
}

/**
 * What an insert does with a row whose key is taken (`on conflict`): nothing, or (with `update`) set the listed
 * columns, or every column it inserts but the key's ('all'), to the row's new values.
 */
export interface Conflict<C extends string> {
  /** The key's columns; none: any unique key. */
  readonly on: readonly C[];
  readonly update?: readonly C[] | 'all';
}

/** Rows that give different columns, through the query builder (which fills the columns a row leaves out). */
async function builtInsert(
  db: Kysely<Database>,
  table: keyof Database & string,
  rows: readonly object[],
  conflict: Conflict<string> | undefined,
): Promise<void> {
  let query = db.insertInto(table).values(rows as never);
  if (conflict) {
    const columns = [...new Set(rows.flatMap(definedColumns))];
    const update = updatedColumns(conflict, columns);
    query = query.onConflict((oc) => {
      const key = conflict.on.length > 0 ? oc.columns(conflict.on as never) : oc;
      if (update.length === 0) return key.doNothing();
      return key.doUpdateSet(
        (eb) => Object.fromEntries(update.map((c) => [c, eb.ref(`excluded.${c}` as never)])) as never,
      );
    });
  }
  await query.execute();
}

function updatedColumns(conflict: Conflict<string>, columns: readonly string[]): readonly string[] {
  if (conflict.update === 'all') return columns.filter((c) => !conflict.on.includes(c));
  return conflict.update ?? [];
}

/** ` on conflict ("a") do update set "b" = "excluded"."b"`: the clause the query builder writes for `conflict`. */
function conflictSql(conflict: Conflict<string> | undefined, columns: readonly string[]): string {
  if (!conflict) return '';
  const key = conflict.on.length > 0 ? ` (${conflict.on.map((c) => `"${snakeCase(c)}"`).join(', ')})` : '';
  const update = updatedColumns(conflict, columns);
  if (update.length === 0) return ` on conflict${key} do nothing`;
  const sets = update.map((c) => `"${snakeCase(c)}" = "excluded"."${snakeCase(c)}"`);
  return ` on conflict${key} do update set ${sets.join(', ')}`;
}

function conflictKey({ on, update }: Conflict<string>): string {
  return `${on.join(',')}/${typeof update === 'string' ? update : (update?.join(',') ?? '')}`;
}

/** Kysely leaves out a property whose value is undefined; so does this. */
// Loops, not Object.entries: these run over every row an import stores, and the arrays entries() makes were a
// measurable part of it.
function definedColumns(row: object): string[] {
  const columns: string[] = [];
  for (const key in row) if ((row as Record<string, unknown>)[key] !== undefined) columns.push(key);
  return columns;
}

function hasExactly(row: object, columns: readonly string[]): boolean {
  const values = row as Record<string, unknown>;
  let defined = 0;
  for (const key in values) if (values[key] !== undefined) defined++;
  if (defined !== columns.length) return false;
  for (const c of columns) if (values[c] === undefined) return false;
  return true;
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
export function insertSql(
  dialect: DialectName,
  table: string,
  columns: readonly string[],
  rows: number,
  conflict?: Conflict<string>,
): string {
  const key = `${dialect} ${table} ${rows} ${columns.join(',')} ${conflict ? conflictKey(conflict) : ''}`;
  let sql = written.get(key);
  if (sql) return sql;
  let n = 0;
  const placeholder = dialect === 'postgres' ? (): string => `$${++n}` : (): string => '?';
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) tuples.push(`(${columns.map(placeholder).join(', ')})`);
  const names = columns.map((c) => `"${snakeCase(c)}"`).join(', ');
  sql = `insert into "${snakeCase(table)}" (${names}) values ${tuples.join(', ')}${conflictSql(conflict, columns)}`;
  if (written.size >= SHAPES) written.clear();
  written.set(key, sql);
  return sql;
}
