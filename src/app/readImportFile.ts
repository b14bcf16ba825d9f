import fsSync, { constants } from 'node:fs';
import fs from 'node:fs/promises';
import { megabytes } from '../ingest/readLimits.js';
import { specialKind } from './fileKind.js';

/** `bytes` is a view on an array buffer of its own (not Node's shared Buffer pool), so it can move to a worker. */
export type ReadFileResult =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: string };

/**
 * O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever, holding one
 * of libuv's threads. O_NOFOLLOW: the path was resolved when the folder was read; if it has become
 * a link since, it is refused rather than followed. (Both are 0 where the platform lacks them.)
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
const CHUNK = 1024 * 1024;

/**
 * The bytes of one file to import, read only once the open handle is known to be a regular file
 * (fstat of the handle, not the path, so the file cannot be swapped for a FIFO or device between
 * the check and the read), and never more than `maxBytes` plus one. Never throws.
 */
export async function readImportFile(realPath: string, maxBytes: number): Promise<ReadFileResult> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(realPath, OPEN_FLAGS);
  } catch (error) {
    return openFailed(error);
  }
  try {
    const stat = await handle.stat();
    const refused = refusalOf(stat, maxBytes);
    if (refused) return refused;
    // The size said by fstat is a hint: the file may grow while it is read, so reading stops one byte past the limit.
    let buffer = new Uint8Array(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return tooLarge(maxBytes);
        buffer = grown(buffer, maxBytes);
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return length > maxBytes ? tooLarge(maxBytes) : { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return readFailed(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * As `readImportFile`, blocking: for the parse worker, which has nothing else to do while it reads, and for which
 * the awaited file operations cost more than the reading itself.
 */
export function readImportFileSync(realPath: string, maxBytes: number): ReadFileResult {
  let fd: number;
  try {
    fd = fsSync.openSync(realPath, OPEN_FLAGS);
  } catch (error) {
    return openFailed(error);
  }
  try {
    const stat = fsSync.fstatSync(fd);
    const refused = refusalOf(stat, maxBytes);
    if (refused) return refused;
    let buffer = new Uint8Array(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return tooLarge(maxBytes);
        buffer = grown(buffer, maxBytes);
      }
      const bytesRead = fsSync.readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return length > maxBytes ? tooLarge(maxBytes) : { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return readFailed(error);
  } finally {
    try {
      fsSync.closeSync(fd);
    } catch {
      // Closing a file only read cannot lose anything.
    }
  }
}

/** A handle that is no regular file, or a file already over the limit by its size, is refused before any read. */
function refusalOf(stat: fsSync.Stats, maxBytes: number): ReadFileResult | null {
  const kind = specialKind(stat);
  if (kind) return { ok: false, problem: `refused: ${kind}, not a regular file` };
  return stat.size > maxBytes ? tooLarge(maxBytes) : null;
}

function tooLarge(maxBytes: number): ReadFileResult {
  return { ok: false, problem: `refused: larger than ${megabytes(maxBytes)} limit` };
}

/** The buffer grown for a file larger than its fstat said, never past one byte over the limit. */
function grown(buffer: Uint8Array<ArrayBuffer>, maxBytes: number): Uint8Array<ArrayBuffer> {
  const larger = new Uint8Array(Math.min(buffer.length * 2 + CHUNK, maxBytes + 1));
  larger.set(buffer);
  return larger;
}

function openFailed(error: unknown): ReadFileResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return { ok: false, problem: 'refused: it became a symbolic link after its folder was read' };
  if (code === 'ENXIO') return { ok: false, problem: 'refused: a socket, not a regular file' };
  return { ok: false, problem: `cannot read: ${code ?? (error as Error).message}` };
}

function readFailed(error: unknown): ReadFileResult {
  return { ok: false, problem: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
}
