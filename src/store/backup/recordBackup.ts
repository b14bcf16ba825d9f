import { sql, type Kysely, type Transaction } from 'kysely';
import { AppError } from '../../domain/errors.js';
import type { Database } from '../database.js';
import type { DialectName } from '../dialect.js';
import { schemaStatus } from '../migrate.js';
import type { Store } from '../store.js';
import { dbOf } from '../storeDb.js';

/*
 * The whole record as engine-neutral rows, for `quorum backup` and `quorum restore` (issue 15
 * item 5). A logical copy through the store on both engines, rather than SQLite's online backup
 * or pg_dump, so that a backup restores into either engine, whichever it came from, and carries
 * its schema version. Read in one snapshot; loaded in one transaction.
 */

type Db = Kysely<Database>;

/** Not part of the record: sign-in state (a restored database signs nobody in), bookkeeping, derived indexes. */
const NOT_BACKED_UP = new Set([
  'sessions',
  'sign_in_links',
  'kept_forms',
  'data_version',
  'quorum_migrations',
  'quorum_migrations_lock',
  'sqlite_sequence',
]);
const PAGE = 1000;
/** Bound parameters per insert: under SQLite's 32,766 and PostgreSQL's 65,535. */
const PARAMETERS = 30_000;

export interface BackupHeader {
  readonly dialect: DialectName;
  /** The migrations applied to the database backed up, in order: its schema version is the last. */
  readonly migrations: readonly string[];
}

export interface BackupTable {
  readonly name: string;
  readonly columns: readonly string[];
  /** Columns referring to the same table (people.merged_into_id): loaded after every row of it is in. */
  readonly selfReferences: readonly string[];
}

/** One row, in the order of its table's columns; bytes as Uint8Array. */
export type BackupRow = readonly unknown[];

export type BackupPart =
  | { readonly kind: 'table'; readonly table: BackupTable }
  | { readonly kind: 'rows'; readonly rows: readonly BackupRow[] };

interface ForeignKey {
  readonly table: string;
  readonly column: string;
  readonly references: string;
}

async function foreignKeys(db: Db, dialect: DialectName, tables: readonly string[]): Promise<ForeignKey[]> {
  if (dialect === 'postgres') {
    const rows = await sql<ForeignKey>`
      SELECT cl.relname AS table, a.attname AS column, rc.relname AS references
      FROM pg_constraint c
      JOIN pg_class cl ON cl.oid = c.conrelid
      JOIN pg_class rc ON rc.oid = c.confrelid
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'f' AND cl.relnamespace = current_schema()::regnamespace`.execute(db);
    return rows.rows;
  }
  const keys: ForeignKey[] = [];
  for (const table of tables) {
    const rows = await sql<{
      table: string;
      from: string;
    }>`SELECT "table", "from" FROM pragma_foreign_key_list(${table})`.execute(db);
    for (const r of rows.rows) keys.push({ table, column: r.from, references: r.table });
  }
  return keys;
}

/** The record's tables with their columns, parents before children. */
async function recordTables(db: Db, dialect: DialectName): Promise<BackupTable[]> {
  const generated =
    dialect === 'postgres'
      ? new Set(
          (
            await sql<{ t: string; c: string }>`SELECT table_name AS t, column_name AS c FROM information_schema.columns
              WHERE table_schema = current_schema() AND is_generated = 'ALWAYS'`.execute(db)
          ).rows.map((r) => `${r.t}.${r.c}`),
        )
      : new Set<string>();
  const found = (await db.introspection.getTables()).filter(
    (t) => !NOT_BACKED_UP.has(t.name) && !t.name.startsWith('search_fts') && !t.isView,
  );
  const names = found.map((t) => t.name).sort();
  const keys = await foreignKeys(db, dialect, names);
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string): void => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const k of keys)
      if (k.table === name && k.references !== name && names.includes(k.references)) visit(k.references);
    ordered.push(name);
  };
  for (const name of names) visit(name);
  return ordered.map((name) => ({
    name,
    columns: found
      .find((t) => t.name === name)!
      .columns.map((c) => c.name)
      .filter((c) => !generated.has(`${name}.${c}`)),
    selfReferences: keys.filter((k) => k.table === name && k.references === name).map((k) => k.column),
  }));
}

