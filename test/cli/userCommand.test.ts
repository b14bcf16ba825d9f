import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

describe('quorum user add', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-user-'));
    env = { QUORUM_DATA_DIR: dir, QUORUM_BASE_URL: 'https://democracy.example.gov.uk' };
    expect((await runCli(['migrate'], env)).code).toBe(0);
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('should create the first admin with a password read from standard input, never echoing it', async () => {
    const run = await runCli(
      ['user', 'add', 'Admin@Council.example', '--role', 'admin', '--password-stdin'],
      env,
      undefined,
      'a long enough secret\n',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Added admin@council.example as admin.\n');
  });

  it('should print a one-time sign-in link at the configured address when no password is given', async () => {
    const run = await runCli(['user', 'add', 'clerk@council.example', '--role', 'clerk'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Added clerk@council.example as clerk\.\nOne-time sign-in link \(valid for a day\): https:\/\/democracy\.example\.gov\.uk\/login\/link\/[\w-]{43}\n$/,
    );
  });

  it('should refuse a second account for an address and an unknown role, one line each', async () => {
    const twice = await runCli(['user', 'add', 'CLERK@council.example', '--role', 'clerk'], env);
    expect(twice.code).toBe(1);
    expect(twice.stderr.trim().split('\n')).toEqual([expect.stringContaining('already exists')]);
    const role = await runCli(['user', 'add', 'x@council.example', '--role', 'mayor'], env);
    expect(role.code).toBe(1);
    expect(role.stderr).toContain('the role must be one of admin, clerk, councillor, decision_maker');
  });
});
