import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

describe('quorum backup and restore', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-backup-cli-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const from = { QUORUM_DATA_DIR: path.join(dir, 'from') };
  const to = { QUORUM_DATA_DIR: path.join(dir, 'to') };
  const file = path.join(dir, 'record.quorum.gz');

  it('should write a backup, restore it into an empty database and refuse a full one without --force', async () => {
    expect((await runCli(['migrate'], from)).code).toBe(0);
    expect((await runCli(['settings', 'set', 'council_name', 'Harbourside Borough Council'], from)).code).toBe(0);
    const backup = await runCli(['backup', file], from);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^backup: \d+ rows of \d+ tables to /);
    const again = await runCli(['backup', file], from);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${file}: already exists`);

    const restore = await runCli(['restore', file], to);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('made on sqlite');
    const list = await runCli(['settings', 'list', '--json'], to);
    expect(list.stdout).toContain('Harbourside Borough Council');

    const refused = await runCli(['restore', file], to);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not empty.*--force/);
    expect((await runCli(['restore', file, '--force'], to)).code).toBe(0);

    const missing = await runCli(['restore', path.join(dir, 'nothing.gz')], to);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nothing.gz: no such file');
  }, 300_000);
});
