import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

describe('quorum export and import-popolo', () => {
  let dir: string;
  const env = (name: string): NodeJS.ProcessEnv => ({
    QUORUM_DATA_DIR: path.join(dir, name),
    QUORUM_BASE_URL: 'https://council.example',
  });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-export-'));
    const run = await runCli(['import', 'sample', '--json'], env('source'));
    expect(run.code).toBe(0);
  }, 120_000);
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('should write Popolo JSON to standard output when --out is absent', async () => {
    const run = await runCli(['export', '--format', 'popolo'], env('source'));
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { meta: { base_url: string }; events: unknown[] };
    expect(doc.meta.base_url).toBe('https://council.example');
    expect(doc.events.length).toBeGreaterThan(0);
  });

  it('should write the attendance table for --format csv and recommendations for --table recommendations', async () => {
    const attendance = await runCli(['export', '--format', 'csv', '--out', '-'], env('source'));
    expect(attendance.code).toBe(0);
    expect((parse(attendance.stdout, { bom: true }) as string[][])[0]).toContain('attendance');
    const recommendations = await runCli(['export', '--format', 'csv', '--table', 'recommendations'], env('source'));
    expect(recommendations.code).toBe(0);
    expect((parse(recommendations.stdout, { bom: true }) as string[][])[0]).toContain('recommendation');
  });

  it.each([
    [['--format', 'xml'], /unknown format "xml"/],
    [['--format', 'csv', '--table', 'budgets'], /unknown --table "budgets"/],
    [['--format', 'popolo', '--table', 'attendance'], /--table goes with --format csv/],
    [['--format', 'popolo', '--body', 'no-such-body'], /no body with slug "no-such-body"/],
  ])('should exit 2 with one clear line for %j', async (args, message) => {
    const run = await runCli(['export', ...args], env('source'));
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('should write --out through a temporary file, leaving nothing when the file cannot be put in place', async () => {
    const out = path.join(dir, 'popolo.json');
    expect((await runCli(['export', '--format', 'popolo', '--out', out], env('source'))).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toHaveProperty('persons');
    const blocked = path.join(dir, 'blocked');
    fs.mkdirSync(path.join(blocked, 'popolo.json'), { recursive: true });
    fs.writeFileSync(path.join(blocked, 'popolo.json', 'keep'), '');
    const failed = await runCli(
      ['export', '--format', 'popolo', '--out', path.join(blocked, 'popolo.json')],
      env('source'),
    );
    expect(failed.code).not.toBe(0);
    expect(fs.readdirSync(blocked)).toEqual(['popolo.json']);
  });

  it('should import its own Popolo export into an empty database, and refuse a database that has records', async () => {
    const out = path.join(dir, 'roundtrip.json');
    expect((await runCli(['export', '--format', 'popolo', '--out', out], env('source'))).code).toBe(0);
    const source = JSON.parse((await runCli(['stats', '--json'], env('source'))).stdout) as { meetings: number };
    // The minutes' held meetings, and those they schedule ("Date of next meeting"), all travel.
    expect(source.meetings).toBeGreaterThanOrEqual(4);
    const first = await runCli(['import-popolo', out, '--json'], env('copy'));
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ bodies: 2, meetings: source.meetings });
    const again = await runCli(['import-popolo', out], env('copy'));
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/empty database/);
    const stats = await runCli(['stats', '--json'], env('copy'));
    expect(JSON.parse(stats.stdout)).toMatchObject({ meetings: source.meetings });
  });

  it('should exit 1 naming the problem for a file that is not a Quorum Popolo export', async () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ meta: {}, organizations: [], persons: [], events: [] }));
    const run = await runCli(['import-popolo', bad], env('empty'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/quorum:extension/);
  });
});
