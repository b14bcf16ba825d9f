import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './runCli.js';

describe('quorum CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-cli-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['migrate'],
    ['serve'],
    ['start'],
    ['stats'],
    ['import'],
    ['parse'],
    ['people', 'review'],
    ['export'],
    ['import-popolo'],
    ['user', 'add'],
  ])('should print help for %s', async (...command) => {
    const run = await runCli([...command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: quorum /m);
  });

  it('should exit 2 on wrong usage, as a process', async () => {
    const run = await spawnCli(['no-such-command']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'no-such-command'");
  });

  it('should migrate a new SQLite database and count its empty tables', async () => {
    const env = { QUORUM_DATA_DIR: path.join(dir, 'fresh') };
    const migrated = await runCli(['migrate'], env);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain('applied  0001-initial');
    const stats = await runCli(['stats', '--json'], env);
    expect(stats.code).toBe(0);
    const counts = JSON.parse(stats.stdout) as Record<string, number>;
    expect(counts.meetings).toBe(0);
    expect(Object.keys(counts)).toContain('provenance');
  });

  it('should name a DATABASE_URL that is not PostgreSQL, in one line, exit 2', async () => {
    const run = await runCli(['stats'], { DATABASE_URL: 'mysql://root@localhost/quorum' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('DATABASE_URL must start with postgres://');
  });

  it('should say when PostgreSQL does not answer, without printing the password', async () => {
    const run = await runCli(['stats'], { DATABASE_URL: 'postgres://quorum:s3cret@127.0.0.1:1/quorum' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('cannot connect to PostgreSQL at postgres://quorum:***@127.0.0.1:1/quorum');
    expect(run.stderr).not.toContain('s3cret');
  });

  it('should name a data folder it cannot write', async () => {
    // A folder under a plain file cannot be created even by root, so this holds wherever the tests run.
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    const run = await runCli(['migrate'], { QUORUM_DATA_DIR: path.join(blocker, 'data') });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/data folder .*a-file\/data is not writable \(ENOTDIR\)/);
  });

  it('should name a read-only data folder', async () => {
    if (process.getuid?.() === 0) {
      // Root writes through permissions; /sys is mounted read-only for everyone.
      const run = await runCli(['migrate'], { QUORUM_DATA_DIR: '/sys' });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/data folder \/sys is not writable \((EROFS|EACCES|EPERM)\)/);
      return;
    }
    const readOnly = path.join(dir, 'read-only');
    fs.mkdirSync(readOnly);
    fs.chmodSync(readOnly, 0o555);
    const run = await runCli(['migrate'], { QUORUM_DATA_DIR: readOnly });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not writable \(EACCES\)/);
  });

  it('should refuse a database from a newer Quorum', async () => {
    const env = { QUORUM_DATA_DIR: path.join(dir, 'future') };
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const db = new BetterSqlite3(path.join(dir, 'future', 'quorum.sqlite'));
    db.prepare("INSERT INTO quorum_migrations (name, timestamp) VALUES ('9000-later', '2099-01-01')").run();
    db.close();
    for (const command of [['stats'], ['migrate']]) {
      const run = await runCli(command, env);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('newer than this Quorum knows');
    }
  });

  it('should ask for a migration before serving an old database', async () => {
    const env = { QUORUM_DATA_DIR: path.join(dir, 'unmigrated'), PORT: '0' };
    const run = await runCli(['stats'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('npx quorum migrate');
  });

  // A real process: the parse worker and the database must let it exit, with the code the shell sees.
  it('should import good files, name each bad one on stderr, and exit 1, as a process', async () => {
    const env = { QUORUM_DATA_DIR: path.join(dir, 'imports') };
    const bad = path.join(dir, 'broken.pdf');
    fs.writeFileSync(bad, '%PDF-1.7\n1 0 obj');
    const good = path.resolve(import.meta.dirname, '../fixtures/minutes/01-parish-minute-numbers.txt');
    const run = await spawnCli(['import', '--json', good, bad], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.pdf: the PDF is damaged or truncated/);
    const report = JSON.parse(run.stdout) as { totals: { documents: number; failed: number; meetings: number } };
    expect(report.totals).toMatchObject({ documents: 1, failed: 1, meetings: 1 });
    const again = await runCli(['import', good], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('documents: 0 imported, 1 unchanged, 0 failed');
    const parse = await runCli(['parse', good, '--json'], env);
    expect(JSON.parse(parse.stdout).meetings[0]).toMatchObject({
      body: 'Ashcombe Parish Council',
      date: '2025-03-03',
      time: '19:00',
    });
  });

  it('should reject a bad PORT as configuration', async () => {
    const run = await runCli(['serve'], { PORT: 'eighty', QUORUM_DATA_DIR: path.join(dir, 'fresh') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PORT');
  });
});
