import type { Account } from '../../domain/account.js';
import { londonDateOf } from '../../domain/calendar/londonTime.js';
import { councilSettingsFrom } from '../../domain/councilSettings.js';
import { followUpCount, hasNothingToFollow, isoWeekOf, type FollowUps } from '../../domain/digest/followUp.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import { composeDigestMessage } from '../../publish/mail/digestMessage.js';
import { outboxFileName, type Outbox } from '../../publish/mail/outbox.js';
import type { MailSender } from '../../publish/mail/smtpSender.js';
import type { Store } from '../../store/store.js';
import { readFollowUps } from './followUpsFor.js';

export interface WeeklyDigestOptions {
  readonly now: Date;
  /** QUORUM_BASE_URL, for the links in the mail. */
  readonly baseUrl: string;
  /** The From address (QUORUM_MAIL_FROM, else the council's contact_email, else quorum@<host>). */
  readonly from?: string;
  readonly outbox: Outbox;
  /** SMTP when configured; without it the outbox is where the digests go. */
  readonly sender: MailSender | null;
  /** Only the digest of the account with this address. */
  readonly to?: string;
  /** Compose and report, write and send nothing, record nothing. */
  readonly dryRun?: boolean;
  /** Who runs it, for the audit log (`cli:<user>`). */
  readonly actor: string;
}

export type DigestOutcome =
  /** Nothing overdue or due soon: nothing sent. */
  | 'nothing'
  /** This week's digest was sent already, or written already and SMTP is not configured. */
  | 'already'
  /** Written to the outbox; SMTP not configured. */
  | 'written'
  | 'sent'
  /** Written, but SMTP refused or failed: the next run tries again. */
  | 'failed'
  /** --dry-run: what would be written and sent. */
  | 'would_send';

export interface DigestResult {
  readonly recipient: string;
  readonly outcome: DigestOutcome;
  readonly counts: { readonly overdueResponses: number; readonly dueSoon: number; readonly overdueActions: number };
  /** The outbox file, when one was written (this run or before). */
  readonly file?: string;
  /** The plain-text part, for --dry-run. */
  readonly text?: string;
  readonly problem?: string;
}

export interface WeeklyDigestReport {
  readonly week: string;
  readonly results: readonly DigestResult[];
}

function countsOf(f: FollowUps): DigestResult['counts'] {
  return {
    overdueResponses: f.overdueResponses.length,
    dueSoon: f.responsesDueSoon.length,
    overdueActions: f.overdueActions.length,
  };
}

const NONE = { overdueResponses: 0, dueSoon: 0, overdueActions: 0 };

/**
 * Writes each clerk's weekly digest (every active clerk and administrator, for the bodies they
 * clerk) to the outbox and sends it through SMTP when configured. At most one digest per clerk per
 * ISO week (London time): the week is claimed in `digest_deliveries`, in the same transaction as
 * the audit entry, before the mail is written; a week whose mail was written but not sent (no
 * SMTP then, or SMTP failed) is sent from the outbox by the next run that has SMTP. Never throws
 * for one clerk's SMTP failure: it is reported (`failed`) and the others go on.
 * @throws AppError NOT_FOUND when `to` names no active clerk or administrator.
 */
export async function sendWeeklyDigest(store: Store, options: WeeklyDigestOptions): Promise<WeeklyDigestReport> {
  const today = londonDateOf(options.now.toISOString());
  const week = isoWeekOf(today);
  const host = new URL(options.baseUrl).hostname;
  const { accounts, settings } = await store.transaction(async (repos) => ({
    accounts: await repos.accounts.list(),
    settings: councilSettingsFrom(await repos.settings.all()),
  }));
  const from = options.from ?? settings.contactEmail ?? `quorum@${host}`;
  let clerks: Account[] = accounts.filter((a) => a.active && (a.role === 'admin' || a.role === 'clerk'));
  if (options.to !== undefined) {
    const address = options.to.trim().toLowerCase();
    clerks = clerks.filter((a) => a.email === address);
    if (clerks.length === 0)
      throw new AppError('NOT_FOUND', `--to ${options.to}: no active clerk or administrator has this address`);
  }

  const results: DigestResult[] = [];
  for (const clerk of clerks) {
    results.push(
      await digestFor(store, clerk, { ...options, from, week, today, host, councilName: settings.councilName }),
    );
  }
  return { week, results };
}

