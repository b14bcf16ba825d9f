import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

describe('quorum days-off', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-days-off-'));
    env = { QUORUM_DATA_DIR: dir };
    expect((await runCli(['migrate'], env)).code).toBe(0);
  }, 60_000);
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('should add, list and remove the council’s days off', async () => {
    expect((await runCli(['days-off', 'list'], env)).stdout).toBe('No days off besides the bank holidays.\n');
    const add = await runCli(['days-off', 'add', '2027-12-24', 'Christmas closure'], env);
    expect(add).toMatchObject({ code: 0, stderr: '', stdout: '2027-12-24  Christmas closure\n' });
    expect((await runCli(['days-off', 'list'], env)).stdout).toBe('2027-12-24  Christmas closure\n');
    expect((await runCli(['days-off', 'remove', '2027-12-24'], env)).stdout).toBe('2027-12-24 removed.\n');
  }, 60_000);

  it('should refuse a bad date with one line on stderr, storing nothing', async () => {
    const bad = await runCli(['days-off', 'add', '24/12/2027', 'Christmas closure'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('date: enter a date as YYYY-MM-DD');
    expect((await runCli(['days-off', 'list'], env)).stdout).toBe('No days off besides the bank holidays.\n');
  }, 60_000);
});
