import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/access/roles.js';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { dsrDeps } from '../../src/dsr/deps.js';
import { submitRequest } from '../../src/dsr/intake.js';
import { createPackageLink } from '../../src/dsr/package-link.js';
import type { RequestDetails } from '../../src/dsr/request.js';
import { loadRequest } from '../../src/dsr/store.js';
import type { Db } from '../../src/store/db.js';
import { dsrTestApp } from '../helpers/dsr-app.js';
import { csrfIn, seedUsers, TestBrowser } from '../helpers/http.js';
import { linkIn, type SmtpSink, startSmtpSink } from '../helpers/smtp.js';
import { freshPglite } from '../helpers/store.js';

/** The request queue and detail in the console, and every operator action through its form. */

const DAY = 86_400_000;
let db: Db;
let smtp: SmtpSink;
let t: Awaited<ReturnType<typeof dsrTestApp>>;
let emails: Record<Role, string>;
let deps: ReturnType<typeof dsrDeps>;
let n = 0;

beforeAll(async () => {
  db = await freshPglite();
  smtp = await startSmtpSink();
  t = await dsrTestApp(db, smtp, { publicUrl: 'https://privacy.cloudaware.example' });
  emails = await seedUsers(db, t.clock());
  deps = dsrDeps({ db, config: t.config, policy: t.policy.policy, clock: t.clock });
});
afterAll(async () => {
  await db?.close();
  await smtp?.close();
});

async function signedIn(role: Role): Promise<TestBrowser> {
  const b = new TestBrowser(t.app);
  expect((await b.signIn(emails[role])).status).toBe(303);
  return b;
}

async function filed(options: { details?: RequestDetails; daysAgo?: number; language?: 'nl' | 'en' } = {}) {
  const email = `subject${++n}@example.org`;
  const { request } = await submitRequest(deps, {
    details: options.details ?? { type: 'access' },
    identity: { email, phone: '+31201234567' },
    channel: 'portal',
    language: options.language ?? 'nl',
    receivedAt: new Date(t.clock().getTime() - (options.daysAgo ?? 0) * DAY),
    actor: 'person',
  });
  return { request, email };
}

/** Posts a form on the detail page with the page's own CSRF token. */
async function act(b: TestBrowser, id: string, action: string, fields: Record<string, string> = {}) {
  const page = await (await b.get(`/admin/requests/${id}`)).text();
  return b.post(`/admin/requests/${id}/${action}`, { _csrf: csrfIn(page), ...fields });
}

