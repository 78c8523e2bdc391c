import { ImapFlow } from 'imapflow';
import type { Config } from '../config.js';
import { isGrondslagError } from '../errors.js';
import type { Logger } from '../log.js';
import type { DsrDeps } from './deps.js';
import { importRequestMail } from './email-intake.js';

/**
 * Polls the privacy@ mailbox (config `mail.imap`) and imports each unread message as a request
 * (src/dsr/email-intake.ts). A message is marked read — and moved to `processedMailbox` when one is
 * configured — only after its import committed; a crash in between re-imports it next time, which
 * the Message-ID check turns into a no-op. A message that can never become a request (no sender) is
 * flagged `$GrondslagRejected` and marked read, so it is not retried every minute; an operator sees
 * it in the mailbox.
 */

export type ImapConfig = NonNullable<NonNullable<Config['mail']>['imap']>;

export interface PollReport {
  imported: number;
  grouped: number;
  alreadyImported: number;
  rejected: number;
}

/**
 * @example
 *   const report = await pollMailbox(deps, config.mail.imap, log);
 */
export async function pollMailbox(deps: DsrDeps, imap: ImapConfig, log: Logger): Promise<PollReport> {
  const client = new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: imap.secure,
    auth: { user: imap.user, pass: imap.password },
    logger: false,
    // A test server on 127.0.0.1 has no certificate for its name; production uses `secure: true`.
    tls: { rejectUnauthorized: imap.secure },
  });
  const report: PollReport = { imported: 0, grouped: 0, alreadyImported: 0, rejected: 0 };
  await client.connect();
  try {
    const lock = await client.getMailboxLock(imap.mailbox);
    try {
      const uids = (await client.search({ seen: false }, { uid: true })) || [];
      for (const uid of uids) {
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
        const source = message ? message.source : undefined;
        if (!source) continue;
        try {
          const r = await importRequestMail(deps, source, { actor: 'system:imap' });
          if (r.alreadyImported) report.alreadyImported++;
          else if (r.grouped) report.grouped++;
          else report.imported++;
        } catch (e) {
          if (!(isGrondslagError(e) && e.kind === 'input')) throw e;
          report.rejected++;
          log.warn('mail is not a usable request; flagged in the mailbox', { uid, code: e.code });
          await client.messageFlagsAdd(String(uid), ['$GrondslagRejected', '\\Seen'], { uid: true });
          continue;
        }
        await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
        if (imap.processedMailbox)
          await client.messageMove(String(uid), imap.processedMailbox, { uid: true });
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return report;
}
