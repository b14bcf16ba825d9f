import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportFile, readImportFileSync, type ReadFileResult } from '../../src/app/readImportFile.js';
import { makeFifo } from './import/hostileFiles.js';

const readers: [string, (path: string, maxBytes: number) => Promise<ReadFileResult>][] = [
  ['readImportFile', readImportFile],
  ['readImportFileSync', async (file, maxBytes) => readImportFileSync(file, maxBytes)],
];

describe.each(readers)('%s', (_, readImportFile) => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-readfile-'));
    fs.writeFileSync(path.join(dir, 'ten.txt'), '0123456789');
    makeFifo(path.join(dir, 'pipe.txt'));
    fs.symlinkSync(path.join(dir, 'ten.txt'), path.join(dir, 'link.txt'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('should read a file at the limit, and refuse one a byte over it', async () => {
    const read = await readImportFile(path.join(dir, 'ten.txt'), 10);
    expect(read.ok && Buffer.from(read.bytes).toString()).toBe('0123456789');
    expect(await readImportFile(path.join(dir, 'ten.txt'), 9)).toEqual({
      ok: false,
      problem: 'refused: larger than 9 bytes limit',
    });
  });

  it('should give bytes on an array buffer of their own, which can move to a worker', async () => {
    const read = await readImportFile(path.join(dir, 'ten.txt'), 100);
    expect(read.ok && !Buffer.isBuffer(read.bytes) && read.bytes.byteOffset).toBe(0);
  });

  it('should refuse a FIFO and a device at once, without waiting for a writer', async () => {
    const started = Date.now();
    expect(await readImportFile(path.join(dir, 'pipe.txt'), 100)).toEqual({
      ok: false,
      problem: 'refused: a FIFO (named pipe), not a regular file',
    });
    expect(await readImportFile('/dev/zero', 100)).toEqual({
      ok: false,
      problem: 'refused: a character device, not a regular file',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('should refuse a path that has become a symbolic link since its folder was read', async () => {
    expect(await readImportFile(path.join(dir, 'link.txt'), 100)).toEqual({
      ok: false,
      problem: 'refused: it became a symbolic link after its folder was read',
    });
  });
});
