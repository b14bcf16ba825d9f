import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/app/collectFiles.js';
import { makeFifo } from './import/hostileFiles.js';

describe('collectFiles', () => {
  let root: string;
  let folder: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-collect-'));
    folder = path.join(root, 'minutes');
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'a.txt'), 'minutes');
    fs.writeFileSync(path.join(folder, 'notes.doc'), 'not importable');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the folder');
    makeFifo(path.join(folder, 'pipe.txt'));
    fs.symlinkSync('/dev/zero', path.join(folder, 'zero.txt'));
    fs.symlinkSync(path.join(root, 'secret.txt'), path.join(folder, 'leave.txt'));
    fs.symlinkSync('../a.txt', path.join(folder, 'sub', 'inside.txt'));
    fs.symlinkSync('sub', path.join(folder, 'folder-link.txt'));
    fs.symlinkSync('missing.txt', path.join(folder, 'broken.txt'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('should collect regular files and links that stay inside the folder, opened by their real path', async () => {
    const { files, problems } = await collectFiles([folder]);
    expect(problems).toEqual([]);
    expect(files).toEqual([
      { path: path.join(folder, 'a.txt'), realPath: fs.realpathSync(path.join(folder, 'a.txt')) },
      { path: path.join(folder, 'sub', 'inside.txt'), realPath: fs.realpathSync(path.join(folder, 'a.txt')) },
    ]);
  });

  it('should skip FIFOs, devices and links leaving the folder, one reason each', async () => {
    const { skipped } = await collectFiles([folder]);
    const reasons = Object.fromEntries(skipped.map((s) => [path.basename(s.path), s.reason]));
    expect(reasons).toEqual({
      'broken.txt': 'skipped: a symbolic link to nothing (broken link)',
      'folder-link.txt': 'skipped: a symbolic link to a folder, not a regular file',
      'leave.txt': `skipped: a symbolic link leading out of the imported folder (to ${fs.realpathSync(path.join(root, 'secret.txt'))})`,
      'pipe.txt': 'skipped: a FIFO (named pipe), not a regular file',
      'zero.txt': 'skipped: a symbolic link leading out of the imported folder (to /dev/zero)',
    });
  });

  it('should refuse a FIFO or device named on the command line, and follow a link named there', async () => {
    const { files, problems } = await collectFiles([
      path.join(folder, 'pipe.txt'),
      '/dev/zero',
      path.join(folder, 'leave.txt'),
    ]);
    expect(problems).toEqual([
      { path: path.join(folder, 'pipe.txt'), problem: 'refused: a FIFO (named pipe), not a regular file' },
      { path: '/dev/zero', problem: 'refused: a character device, not a regular file' },
    ]);
    expect(files.map((f) => f.realPath)).toEqual([fs.realpathSync(path.join(root, 'secret.txt'))]);
  });
});
