import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/openStore.js';
import { addFollowUpFixture } from '../app/digest/followUpFixture.js';
import { SmtpTestServer } from '../app/digest/smtpTestServer.js';
import { CHEAP } from '../web/workspace/browser.js';
import { runCli } from './runCli.js';

// Mail is sent and read back through a local SMTP server: seconds on a loaded machine.
describe('quorum digest', { timeout: 180_000 }, () => {
  let dir: string;
  let smtp: SmtpTestServer;
  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    QUORUM_DATA_DIR: dir,
    QUORUM_BASE_URL: 'https://democracy.example.gov.uk',
    ...extra,
  });
  const outbox = (): string[] =>
    fs.existsSync(path.join(dir, 'outbox')) ? fs.readdirSync(path.join(dir, 'outbox')) : [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-digest-cli-'));
    const store = await openStore({ kind: 'sqlite', dataDir: dir, file: path.join(dir, 'quorum.sqlite') });
    await migrateToLatest(store);
    await addFollowUpFixture(store, CHEAP);
    await store.close();
    smtp = new SmtpTestServer();
    await smtp.start();
  }, 120_000);
  afterAll(async () => {
    await smtp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('should print what it would send on --dry-run, and write, send and record nothing', async () => {
    const run = await runCli(['digest', '--dry-run', '--to', 'lic@x.org'], env({ QUORUM_SMTP_URL: smtp.url }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^lic@x\.org: would send: 1 overdue responses, 0 due soon, 1 overdue actions\n/);
    expect(run.stdout).toContain('Consult the taxi trade');
    expect(run.stdout).toContain('https://democracy.example.gov.uk/workspace/actions/act-licensing');
    expect(outbox()).toEqual([]);
    expect(smtp.received).toHaveLength(0);
  });

  it('should send through QUORUM_SMTP_URL once a week, saying so the second time', async () => {
    const first = await runCli(
      ['digest'],
      env({ QUORUM_SMTP_URL: smtp.url, QUORUM_MAIL_FROM: 'Democratic Services <democracy@x.org>' }),
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split('\n').sort()).toEqual([
      expect.stringMatching(/^admin@x\.org: sent \(\d{4}-W\d\d-admin@x\.org\.eml\)/),
      expect.stringMatching(/^clerk@x\.org: sent/),
      expect.stringMatching(/^lic@x\.org: sent/),
    ]);
    expect(smtp.received.map((m) => m.from)).toEqual(['democracy@x.org', 'democracy@x.org', 'democracy@x.org']);
    expect(outbox()).toHaveLength(3);
    const second = await runCli(['digest'], env({ QUORUM_SMTP_URL: smtp.url }));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("clerk@x.org: this week's digest was already done");
    expect(second.stdout).toMatch(/Week \d{4}-W\d\d: nothing to send\.\n$/);
    expect(smtp.received).toHaveLength(3);
  });

  it.each([
    [{ QUORUM_SMTP_URL: 'http://mail.example' }, [], 2, /QUORUM_SMTP_URL is invalid: must be an smtp:\/\//],
    [{ QUORUM_MAIL_FROM: 'not an address' }, [], 2, /QUORUM_MAIL_FROM is invalid/],
    [{}, ['--to', 'cllr@x.org'], 1, /--to cllr@x\.org: no active clerk or administrator has this address/],
  ])('should refuse %j %j with one line and exit %i', async (extra, args, code, message) => {
    const run = await runCli(['digest', ...args], env(extra));
    expect(run.code).toBe(code);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });
});
