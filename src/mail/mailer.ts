import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import { GrondslagError } from '../errors.js';

/**
 * Outgoing mail over SMTP (config `mail.smtp`), through nodemailer. One small interface so that
 * every sender — verification codes, notices, alerts — goes the same way, and a test points it at
 * an SMTP server it runs itself.
 */

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** The From address every mail carries. */
  readonly from: string;
  /** Sends one mail; resolves with the Message-ID the server accepted it under. */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

export type MailConfig = NonNullable<Config['mail']>;

/**
 * @example
 *   const mailer = createMailer(config.mail);
 *   await mailer.send({ to: 'jan@example.nl', subject: 'Code', text: '123456' });
 */
export function createMailer(mail: MailConfig): Mailer {
  const smtp = mail.smtp;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    // Do not hang a request for minutes on an unreachable server.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    from: mail.from,
    async send(m) {
      try {
        const info = await transport.sendMail({
          from: mail.from,
          to: m.to,
          subject: m.subject,
          text: m.text,
        });
        return { messageId: info.messageId };
      } catch (e) {
        // The message names the server, never the recipient: logs must not carry addresses.
        throw new GrondslagError(
          'MAIL_SEND_FAILED',
          `could not send mail through ${smtp.host}:${smtp.port}`,
          {
            kind: 'internal',
            cause: e,
          },
        );
      }
    },
    close() {
      transport.close();
    },
  };
}

/** A mailer when mail is configured, else undefined (callers then record that nothing was sent). */
export function mailerFor(config: Pick<Config, 'mail'>): Mailer | undefined {
  return config.mail ? createMailer(config.mail) : undefined;
}