describe('request console', () => {
  it('lists the queue by due date with overdue and near-due marks', async () => {
    const late = await filed({ daysAgo: 30 });
    const soon = await filed({ daysAgo: 24 });
    const fresh = await filed({ daysAgo: 0 });
    const b = await signedIn('auditor');
    const res = await b.get('/admin/requests');
    expect(res.status).toBe(200);
    const page = await res.text();
    const order = [...page.matchAll(/data-reference="([^"]+)" data-deadline="([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(order.slice(0, 3)).toEqual([
      [late.request.reference, 'overdue'],
      [soon.request.reference, 'near'],
      [fresh.request.reference, 'ok'],
    ]);
    expect(page).toContain('<a href="/admin/requests" aria-current="page">Requests</a>');
  });

  it('shows the detail with identity masked, and no actions to an auditor', async () => {
    const { request, email } = await filed();
    const b = await signedIn('auditor');
    const page = await (await b.get(`/admin/requests/${request.id}`)).text();
    expect(page).toContain(request.reference);
    expect(page).not.toContain(email);
    expect(page).not.toContain('1234567');
    expect(page).toMatch(/s•+\d@e•+\.org/);
    expect(page).not.toContain('/approve"');
    expect(page).toContain('dsr.received');
  });

  it('verifies, approves and answers with a fresh package link; every step audited', async () => {
    const { request, email } = await filed();
    const b = await signedIn('operator');
    expect((await act(b, request.id, 'verify', { note: '' })).status).toBe(400);
    const v = await act(b, request.id, 'verify', {
      note: 'Belde vanaf het geregistreerde nummer; klantvragen klopten.',
    });
    expect(v.status).toBe(303);
    expect((await act(b, request.id, 'approve')).status).toBe(303);

    const dir = mkdtempSync(join(tmpdir(), 'grondslag-pkg-'));
    writeFileSync(join(dir, 'p.zip'), 'zip');
    await createPackageLink(
      db,
      { requestId: request.id, path: join(dir, 'p.zip'), fileName: 'p.zip', byteLength: 3 },
      t.clock(),
    );

    const answered = await act(b, request.id, 'answer', { message: 'In de bijlage vindt u al uw gegevens.' });
    expect(answered.status).toBe(303);
    const mail = await smtp.waitForMail(email);
    expect(mail.subject).toBe(`Antwoord op uw verzoek ${request.reference}`);
    expect(mail.text).toContain('In de bijlage vindt u al uw gegevens.');
    const link = linkIn(mail, '/request/download/');
    expect(link).toMatch(/^https:\/\/privacy\.cloudaware\.example\/request\/download\//);
    expect((await new TestBrowser(t.app).get(new URL(link).pathname)).status).toBe(200);

    const page = await (await b.get(`/admin/requests/${request.id}?notice=answered`)).text();
    expect(page).toContain('data-status="completed"');
    for (const action of ['dsr.received', 'dsr.verified', 'dsr.approved', 'dsr.completed'])
      expect(page).toContain(action);
    // The evidence copy of the answer does not hold the working link.
    expect(page).not.toContain(new URL(link).pathname);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses with reasons and mails the Art. 12(4) letter, in Dutch and in English', async () => {
    const nl = await filed();
    const b = await signedIn('operator');
    const res = await act(b, nl.request.id, 'deny', {
      ground: 'manifestly_unfounded',
      reasons: 'U diende dit week al vijf identieke verzoeken in.',
    });
    expect(res.status).toBe(303);
    const mail = await smtp.waitForMail(nl.email);
    expect(mail.subject).toBe(`Besluit op uw verzoek ${nl.request.reference}`);
    expect(mail.text).toContain('U diende dit week al vijf identieke verzoeken in.');
    expect(mail.text).toContain('kennelijk ongegrond (artikel 12 lid 5 AVG)');
    expect(mail.text).toContain('klacht indienen bij de Autoriteit Persoonsgegevens');
    expect(mail.text).toContain('verzoekschrift aan de rechtbank');

    const en = await filed({ language: 'en' });
    await act(b, en.request.id, 'deny', {
      ground: 'identity_not_established',
      reasons: 'The code was never entered.',
    });
    const enMail = await smtp.waitForMail(en.email);
    expect(enMail.text).toContain(
      'lodge a complaint with the supervisory authority, the Autoriteit Persoonsgegevens',
    );
    expect(enMail.text).toContain('judicial remedy in court (Article 79 GDPR)');
    expect((await loadRequest(db, t.sealer, en.request.id)).status).toBe('denied');

    const empty = await act(b, (await filed()).request.id, 'deny', { ground: 'other', reasons: ' ' });
    expect(empty.status).toBe(400);
  });

  it('extends once, within the first month, by sending the notice', async () => {
    const { request, email } = await filed({ daysAgo: 10 });
    const b = await signedIn('operator');
    const res = await act(b, request.id, 'extend', {
      reasons: 'Uw gegevens staan in twaalf systemen.',
      months: '2',
    });
    expect(res.status).toBe(303);
    const mail = await smtp.waitForMail(email);
    expect(mail.text).toContain('Uw gegevens staan in twaalf systemen.');
    const after = await loadRequest(db, t.sealer, request.id);
    expect(after.extension?.noticeSentAt).toEqual(t.clock());
    // Received 20 Feb 2026 09:00 (10 days before the clock): first due 20 March, extended to 20 May.
    expect(after.dueAt.toISOString()).toBe('2026-05-20T09:00:00.000Z');
    expect(mail.text).toContain('20 mei 2026');
    const twice = await act(b, request.id, 'extend', { reasons: 'Nog meer.', months: '1' });
    expect(twice.status).toBe(409);
    expect(smtp.mailsTo(email)).toHaveLength(1);

    const late = await filed({ daysAgo: 29 });
    const tooLate = await act(b, late.request.id, 'extend', { reasons: 'Te laat.', months: '2' });
    expect(tooLate.status).toBe(409);
    expect(smtp.mailsTo(late.email)).toHaveLength(0);
  });

  it('records a doubt and mails the person an ID-copy upload link', async () => {
    const { request, email } = await filed();
    const b = await signedIn('operator');
    const res = await act(b, request.id, 'doubt', { reason: 'The address was changed yesterday.' });
    expect(res.status).toBe(303);
    const mail = await smtp.waitForMail(email);
    expect(linkIn(mail, '/request/id/')).toContain('https://privacy.cloudaware.example/request/id/');
    const after = await loadRequest(db, t.sealer, request.id);
    expect(after.doubt?.reason).toBe('The address was changed yesterday.');
    expect(after.status).toBe('awaiting_verification');
  });

  it('sets the type of an e-mail read as unknown before it can be approved', async () => {
    const { request } = await filed({ details: { type: 'unknown' } });
    const b = await signedIn('operator');
    await act(b, request.id, 'verify', { note: 'Known caller' });
    const refused = await act(b, request.id, 'approve');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('has no type yet');
    expect((await act(b, request.id, 'type', { type: 'rectification' })).status).toBe(303);
    expect((await act(b, request.id, 'approve')).status).toBe(303);
    expect((await loadRequest(db, t.sealer, request.id)).type).toBe('rectification');
  });

  it('leaves an objection on legitimate interest to the DPO, whose rejection is mailed as a refusal', async () => {
    const { request, email } = await filed({
      details: { type: 'objection', ground: 'legitimate_interest', purposes: [] },
    });
    const operator = await signedIn('operator');
    await act(operator, request.id, 'verify', { note: 'Code by phone' });
    const page = await (await operator.get(`/admin/requests/${request.id}`)).text();
    expect(page).toContain('waits for the DPO');
    const csrf = csrfIn(page);
    expect(
      (
        await operator.post(`/admin/requests/${request.id}/objection`, {
          _csrf: csrf,
          outcome: 'upheld',
          reasons: 'x',
        })
      ).status,
    ).toBe(403);
    const dpo = await signedIn('dpo');
    const res = await act(dpo, request.id, 'objection', {
      outcome: 'rejected',
      reasons: 'Fraudepreventie op het netwerk weegt zwaarder (dwingende gerechtvaardigde gronden).',
    });
    expect(res.status).toBe(303);
    const mail = await smtp.waitForMail(email);
    expect(mail.text).toContain('Fraudepreventie op het netwerk weegt zwaarder');
    expect(mail.text).toContain('Autoriteit Persoonsgegevens');
    expect((await loadRequest(db, t.sealer, request.id)).status).toBe('denied');
  });
});