export async function backupHeader(store: Store): Promise<BackupHeader> {
  return { dialect: store.dialect, migrations: (await schemaStatus(store)).applied };
}

/**
 * Reads the whole record, table after table, a page of rows at a time, in one snapshot (a
 * repeatable-read transaction on PostgreSQL, a read transaction on SQLite's WAL), and hands each
 * part to `write` before reading the next: memory stays at one page whatever the size.
 */
export async function readRecord(store: Store, write: (part: BackupPart) => Promise<void>): Promise<void> {
  const db = dbOf(store).withoutPlugins();
  const dialect = store.dialect;
  // SQLite's transaction reads one snapshot already (WAL); PostgreSQL's must be asked for it.
  const transaction = dialect === 'postgres' ? db.transaction().setIsolationLevel('repeatable read') : db.transaction();
  await transaction.execute(async (trx) => {
    for (const table of await recordTables(trx, dialect)) {
      await write({ kind: 'table', table });
      const list = sql.join(table.columns.map((c) => sql.ref(c)));
      if (dialect === 'postgres') {
        await sql`DECLARE quorum_backup NO SCROLL CURSOR FOR SELECT ${list} FROM ${sql.table(table.name)}`.execute(trx);
        for (;;) {
          const page = await sql<Record<string, unknown>>`FETCH ${sql.raw(String(PAGE))} FROM quorum_backup`.execute(
            trx,
          );
          if (page.rows.length > 0) await write({ kind: 'rows', rows: page.rows.map((r) => rowOf(r, table.columns)) });
          if (page.rows.length < PAGE) break;
        }
        await sql`CLOSE quorum_backup`.execute(trx);
        continue;
      }
      let after = -Infinity;
      for (;;) {
        const page = await sql<
          Record<string, unknown>
        >`SELECT rowid AS quorum_rowid, ${list} FROM ${sql.table(table.name)}
            WHERE rowid > ${after} ORDER BY rowid LIMIT ${PAGE}`.execute(trx);
        if (page.rows.length > 0) await write({ kind: 'rows', rows: page.rows.map((r) => rowOf(r, table.columns)) });
        if (page.rows.length < PAGE) break;
        after = Number(page.rows.at(-1)!.quorum_rowid);
      }
    }
  });
}

function rowOf(row: Record<string, unknown>, columns: readonly string[]): BackupRow {
  return columns.map((c) => {
    const v = row[c];
    return typeof v === 'bigint' ? Number(v) : v;
  });
}

export interface LoadOptions {
  /** Replace what the database holds; without it, a database holding any record is refused. */
  readonly force?: boolean;
}

export interface LoadReport {
  readonly tables: number;
  readonly rows: number;
}

