import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImapConfig, pollMailbox } from '../../src/dsr/imap-poll.js';
import { listMessages, listRequests } from '../../src/dsr/store.js';
import { memoryLogger } from '../../src/log.js';
import type { Db } from '../../src/store/db.js';
import { type Dovecot, dovecotAvailable, startDovecot } from '../helpers/dovecot.js';
import { dsrTestDeps } from '../helpers/dsr.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp.js';
import { freshPglite } from '../helpers/store.js';

/**
 * The privacy@ mailbox on a real IMAP server (Dovecot): new mail becomes requests, is marked read and
 * moved; a message without a sender is flagged and left; nothing is imported twice.
 */

const fixtures = join(process.cwd(), 'test', 'fixtures', 'dsr');

describe.skipIf(!dovecotAvailable)('IMAP mailbox polling (Dovecot)', () => {
  let dovecot: Dovecot;
  let db: Db;
  let smtp: SmtpSink;
  let imap: ImapConfig;

  const client = () =>
    new ImapFlow({
      host: '127.0.0.1',
      port: dovecot.port,
      secure: false,
      auth: { user: dovecot.user, pass: dovecot.password },
      logger: false,
    });

  async function append(...files: string[]) {
    const c = client();
    await c.connect();
    try {
      for (const f of files) await c.append('INBOX', readFileSync(join(fixtures, f)));
    } finally {
      await c.logout();
    }
  }

  async function mailbox(path: string) {
    const c = client();
    await c.connect();
    try {
      const lock = await c.getMailboxLock(path);
      try {
        const out: { subject: string; flags: string[] }[] = [];
        for await (const m of c.fetch('1:*', { envelope: true, flags: true })) {
          out.push({ subject: m.envelope?.subject ?? '', flags: [...(m.flags ?? [])].sort() });
        }
        return out;
      } finally {
        lock.release();
      }
    } finally {
      await c.logout();
    }
  }

  beforeAll(async () => {
    dovecot = await startDovecot();
    db = await freshPglite();
    smtp = await startSmtpSink();
    imap = {
      host: '127.0.0.1',
      port: dovecot.port,
      secure: false,
      user: dovecot.user,
      password: dovecot.password,
      mailbox: 'INBOX',
      processedMailbox: 'Processed',
    };
    const c = client();
    await c.connect();
    await c.mailboxCreate('Processed');
    await c.logout();
  }, 60_000);
  afterAll(async () => {
    await dovecot?.stop();
    await db?.close();
    await smtp?.close();
  });

  it('imports new mail as requests, moves it, flags what it cannot use, and never imports twice', async () => {
    const deps = await dsrTestDeps(db, { smtp });
    const log = memoryLogger();
    await append('inzage-nl.eml', 'erasure-en.eml', 'zonder-afzender.eml');

    const first = await pollMailbox(deps, imap, log);
    expect(first).toEqual({ imported: 2, grouped: 0, alreadyImported: 0, rejected: 1 });
    const requests = await listRequests(db, deps.sealer);
    expect(requests.map((r) => [r.type, r.channel]).sort()).toEqual([
      ['access', 'email'],
      ['erasure', 'email'],
    ]);
    // The raw message is the evidence, sealed.
    const access = requests.find((r) => r.type === 'access')!;
    const [evidence] = await listMessages(db, deps.sealer, access.id);
    expect(evidence?.purpose).toBe('email');
    expect(evidence?.body).toContain('Message-ID: <inzage-20260112-1@mail.example.nl>');
    // Each sender gets a code.
    await smtp.waitForMail('sanne.devries@example.nl');
    await smtp.waitForMail('tom.baker@example.co.uk');

    expect(await mailbox('INBOX')).toEqual([{ subject: 'inzage', flags: ['$GrondslagRejected', '\\Seen'] }]);
    expect((await mailbox('Processed')).map((m) => m.subject).sort()).toEqual([
      'Inzageverzoek',
      'Please delete my account and data',
    ]);

    // Nothing new: nothing happens.
    expect(await pollMailbox(deps, imap, log)).toEqual({
      imported: 0,
      grouped: 0,
      alreadyImported: 0,
      rejected: 0,
    });
    // The same message delivered again (same Message-ID): recognised, not a second request.
    await append('inzage-nl.eml');
    expect(await pollMailbox(deps, imap, log)).toEqual({
      imported: 0,
      grouped: 0,
      alreadyImported: 1,
      rejected: 0,
    });
    expect(await listRequests(db, deps.sealer)).toHaveLength(2);
    expect(smtp.mailsTo('sanne.devries@example.nl')).toHaveLength(1);
  }, 60_000);
});
