import nodemailer from 'nodemailer';

/** Sends a composed message as it is: the bytes in the outbox are the bytes sent. */
export interface MailSender {
  send(message: { readonly from: string; readonly to: string; readonly raw: Buffer }): Promise<void>;
  close(): void;
}

/**
 * A sender over SMTP (QUORUM_SMTP_URL: `smtp://user:pass@host:587`, STARTTLS when the server
 * offers it; `smtps://…:465` for TLS from the start), through nodemailer.
 */
export function smtpSender(url: string): MailSender {
  const transport = nodemailer.createTransport(url);
  return {
    async send({ from, to, raw }) {
      await transport.sendMail({ envelope: { from, to }, raw });
    },
    close() {
      transport.close();
    },
  };
}