/** Rows held by the record's tables, as "table (rows)" for those that hold any. */
async function heldRows(db: Db, tables: readonly BackupTable[]): Promise<string[]> {
  const held: string[] = [];
  for (const t of tables) {
    const n = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(t.name)}`.execute(db);
    if (Number(n.rows[0]?.n ?? 0) > 0) held.push(`${t.name} (${n.rows[0]!.n})`);
  }
  return held;
}

/** Tables of the record that hold rows now, as "table (rows)"; none for a database not yet migrated. */
export async function recordRowsHeld(store: Store): Promise<string[]> {
  const db = dbOf(store).withoutPlugins();
  return heldRows(db, await recordTables(db, store.dialect));
}

/**
 * Loads backed-up parts in one transaction: everything or, on any error, nothing. The schema
 * must already be the backup's. A database holding records is refused (CONFLICT) unless
 * `force`, which empties it first, in the same transaction.
 */
export async function loadRecord(
  store: Store,
  parts: AsyncIterable<BackupPart>,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const db = dbOf(store).withoutPlugins();
  const dialect = store.dialect;
  return db.transaction().execute(async (trx) => {
    const present = await recordTables(trx, dialect);
    const held = await heldRows(trx, present);
    if (held.length > 0 && !options.force) {
      throw new AppError(
        'CONFLICT',
        `${store.description} is not empty (${held.slice(0, 3).join(', ')}${held.length > 3 ? ', …' : ''}); restore into an empty database, or add --force to replace what it holds`,
      );
    }
    // Sign-in state goes too: its accounts are replaced.
    await empty(trx, dialect, [...present.map((t) => t.name), 'sessions', 'sign_in_links', 'kept_forms']);
    let table: BackupTable | undefined;
    let deferred: { key: unknown; values: unknown[] }[] = [];
    let tables = 0;
    let rows = 0;
    const finish = async (): Promise<void> => {
      if (table && deferred.length > 0) await setSelfReferences(trx, table, deferred);
      deferred = [];
    };
    for await (const part of parts) {
      if (part.kind === 'table') {
        await finish();
        const target = present.find((t) => t.name === part.table.name);
        const missing = part.table.columns.filter((c) => !target?.columns.includes(c));
        if (!target || missing.length > 0) {
          throw new AppError(
            'INPUT_INVALID',
            `table ${part.table.name}${target ? ` has no column ${missing.join(', ')}` : ' is not in this schema'}`,
          );
        }
        table = part.table;
        tables++;
        continue;
      }
      if (!table) throw new AppError('INPUT_INVALID', 'rows before any table');
      const t = table;
      const self = t.selfReferences.map((c) => t.columns.indexOf(c));
      const keyAt = t.columns.indexOf('id');
      const loaded = part.rows.map((row) => {
        if (self.length === 0 || self.every((i) => row[i] === null)) return row;
        if (keyAt < 0) throw new AppError('INPUT_INVALID', `table ${t.name} refers to itself without an id column`);
        deferred.push({ key: row[keyAt], values: self.map((i) => row[i]) });
        return row.map((v, i) => (self.includes(i) ? null : v));
      });
      await insertRows(trx, t, loaded);
      rows += loaded.length;
    }
    await finish();
    if (dialect === 'postgres') await resetIdentities(trx, present);
    return { tables, rows };
  });
}

async function empty(trx: Transaction<Database>, dialect: DialectName, tables: readonly string[]): Promise<void> {
  if (dialect === 'postgres') {
    await sql`TRUNCATE ${sql.join(tables.map((t) => sql.table(t)))}`.execute(trx);
    return;
  }
  // Children first would need the order reversed; deferring the checks to the commit is simpler.
  await sql`PRAGMA defer_foreign_keys = ON`.execute(trx);
  for (const t of tables) await sql`DELETE FROM ${sql.table(t)}`.execute(trx);
}

async function insertRows(trx: Transaction<Database>, table: BackupTable, rows: readonly BackupRow[]): Promise<void> {
  const size = Math.max(1, Math.min(500, Math.floor(PARAMETERS / table.columns.length)));
  const columns = sql.join(table.columns.map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += size) {
    const values = rows.slice(i, i + size).map((row) => sql`(${sql.join(row.map((v) => sql`${v}`))})`);
    await sql`INSERT INTO ${sql.table(table.name)} (${columns}) VALUES ${sql.join(values)}`.execute(trx);
  }
}

async function setSelfReferences(
  trx: Transaction<Database>,
  table: BackupTable,
  deferred: readonly { key: unknown; values: unknown[] }[],
): Promise<void> {
  for (const d of deferred) {
    const sets = sql.join(table.selfReferences.map((c, i) => sql`${sql.ref(c)} = ${d.values[i]}`));
    await sql`UPDATE ${sql.table(table.name)} SET ${sets} WHERE id = ${d.key}`.execute(trx);
  }
}

/** Identity columns continue after the largest id loaded, so the next insert does not collide. */
async function resetIdentities(trx: Transaction<Database>, tables: readonly BackupTable[]): Promise<void> {
  const identities = await sql<{ t: string; c: string }>`SELECT table_name AS t, column_name AS c
    FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'`.execute(trx);
  for (const { t, c } of identities.rows) {
    if (!tables.some((x) => x.name === t)) continue;
    await sql`SELECT setval(pg_get_serial_sequence(${t}, ${c}), coalesce((SELECT max(${sql.ref(c)}) FROM ${sql.table(t)}), 0) + 1, false)`.execute(
      trx,
    );
  }
}
