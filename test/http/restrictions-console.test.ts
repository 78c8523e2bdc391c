import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitRequest } from '../../src/dsr/intake.js';
import { senderFromPolicy } from '../../src/dsr/letters.js';
import { addRestriction } from '../../src/dsr/restriction.js';
import type { Db } from '../../src/store/db.js';
import { dsrTestApp } from '../helpers/dsr-app.js';
import { seedUsers, TestBrowser } from '../helpers/http.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp.js';
import { freshPglite } from '../helpers/store.js';

/** The console's Restrictions page: the list by request, never by identifier, and lifting an entry. */

let db: Db;
let smtp: SmtpSink;
let t: Awaited<ReturnType<typeof dsrTestApp>>;
let users: Awaited<ReturnType<typeof seedUsers>>;
let entry: number;
let reference: string;

beforeAll(async () => {
  db = await freshPglite();
  smtp = await startSmtpSink();
  t = await dsrTestApp(db, smtp);
  users = await seedUsers(db, t.clock());
  const { request } = await submitRequest(
    {
      db,
      sealer: t.sealer,
      clock: t.clock,
      sender: senderFromPolicy(t.policy.policy),
      publicUrl: 'http://127.0.0.1',
    },
    {
      details: { type: 'objection', ground: 'direct_marketing', purposes: [] },
      identity: { email: 'hanna@example.org' },
      channel: 'portal',
      language: 'en',
      actor: 'person',
    },
  );
  reference = request.reference;
  entry = await db.transaction((tx) =>
    addRestriction(
      tx,
      t.sealer,
      {
        requestId: request.id,
        scope: 'direct_marketing',
        purposes: [],
        reason: 'objection_direct_marketing',
        article: 'GDPR Art. 21(3)',
        identity: { email: 'hanna@example.org' },
      },
      t.clock(),
    ),
  );
});
afterAll(async () => {
  await db?.close();
  await smtp?.close();
});

describe('console: Restrictions', () => {
  it('shows an auditor the list by request, without identifiers and without a lift form', async () => {
    const auditor = new TestBrowser(t.app);
    expect((await auditor.signIn(users.auditor)).status).toBe(303);
    const res = await auditor.get('/admin/restrictions');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('no direct marketing');
    expect(page).toContain(reference);
    expect(page).toContain('GDPR Art. 21(3)');
    expect(page).not.toContain('hanna@example.org');
    expect(page).not.toContain(`/admin/restrictions/${entry}/lift`);
    expect(page).toContain('href="/admin/restrictions"');
    const post = await auditor.post(
      `/admin/restrictions/${entry}/lift`,
      { reasons: 'x' },
      { csrfFrom: '/admin/restrictions' },
    );
    expect(post.status).toBe(403);
  });

  it('lets an operator lift an entry with reasons, mailing the person first', async () => {
    const operator = new TestBrowser(t.app);
    expect((await operator.signIn(users.operator)).status).toBe(303);
    const empty = await operator.post(
      `/admin/restrictions/${entry}/lift`,
      { reasons: '  ' },
      { csrfFrom: '/admin/restrictions' },
    );
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('the reasons for lifting the restriction must be given');
    expect(smtp.mailsTo('hanna@example.org')).toHaveLength(0);

    const lifted = await operator.post(
      `/admin/restrictions/${entry}/lift`,
      { reasons: 'You asked us to send the newsletter again.' },
      { csrfFrom: '/admin/restrictions' },
    );
    expect(lifted.status).toBe(303);
    expect(lifted.headers.get('location')).toBe('/admin/restrictions?notice=lifted');
    const mail = await smtp.waitForMail('hanna@example.org');
    expect(mail.text).toContain('You asked us to send the newsletter again.');
    expect(mail.text).toContain('Article 18(3) GDPR');

    const after = await (await operator.get('/admin/restrictions?notice=lifted')).text();
    expect(after).toContain('The entry is lifted');
    expect(after).toContain('No active entries.');
    const all = await (await operator.get('/admin/restrictions?all=true')).text();
    expect(all).toMatch(
      /lifted \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC: You asked us to send the newsletter again\./,
    );

    const again = await operator.post(
      `/admin/restrictions/${entry}/lift`,
      { reasons: 'again' },
      { csrfFrom: '/admin/restrictions?all=true' },
    );
    expect(again.status).toBe(409);
  });
});
