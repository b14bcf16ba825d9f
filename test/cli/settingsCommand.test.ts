import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

describe('quorum settings', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-settings-'));
    env = { QUORUM_DATA_DIR: dir };
    expect((await runCli(['migrate'], env)).code).toBe(0);
  }, 60_000);
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('should set the council name and list every setting', async () => {
    const set = await runCli(['settings', 'set', 'council_name', 'Nottingham City Council'], env);
    expect(set).toMatchObject({ code: 0, stderr: '' });
    expect(set.stdout).toBe('council_name = Nottingham City Council\n');
    expect((await runCli(['settings', 'set', 'logo', 'test/fixtures/settings/crest.svg'], env)).code).toBe(0);
    const list = await runCli(['settings', 'list'], env);
    expect(list.stdout.split('\n')).toEqual([
      'council_name   Nottingham City Council',
      'council_url    (not set)',
      'contact_email  (not set)',
      'logo           image/svg+xml, 1 KB',
      '',
    ]);
    const json = await runCli(['settings', 'list', '--json'], env);
    expect(JSON.parse(json.stdout)).toEqual({
      council_name: 'Nottingham City Council',
      council_url: null,
      contact_email: null,
      logo: 'image/svg+xml, 1 KB',
    });
  }, 60_000);

  it('should refuse a bad value with one line on stderr and exit 2, changing nothing', async () => {
    const bad = await runCli(['settings', 'set', 'council_url', 'www.nottinghamcity.gov.uk'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(
      /^quorum: council_url: enter the full address of the council's website, starting https:\/\//,
    );
    const unknown = await runCli(['settings', 'set', 'name', 'x'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown setting "name"');
    expect(JSON.parse((await runCli(['settings', 'list', '--json'], env)).stdout).council_url).toBeNull();
  }, 60_000);

  it('should print help naming the keys', async () => {
    const help = await runCli(['settings', 'set', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('contact_email');
  });
});
