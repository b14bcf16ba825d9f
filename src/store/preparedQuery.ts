import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { dialectOf } from './dialect.js';

type Scalar = string | number | boolean | null | Uint8Array;
type Argument = Scalar | readonly Scalar[];

/** Stands for one argument (or one element of a list argument) while the query is built. */
const SLOT = Symbol('argument');
interface Marker {
  readonly [SLOT]: readonly [number, number?];
}

type Parameter = { readonly slot: readonly [number, number?] } | { readonly constant: unknown };

/** Lists longer than this are bound as they come (no padding, no caching): they stay under the engines' limits. */
const LONGEST_LIST = 1024;

/**
 * A query the builder writes once per engine and shape, not for every call: building, transforming and compiling a
 * statement through Kysely cost more than SQLite took to run most of an import's statements. `build` is called
 * once with markers in place of its arguments; the compiled SQL is kept, and each call binds its arguments where
 * the markers were. So `build` must use its arguments only as values (never branch on them or compute with them).
 * A list argument (for `in`) is padded to a power of two with its last element, which `in` reads the same, so
 * that a few shapes serve every length; an empty list is left to the builder (whose caller should not send it).
 */
export function preparedQuery<A extends readonly Argument[], R>(
  build: (db: Kysely<Database>, ...args: A) => Compilable<R>,
): (db: Kysely<Database>, ...args: A) => Promise<R[]> {
  const written = new Map<string, { readonly sql: string; readonly parameters: readonly Parameter[] }>();
  return async (db, ...given) => {
    if (given.some((a) => Array.isArray(a) && (a.length === 0 || a.length > LONGEST_LIST)))
      return (await db.executeQuery(build(db, ...given).compile())).rows;
    const args = given.map((a) => (Array.isArray(a) ? padded(a) : a)) as unknown as A;
    const key = `${dialectOf(db)} ${args.map((a) => (Array.isArray(a) ? a.length : '')).join(',')}`;
    let prepared = written.get(key);
    if (!prepared) {
      const markers = args.map((a, i) =>
        Array.isArray(a) ? a.map((_, j) => marker(i, j)) : marker(i),
      ) as unknown as A;
      const compiled = build(db, ...markers).compile();
      prepared = { sql: compiled.sql, parameters: compiled.parameters.map(parameterOf) };
      written.set(key, prepared);
    }
    const values = prepared.parameters.map((p) => ('constant' in p ? p.constant : valueAt(args, p.slot)));
    return (await db.executeQuery<R>(CompiledQuery.raw(prepared.sql, values))).rows;
  };
}

function padded(list: readonly Scalar[]): readonly Scalar[] {
  let size = 1;
  while (size < list.length) size <<= 1;
  const out = [...list];
  while (out.length < size) out.push(list[list.length - 1]!);
  return out;
}

function marker(i: number, j?: number): Marker {
  return { [SLOT]: j === undefined ? [i] : [i, j] };
}

function parameterOf(value: unknown): Parameter {
  return typeof value === 'object' && value !== null && SLOT in value
    ? { slot: (value as Marker)[SLOT] }
    : { constant: value };
}

function valueAt(args: readonly Argument[], [i, j]: readonly [number, number?]): unknown {
  const arg = args[i];
  return j === undefined ? arg : (arg as readonly Scalar[])[j];
}
