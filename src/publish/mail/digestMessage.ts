import MailComposer from 'nodemailer/lib/mail-composer';
import type { FollowUps } from '../../domain/digest/followUp.js';
import { digestContent } from './digestContent.js';
import { digestHtml } from './digestHtml.js';
import { digestText } from './digestText.js';

export interface DigestMessageInput {
  readonly followUps: FollowUps;
  readonly councilName: string;
  /** QUORUM_BASE_URL without a trailing slash. */
  readonly baseUrl: string;
  readonly from: string;
  readonly to: string;
  /** `<…@host>`: stable for a clerk and week, so a resend is recognisably the same message. */
  readonly messageId: string;
  readonly date: Date;
}

/** A composed message: the RFC 5322 bytes as written to the outbox and sent, and its subject. */
export interface DigestMessage {
  readonly subject: string;
  readonly text: string;
  readonly raw: Buffer;
}

/**
 * One clerk's weekly digest as an RFC 5322 message: multipart/alternative with a UTF-8 plain-text
 * part and an HTML part. nodemailer's MailComposer writes the MIME: it encodes non-ASCII headers
 * (RFC 2047), folds long lines and picks the transfer encoding, which we would otherwise get wrong.
 */
export async function composeDigestMessage(input: DigestMessageInput): Promise<DigestMessage> {
  const content = digestContent(input.followUps, input.councilName, input.baseUrl);
  const text = digestText(content);
  const raw = await new MailComposer({
    from: input.from,
    to: input.to,
    subject: content.subject,
    messageId: input.messageId,
    date: input.date,
    text: { content: text },
    html: { content: digestHtml(content) },
    textEncoding: 'quoted-printable',
    // RFC 5322 lines end in CRLF, in the outbox file as on the wire.
    newline: 'win',
    // A robot's weekly summary: no out-of-office replies back to it.
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
  })
    .compile()
    .build();
  return { subject: content.subject, text, raw };
}