interface DigestRun extends WeeklyDigestOptions {
  readonly from: string;
  readonly week: string;
  readonly today: ReturnType<typeof londonDateOf>;
  readonly host: string;
  readonly councilName: string;
}

async function digestFor(store: Store, clerk: Account, run: DigestRun): Promise<DigestResult> {
  const recipient = clerk.email;
  const { followUps, earlier } = await store.transaction(async (repos) => ({
    followUps: await readFollowUps(repos, clerk, run.today),
    earlier: await repos.digests.find(clerk.id, run.week),
  }));

  if (earlier) {
    if (earlier.sentAt !== null || run.sender === null || run.dryRun)
      return { recipient, outcome: 'already', counts: countsOf(followUps), file: earlier.fileName };
    // Written this week but not sent: send those very bytes now.
    const raw = run.outbox.read(earlier.fileName);
    if (!raw)
      return {
        recipient,
        outcome: 'failed',
        counts: countsOf(followUps),
        problem: `${earlier.fileName}: no longer in the outbox ${run.outbox.dir}`,
      };
    return send(store, run, clerk, { id: earlier.id, fileName: earlier.fileName, raw }, countsOf(followUps));
  }
  if (hasNothingToFollow(followUps)) return { recipient, outcome: 'nothing', counts: NONE };

  const messageId = `<digest-${run.week}-${clerk.id}@${run.host}>`;
  const message = await composeDigestMessage({
    followUps,
    councilName: run.councilName,
    baseUrl: run.baseUrl,
    from: run.from,
    to: recipient,
    messageId,
    date: run.now,
  });
  const counts = countsOf(followUps);
  if (run.dryRun) return { recipient, outcome: 'would_send', counts, text: message.text };

  const fileName = outboxFileName(run.week, recipient);
  const id = randomId();
  const writtenAt = run.now.toISOString();
  const claimed = await store.transaction(async (repos) => {
    const delivery = {
      id,
      accountId: clerk.id,
      week: run.week,
      recipient,
      messageId,
      fileName,
      itemCount: followUpCount(followUps),
      writtenAt,
      sentAt: null,
    };
    if (!(await repos.digests.claim(delivery))) return false;
    await repos.audit.add({
      id: randomId(),
      at: writtenAt,
      actor: run.actor,
      action: 'digest.write',
      subjectKind: 'digest',
      subjectId: id,
      before: undefined,
      after: { recipient, week: run.week, fileName, subject: message.subject, ...counts },
    });
    // Inside the transaction: a file that cannot be written leaves the week unclaimed.
    run.outbox.write(fileName, message.raw);
    return true;
  });
  if (!claimed) return { recipient, outcome: 'already', counts, file: fileName };
  if (run.sender === null) return { recipient, outcome: 'written', counts, file: fileName };
  return send(store, run, clerk, { id, fileName, raw: message.raw }, counts);
}

async function send(
  store: Store,
  run: DigestRun,
  clerk: Account,
  delivery: { id: string; fileName: string; raw: Buffer },
  counts: DigestResult['counts'],
): Promise<DigestResult> {
  const recipient = clerk.email;
  try {
    await run.sender!.send({ from: run.from, to: recipient, raw: delivery.raw });
  } catch (error) {
    return {
      recipient,
      outcome: 'failed',
      counts,
      file: delivery.fileName,
      problem: `SMTP: ${(error as Error).message.split('\n')[0]}`,
    };
  }
  const sentAt = run.now.toISOString();
  await store.transaction(async (repos) => {
    await repos.digests.markSent(delivery.id, sentAt);
    await repos.audit.add({
      id: randomId(),
      at: sentAt,
      actor: run.actor,
      action: 'digest.send',
      subjectKind: 'digest',
      subjectId: delivery.id,
      before: { sentAt: null },
      after: { recipient, week: run.week, fileName: delivery.fileName },
    });
  });
  return { recipient, outcome: 'sent', counts, file: delivery.fileName };
}
