import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './jobs.js';

/**
 * A real SMTP server in the test process on 127.0.0.1 (a free port): Grondslag sends through
 * nodemailer exactly as in production, and the test reads what arrived.
 */

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpSink {
  port: number;
  mails: ReceivedMail[];
  /** The `mail` configuration section that sends to this server. */
  config: { from: string; smtp: { host: string; port: number; secure: boolean } };
  /** Waits for the `n`-th mail (1-based) to `to` and returns it. */
  waitForMail(to: string, n?: number): Promise<ReceivedMail>;
  mailsTo(to: string): ReceivedMail[];
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            mails.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              raw,
              parsed,
            });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  const mailsTo = (to: string) => mails.filter((m) => m.to.includes(to.toLowerCase()));
  return {
    port,
    mails,
    config: { from: 'privacy@cloudaware.example', smtp: { host: '127.0.0.1', port, secure: false } },
    mailsTo,
    waitForMail: (to, n = 1) => waitFor(`mail ${n} to ${to}`, () => mailsTo(to)[n - 1], 30_000),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The 6-digit code in a verification mail. */
export function codeIn(mail: ReceivedMail): string {
  const m = /^\s+(\d{6})\s*$/m.exec(mail.text);
  if (!m?.[1]) throw new Error(`no code in mail "${mail.subject}"`);
  return m[1];
}

/** The first link to this server's portal in a mail. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const m = new RegExp(`https?://[^\\s]+${path.replace(/\//g, '\\/')}[^\\s]*`).exec(mail.text);
  if (!m) throw new Error(`no ${path} link in mail "${mail.subject}"`);
  return m[0];
}
