import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendWeeklyDigest } from '../../../src/app/digest/sendWeeklyDigest.js';
import { Outbox } from '../../../src/publish/mail/outbox.js';
import { smtpSender, type MailSender } from '../../../src/publish/mail/smtpSender.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { CHEAP } from '../../web/workspace/browser.js';
import { addFollowUpFixture, EXEMPT_WORDS, HOSTILE, NOW } from './followUpFixture.js';
import { SmtpTestServer } from './smtpTestServer.js';

const BASE = 'https://democracy.example.gov.uk';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the weekly digest`, () => {
    let t: TestStore;
    let dir: string;
    let smtp: SmtpTestServer;
    let sender: MailSender;
    beforeAll(async () => {
      smtp = new SmtpTestServer();
      await smtp.start();
    });
    afterAll(async () => {
      await smtp.stop();
    });
    beforeEach(async () => {
      t = await testStore(dialect);
      await addFollowUpFixture(t.store, CHEAP);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-digest-'));
      smtp.received.length = 0;
      smtp.refuse = false;
      sender = smtpSender(smtp.url);
    });
    afterEach(async () => {
      sender.close();
      fs.rmSync(dir, { recursive: true, force: true });
      await t?.drop();
    });

    const run = (options: { now?: Date; sender?: MailSender | null; to?: string; dryRun?: boolean } = {}) =>
      sendWeeklyDigest(t.store, {
        now: options.now ?? NOW,
        baseUrl: BASE,
        outbox: new Outbox(path.join(dir, 'outbox')),
        sender: options.sender === undefined ? sender : options.sender,
        to: options.to,
        dryRun: options.dryRun,
        actor: 'cli:test',
      });

    it('should send each clerk one multipart message over SMTP, the same bytes as the outbox file', async () => {
      const report = await run();
      expect(report.week).toBe('2026-W14');
      const byRecipient = Object.fromEntries(report.results.map((r) => [r.recipient, r]));
      expect(Object.keys(byRecipient).sort()).toEqual(['admin@x.org', 'clerk@x.org', 'lic@x.org']);
      expect(byRecipient['clerk@x.org']).toMatchObject({
        outcome: 'sent',
        counts: { overdueResponses: 4, dueSoon: 2, overdueActions: 3 },
      });
      expect(byRecipient['lic@x.org']).toMatchObject({
        outcome: 'sent',
        counts: { overdueResponses: 1, dueSoon: 0, overdueActions: 1 },
      });
      expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['admin@x.org', 'clerk@x.org', 'lic@x.org']);
      const received = smtp.received.find((m) => m.to[0] === 'clerk@x.org')!;
      expect(received.from).toBe('quorum@democracy.example.gov.uk');
      const file = fs.readFileSync(path.join(dir, 'outbox', byRecipient['clerk@x.org']!.file!));
      // What went over the wire is the outbox file (SMTP adds only the dot-stuffing it undoes).
      expect(received.raw.toString('utf8').replace(/\r\n$/, '')).toBe(file.toString('utf8').replace(/\r\n$/, ''));

      const raw = file.toString('utf8');
      // RFC 5322: every line ends in CRLF.
      expect(raw).not.toMatch(/[^\r]\n/);
      expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
      expect(raw).toMatch(/^Content-Type: text\/plain; charset=utf-8/m);
      expect(raw).toMatch(/^Content-Type: text\/html; charset=utf-8/m);
      expect(raw).toMatch(/^Message-ID: <digest-2026-W14-[^@]+@democracy\.example\.gov\.uk>/m);
      expect(raw).toMatch(/^Auto-Submitted: auto-generated/m);
      // Header lines stay within RFC 5322's 78 characters, folded where they are long.
      for (const line of raw.slice(0, raw.indexOf('\r\n\r\n')).split('\r\n'))
        expect(line.length).toBeLessThanOrEqual(78);
      // Only 7-bit bytes: non-ASCII text travels encoded.
      expect([...file].every((b) => b < 128)).toBe(true);

      const mail = await simpleParser(file);
      expect(mail.subject).toBe('Council: 4 overdue responses, 2 responses due soon, 3 overdue actions');
      expect(mail.text).toContain(HOSTILE);
      expect(mail.text).toContain(`${BASE}/workspace/meetings/`);
      expect(mail.text).toContain(`${BASE}/workspace/actions/act-overdue`);
      expect(mail.text).toContain('Responses due in the next 14 days');
      // The HTML part escapes the imported text: markup reads as words.
      const html = mail.html as string;
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<b>lease');
      expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
      expect(html).toContain('Café &amp; “Quay”');
      expect(html).toContain(`href="${BASE}/workspace/actions/act-overdue"`);
      // An exempt item's words never leave in a mail, in either part.
      expect(raw).not.toContain(EXEMPT_WORDS);
      expect(mail.text).not.toContain(EXEMPT_WORDS);
      expect(html).not.toContain(EXEMPT_WORDS);
      expect(mail.text).toContain('On an exempt item: the words are not sent by email');
    });

    it('should not send twice in one week, and send again the next week', async () => {
      await run();
      expect(smtp.received).toHaveLength(3);
      const again = await run({ now: new Date('2026-04-05T20:00:00Z') });
      expect(again.results.map((r) => r.outcome)).toEqual(['already', 'already', 'already']);
      expect(smtp.received).toHaveLength(3);
      const nextWeek = await run({ now: new Date('2026-04-06T07:00:00Z') });
      expect(nextWeek.week).toBe('2026-W15');
      expect(nextWeek.results.every((r) => r.outcome === 'sent')).toBe(true);
      expect(smtp.received).toHaveLength(6);
      const audit = await t.store.transaction((repos) => repos.audit.list({ subjectKind: 'digest' }));
      expect(audit.filter((e) => e.action === 'digest.write')).toHaveLength(6);
      expect(audit.filter((e) => e.action === 'digest.send')).toHaveLength(6);
    });

    it('should keep a refused message in the outbox and send those bytes on the next run', async () => {
      smtp.refuse = true;
      const first = await run({ to: 'clerk@x.org' });
      expect(first.results).toMatchObject([{ recipient: 'clerk@x.org', outcome: 'failed' }]);
      expect(first.results[0]!.problem).toMatch(/^SMTP: .*550/);
      const file = fs.readFileSync(path.join(dir, 'outbox', first.results[0]!.file!));
      smtp.refuse = false;
      const second = await run({ to: 'clerk@x.org', now: new Date('2026-04-02T07:00:00Z') });
      expect(second.results).toMatchObject([{ recipient: 'clerk@x.org', outcome: 'sent' }]);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.raw.toString().replace(/\r\n$/, '')).toBe(file.toString().replace(/\r\n$/, ''));
      expect((await run({ to: 'clerk@x.org' })).results[0]!.outcome).toBe('already');
    });

    it('should write to the outbox without SMTP, and leave it there when SMTP comes later that week', async () => {
      const written = await run({ sender: null });
      expect(written.results.every((r) => r.outcome === 'written')).toBe(true);
      expect(fs.readdirSync(path.join(dir, 'outbox')).sort()).toEqual([
        '2026-W14-admin@x.org.eml',
        '2026-W14-clerk@x.org.eml',
        '2026-W14-lic@x.org.eml',
      ]);
      expect((await run({ sender: null })).results.every((r) => r.outcome === 'already')).toBe(true);
      // With SMTP configured later the same week, the written messages go out once.
      expect((await run()).results.every((r) => r.outcome === 'sent')).toBe(true);
      expect((await run()).results.every((r) => r.outcome === 'already')).toBe(true);
      expect(smtp.received).toHaveLength(3);
    });

    it('should send nothing to a clerk with nothing to chase, and nothing at all on a dry run', async () => {
      const dry = await run({ dryRun: true });
      expect(dry.results.every((r) => r.outcome === 'would_send')).toBe(true);
      expect(dry.results.find((r) => r.recipient === 'lic@x.org')!.text).toContain('Consult the taxi trade');
      expect(fs.existsSync(path.join(dir, 'outbox'))).toBe(false);
      expect(smtp.received).toHaveLength(0);
      // A year before, nothing was due yet.
      const lic = await run({ to: 'LIC@x.org', now: new Date('2025-01-01T09:00:00Z') });
      expect(lic.results).toEqual([
        { recipient: 'lic@x.org', outcome: 'nothing', counts: { overdueResponses: 0, dueSoon: 0, overdueActions: 0 } },
      ]);
      expect(smtp.received).toHaveLength(0);
    });

    it('should refuse --to an address that is no clerk', async () => {
      await expect(run({ to: 'cllr@x.org' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
