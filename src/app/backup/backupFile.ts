import { createHash } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { AppError } from '../../domain/errors.js';
import type { BackupHeader, BackupPart, BackupRow, BackupTable } from '../../store/backup/recordBackup.js';

/*
 * The backup file: gzip of JSON lines. The first line is the header (format, time, engine, schema
 * version), then each table's line ({"table", "columns", "selfReferences"}) followed by its rows
 * (one JSON array a line; bytes as {"$base64": "..."}), and last a trailer with the counts and the
 * SHA-256 of every line before it, so a damaged or cut file is refused before anything is loaded.
 */

export const BACKUP_FORMAT = 1;

export interface BackupFileHeader extends BackupHeader {
  readonly quorum: 'backup';
  readonly format: number;
  readonly createdAt: string;
}

interface Trailer {
  readonly end: true;
  readonly tables: number;
  readonly rows: number;
  readonly sha256: string;
}

function encodeValue(v: unknown): unknown {
  return v instanceof Uint8Array ? { $base64: Buffer.from(v).toString('base64') } : v;
}

function decodeValue(v: unknown): unknown {
  if (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    typeof (v as { $base64?: unknown }).$base64 === 'string'
  )
    return Buffer.from((v as { $base64: string }).$base64, 'base64');
  return v;
}

/** Writes parts into a backup file as they come; `finish` adds the trailer and closes the file. */
export class BackupWriter {
  readonly #gzip = zlib.createGzip();
  readonly #out: fs.WriteStream;
  readonly #hash = createHash('sha256');
  readonly #done: Promise<void>;
  #tables = 0;
  #rows = 0;

  constructor(file: string, header: BackupHeader) {
    this.#out = fs.createWriteStream(file, { flags: 'wx' });
    this.#done = new Promise((resolve, reject) => {
      this.#out.on('finish', resolve);
      this.#out.on('error', reject);
      this.#gzip.on('error', reject);
    });
    this.#done.catch(() => undefined); // reported where `finish` awaits it
    this.#gzip.pipe(this.#out);
    const fileHeader: BackupFileHeader = {
      quorum: 'backup',
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      ...header,
    };
    void this.#line(JSON.stringify(fileHeader));
  }

  async #line(text: string): Promise<void> {
    const bytes = `${text}\n`;
    this.#hash.update(bytes);
    if (!this.#gzip.write(bytes)) await new Promise((resolve) => this.#gzip.once('drain', resolve));
  }

  async write(part: BackupPart): Promise<void> {
    if (part.kind === 'table') {
      this.#tables++;
      await this.#line(
        JSON.stringify({
          table: part.table.name,
          columns: part.table.columns,
          selfReferences: part.table.selfReferences,
        }),
      );
      return;
    }
    for (const row of part.rows) await this.#line(JSON.stringify(row.map(encodeValue)));
    this.#rows += part.rows.length;
  }

  /** Writes the trailer and waits until every byte is on disk; the counts written. */
  async finish(): Promise<{ tables: number; rows: number }> {
    const trailer: Trailer = { end: true, tables: this.#tables, rows: this.#rows, sha256: this.#hash.digest('hex') };
    this.#gzip.end(`${JSON.stringify(trailer)}\n`);
    await this.#done;
    await new Promise<void>((resolve, reject) =>
      fs.open(this.#out.path as string, 'r', (e, fd) =>
        e ? reject(e) : fs.fsync(fd, () => fs.close(fd, () => resolve())),
      ),
    );
    return { tables: this.#tables, rows: this.#rows };
  }

  /** Gives up: the partial file is removed by the caller. */
  abort(): void {
    this.#gzip.destroy();
    this.#out.destroy();
  }
}

function lines(file: string): AsyncIterable<string> {
  const raw = fs.createReadStream(file);
  const input = zlib.createGunzip();
  // A read error (no such file) must end the iteration with that error, not escape as an 'error' event.
  raw.on('error', (error) => input.destroy(error));
  raw.pipe(input);
  return readline.createInterface({ input, crlfDelay: Infinity });
}

function invalid(file: string, problem: string, cause?: unknown): AppError {
  return new AppError('INPUT_INVALID', `${file}: ${problem}`, { cause });
}

function parseLine(file: string, n: number, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalid(file, `line ${n} is not JSON`, error);
  }
}

function headerOf(file: string, value: unknown): BackupFileHeader {
  const h = value as Partial<BackupFileHeader> | null;
  if (!h || h.quorum !== 'backup') throw invalid(file, 'not a Quorum backup');
  if (h.format !== BACKUP_FORMAT) throw invalid(file, `backup format ${String(h.format)} is not one this Quorum reads`);
  if ((h.dialect !== 'sqlite' && h.dialect !== 'postgres') || !Array.isArray(h.migrations) || h.migrations.length === 0)
    throw invalid(file, 'the header names no engine or schema version');
  return h as BackupFileHeader;
}

/**
 * Reads the whole file once, checking its checksum and counts, before anything is loaded: a cut,
 * damaged or altered file is refused with one line naming it. Returns its header.
 */
export async function verifyBackup(file: string): Promise<BackupFileHeader> {
  const hash = createHash('sha256');
  let header: BackupFileHeader | undefined;
  let trailer: Trailer | undefined;
  let tables = 0;
  let rows = 0;
  let n = 0;
  try {
    for await (const text of lines(file)) {
      n++;
      if (trailer) throw invalid(file, `line ${n} follows the end of the backup`);
      const value = parseLine(file, n, text);
      if (n === 1) header = headerOf(file, value);
      else if (Array.isArray(value)) rows++;
      else if ((value as { end?: unknown }).end === true) {
        trailer = value as Trailer;
        continue;
      } else if (typeof (value as { table?: unknown }).table === 'string') tables++;
      else throw invalid(file, `line ${n} is neither a table nor a row`);
      hash.update(`${text}\n`);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw invalid(
      file,
      code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? (error as Error).message})`,
      error,
    );
  }
  if (!header) throw invalid(file, 'empty');
  if (!trailer) throw invalid(file, 'cut short: the backup has no end line');
  if (trailer.sha256 !== hash.digest('hex') || trailer.tables !== tables || trailer.rows !== rows)
    throw invalid(file, 'checksum does not match: the file is damaged or was changed');
  return header;
}

/** The parts of a verified backup file, a page of rows at a time. */
export async function* backupParts(file: string): AsyncGenerator<BackupPart> {
  let n = 0;
  let rows: BackupRow[] = [];
  for await (const text of lines(file)) {
    n++;
    if (n === 1) continue;
    const value = parseLine(file, n, text);
    if (Array.isArray(value)) {
      rows.push(value.map(decodeValue));
      if (rows.length >= 1000) {
        yield { kind: 'rows', rows };
        rows = [];
      }
      continue;
    }
    if (rows.length > 0) yield { kind: 'rows', rows };
    rows = [];
    const v = value as { table?: string; columns?: string[]; selfReferences?: string[]; end?: boolean };
    if (v.end) return;
    const table: BackupTable = { name: v.table!, columns: v.columns ?? [], selfReferences: v.selfReferences ?? [] };
    yield { kind: 'table', table };
  }
}
