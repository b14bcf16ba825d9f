import os from 'node:os';
import type { Command } from 'commander';
import { sendWeeklyDigest, type DigestResult } from '../../app/digest/sendWeeklyDigest.js';
import { Outbox } from '../../publish/mail/outbox.js';
import { smtpSender } from '../../publish/mail/smtpSender.js';
import { mailEnvFrom, serveEnvFrom } from '../environment.js';
import { withStore } from '../withStore.js';

const HELP = `Each active clerk and administrator gets one email listing, for the bodies they clerk,
the responses to recommendations that are overdue or due in the next 14 days and the actions
past their due date. Each message is written to <QUORUM_DATA_DIR>/outbox/ as an .eml file and,
when QUORUM_SMTP_URL is set, sent. A clerk with nothing to chase gets nothing. At most one
digest per clerk per ISO week: run it weekly from cron, e.g.
  0 7 * * 1  cd /srv/quorum && npx quorum digest
Environment: QUORUM_BASE_URL (links), QUORUM_SMTP_URL, QUORUM_MAIL_FROM.`;

function counted(r: DigestResult): string {
  const c = r.counts;
  return `${c.overdueResponses} overdue responses, ${c.dueSoon} due soon, ${c.overdueActions} overdue actions`;
}

function line(r: DigestResult): string {
  switch (r.outcome) {
    case 'nothing':
      return `${r.recipient}: nothing overdue or due, nothing sent`;
    case 'already':
      return `${r.recipient}: this week's digest was already done (${r.file ?? ''}), not sent again`;
    case 'written':
      return `${r.recipient}: written to the outbox (${r.file ?? ''}; SMTP not configured): ${counted(r)}`;
    case 'sent':
      return `${r.recipient}: sent (${r.file ?? ''}): ${counted(r)}`;
    case 'failed':
      return `${r.recipient}: not sent: ${r.problem ?? 'unknown problem'}`;
    case 'would_send':
      return `${r.recipient}: would send: ${counted(r)}`;
  }
}

export function registerDigest(program: Command): void {
  program
    .command('digest')
    .description("email each clerk this week's overdue responses, responses due soon and overdue actions")
    .option('--to <email>', 'only the digest of the clerk or administrator with this address')
    .option('--dry-run', 'print what would be sent; write, send and record nothing')
    .addHelpText('after', `\n${HELP}`)
    .action(async (options: { to?: string; dryRun?: boolean }) => {
      const { baseUrl } = serveEnvFrom(process.env);
      const mail = mailEnvFrom(process.env);
      const sender = mail.smtpUrl && !options.dryRun ? smtpSender(mail.smtpUrl) : null;
      try {
        await withStore({}, async (store) => {
          const report = await sendWeeklyDigest(store, {
            now: new Date(),
            baseUrl,
            from: mail.mailFrom,
            outbox: new Outbox(mail.outboxDir),
            sender,
            to: options.to,
            dryRun: options.dryRun,
            actor: `cli:${os.userInfo().username}`,
          });
          if (report.results.length === 0) console.log('No active clerk or administrator: nothing sent.');
          for (const r of report.results) {
            if (r.outcome === 'failed') process.stderr.write(`quorum: ${line(r)}\n`);
            else console.log(line(r));
            if (r.text) console.log(`\n${r.text}`);
          }
          if (report.results.length && report.results.every((r) => r.outcome === 'nothing' || r.outcome === 'already'))
            console.log(`Week ${report.week}: nothing to send.`);
          if (report.results.some((r) => r.outcome === 'failed')) process.exitCode = 1;
        });
      } finally {
        sender?.close();
      }
    });
}
