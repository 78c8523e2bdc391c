import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dsrDeps } from '../../src/dsr/deps.js';
import { recordDoubtAndRequestIdCopy, verifyWithIdCopy } from '../../src/dsr/id-copy.js';
import { createPackageLink, listPackageLinks } from '../../src/dsr/package-link.js';
import { listEvents, loadRequest } from '../../src/dsr/store.js';
import type { Db } from '../../src/store/db.js';
import { databaseText } from '../helpers/dsr.js';
import { dsrTestApp } from '../helpers/dsr-app.js';
import { TestBrowser } from '../helpers/http.js';
import { renderIdCard } from '../helpers/id-specimen.js';
import { codeIn, linkIn, type SmtpSink, startSmtpSink } from '../helpers/smtp.js';
import { freshPglite } from '../helpers/store.js';

/**
 * The public request pages through the real app: file → code by SMTP → verify → status; what the
 * pages do not reveal; rate limits; the ID-copy route after a recorded doubt; the package download.
 */

let db: Db;
let smtp: SmtpSink;
let t: Awaited<ReturnType<typeof dsrTestApp>>;
let ip = 0;

/** A browser from its own address, so that rate limits of one test do not touch another. */
function visitor(): TestBrowser {
  ip++;
  return new TestBrowser(t.app, { incoming: { socket: { remoteAddress: `198.51.100.${ip}` } } });
}

async function file(b: TestBrowser, fields: Record<string, string>, lang = 'nl'): Promise<Response> {
  return b.post(
    `/request?lang=${lang}`,
    { language: lang, type: 'access', ...fields },
    { csrfFrom: `/request?lang=${lang}` },
  );
}

function tokenFrom(location: string | null): string {
  const m = /^\/request\/verify\/([^?]+)\?lang=(nl|en)$/.exec(location ?? '');
  if (!m?.[1]) throw new Error(`unexpected redirect ${location}`);
  return decodeURIComponent(m[1]);
}

beforeAll(async () => {
  db = await freshPglite();
  smtp = await startSmtpSink();
  t = await dsrTestApp(db, smtp, { publicUrl: 'https://privacy.cloudaware.example' });
});
afterAll(async () => {
  await db?.close();
  await smtp?.close();
});

describe('request portal', () => {
  it('shows the form in Dutch and English, with every right and a CSRF field', async () => {
    const b = visitor();
    const nl = await (await b.get('/request')).text();
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain('Privacyverzoek indienen');
    for (const type of [
      'access',
      'portability',
      'rectification',
      'erasure',
      'restriction',
      'objection',
      'withdraw_consent',
      'minor_report',
    ]) {
      expect(nl).toContain(`value="${type}"`);
    }
    expect(nl).toMatch(/name="_csrf" value="[^"]+"/);
    const en = await (await b.get('/request?lang=en')).text();
    expect(en).toContain('Make a privacy request');
  });

  it('files, mails a code over SMTP, verifies, and shows the status', async () => {
    const b = visitor();
    const res = await file(b, { email: 'eva@example.org', phone: '0687654321', text: 'Graag inzage.' });
    expect(res.status).toBe(303);
    const token = tokenFrom(res.headers.get('location'));
    const verifyPage = await b.get(res.headers.get('location')!);
    expect(await verifyPage.text()).toContain('Controleer uw e-mail');

    const mail = await smtp.waitForMail('eva@example.org');
    expect(mail.subject).toMatch(/^Uw verificatiecode voor privacyverzoek DSR-\d{4}-\d{4}$/);
    expect(linkIn(mail, '/request/verify/')).toBe(
      `https://privacy.cloudaware.example/request/verify/${token}`,
    );
    const code = codeIn(mail);

    // Before the code, the status page sends the person back to the code form.
    expect((await b.get(`/request/status/${token}`)).headers.get('location')).toBe(
      `/request/verify/${token}`,
    );

    const wrong = await b.post(
      `/request/verify/${token}?lang=nl`,
      { code: code === '999999' ? '000000' : '999999' },
      {
        csrfFrom: `/request/verify/${token}`,
      },
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('nog 4 keer');

    const ok = await b.post(
      `/request/verify/${token}?lang=nl`,
      { code },
      { csrfFrom: `/request/verify/${token}` },
    );
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/request/status/${token}?lang=nl`);
    const status = await b.get(ok.headers.get('location')!);
    expect(status.headers.get('cache-control')).toBe('no-store');
    const page = await status.text();
    expect(page).toContain('Identiteit bevestigd; wij beoordelen uw verzoek');
    expect(page).toMatch(/DSR-\d{4}-\d{4}/);
    expect(page).toContain('30 maart 2026'); // received 2 March 2026 (test clock) + 28 days
    // The verify link now goes straight to the status.
    expect((await b.get(`/request/verify/${token}`)).headers.get('location')).toContain('/request/status/');
  });

  it('answers the same for an address it knows and one it does not', async () => {
    // Make "known@" known: an open request exists.
    const first = visitor();
    expect((await file(first, { email: 'known@example.org', type: 'erasure' })).status).toBe(303);
    await smtp.waitForMail('known@example.org');

    const responses = [];
    for (const email of ['known@example.org', 'stranger@example.org']) {
      const b = visitor();
      const res = await file(b, { email, type: 'erasure' });
      const location = res.headers.get('location');
      const token = tokenFrom(location);
      const page = await (await b.get(location!)).text();
      responses.push({
        status: res.status,
        headers: [...res.headers.entries()]
          .filter(([k]) => !['date', 'set-cookie', 'x-request-id'].includes(k))
          .map(([k, v]) => [k, v.replace(token, 'TOKEN')]),
        body: (await res.text()).replace(token, 'TOKEN'),
        page: page.replaceAll(token, 'TOKEN').replace(/name="_csrf" value="[^"]+"/g, ''),
      });
    }
    expect(responses[0]).toEqual(responses[1]);
    // Both addresses get a code: the mailbox owner learns their own reference, nobody else anything.
    expect(smtp.mailsTo('known@example.org')).toHaveLength(2);
    expect(smtp.mailsTo('stranger@example.org')).toHaveLength(1);
  });

  it('refuses a form without the CSRF token', async () => {
    const b = visitor();
    await b.get('/request');
    const res = await b.post('/request', { type: 'access', email: 'x@example.org' });
    expect(res.status).toBe(403);
    expect((await b.post('/request/verify/whatever', { code: '123456' })).status).toBe(403);
  });

  it('shows the form again with the problem and sends nothing for a bad address', async () => {
    const b = visitor();
    const before = smtp.mails.length;
    const res = await file(b, { email: 'not an address', text: 'mijn tekst' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('class="field-error" id="email-error"');
    expect(page).toContain('mijn tekst'); // the draft is kept
    expect(smtp.mails.length).toBe(before);
  });

  it('limits submissions per client address (counted in the database)', async () => {
    const b = visitor();
    for (let i = 0; i < 10; i++) {
      expect((await file(b, { email: `flood${i}@example.org` })).status).toBe(303);
    }
    const refused = await file(b, { email: 'flood10@example.org' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await file(visitor(), { email: 'calm@example.org' })).status).toBe(303);
  });

  it('opens nothing for unknown links', async () => {
    const b = visitor();
    expect((await b.get('/request/status/made-up')).status).toBe(404);
    expect((await b.get('/request/verify/made-up')).status).toBe(404);
    expect((await b.get('/request/id/made-up')).status).toBe(404);
    expect((await b.get('/request/download/made-up')).status).toBe(404);
  });

  it('after a recorded doubt, refuses a readable ID copy, keeps a masked one sealed, and deletes it on verification', async () => {
    const b = visitor();
    const res = await file(b, { email: 'doubt@example.org', type: 'erasure' });
    tokenFrom(res.headers.get('location'));
    const deps = dsrDeps({ db, config: t.config, policy: t.policy.policy, clock: t.clock });
    const id = (
      await db.query<{ id: string }>(
        `select id from grondslag.dsr_request order by received_at desc, reference desc limit 1`,
      )
    ).rows[0]!.id;
    await recordDoubtAndRequestIdCopy(deps, id, {
      by: 'user:op',
      reason: 'Het adres wijkt af van het klantaccount.',
    });
    const mail = await smtp.waitForMail('doubt@example.org', 2);
    expect(mail.text).toContain('Het adres wijkt af van het klantaccount.');
    expect(mail.text).toContain('burgerservicenummer (BSN)');
    const upload = new URL(linkIn(mail, '/request/id/')).pathname;

    const form = await b.get(upload);
    expect(form.status).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;

    const send = (png: Buffer) => {
      const body = new FormData();
      body.set('_csrf', csrf);
      body.set('file', new File([new Uint8Array(png)], 'kopie.png', { type: 'image/png' }));
      return b.request(upload, { method: 'POST', body });
    };

    const readable = await send(renderIdCard());
    expect(readable.status).toBe(422);
    const refusedPage = await readable.text();
    expect(refusedPage).toContain('uw BSN');
    expect(refusedPage).toContain('uw pasfoto');
    expect((await db.query('select 1 from grondslag.dsr_id_copy')).rows).toHaveLength(0);

    const masked = renderIdCard({ mask: { photo: true, documentNumber: true, bsn: true, mrz: true } });
    const accepted = await send(masked);
    expect(accepted.status).toBe(201);
    const stored = await db.query<{ sealed: string }>(
      'select sealed from grondslag.dsr_id_copy where request_id = $1',
      [id],
    );
    expect(stored.rows).toHaveLength(1);
    const sealed = stored.rows[0]!.sealed;
    expect(t.sealer.open(sealed).equals(masked)).toBe(true);

    const verified = await verifyWithIdCopy(deps, id, { by: 'user:op' });
    expect(verified.verification).toMatchObject({ method: 'id_copy', by: 'user:op' });
    expect((await db.query('select 1 from grondslag.dsr_id_copy')).rows).toHaveLength(0);
    const everything = await databaseText(db);
    expect(everything).not.toContain(sealed.slice(-40));
    expect(everything).not.toContain(masked.toString('base64').slice(100, 160));
    const kinds = (await listEvents(db, id)).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['id_copy_refused', 'id_copy_received', 'verified', 'id_copy_deleted']),
    );
    // The upload link is gone too.
    expect((await b.get(upload)).status).toBe(404);
  }, 120_000);

  it('serves the package through an expiring link and counts the download', async () => {
    const b = visitor();
    const res = await file(b, { email: 'package@example.org' });
    tokenFrom(res.headers.get('location'));
    const id = (
      await db.query<{ id: string }>(`select id from grondslag.dsr_request order by reference desc limit 1`)
    ).rows[0]!.id;
    const dir = mkdtempSync(join(tmpdir(), 'grondslag-pkg-'));
    const bytes = Buffer.from('PK\u0003\u0004 pretend zip');
    const path = join(dir, 'inzage.zip');
    writeFileSync(path, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const { token } = await createPackageLink(
      db,
      { requestId: id, path, fileName: 'cloudaware-inzage.zip', byteLength: bytes.length, sha256 },
      t.clock(),
    );
    const page = await b.get(`/request/download/${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('cloudaware-inzage.zip');
    expect(html).toContain(sha256);
    const dl = await b.get(`/request/download/${token}/file`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-disposition')).toBe('attachment; filename="cloudaware-inzage.zip"');
    expect(Buffer.from(await dl.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await listPackageLinks(db, id))[0]?.downloads).toBe(1);

    t.clock.advance(15 * 24 * 3600 * 1000);
    expect((await b.get(`/request/download/${token}`)).status).toBe(410);
    expect((await b.get(`/request/download/${token}/file`)).status).toBe(410);
    t.clock.advance(-15 * 24 * 3600 * 1000);
    expect((await loadRequest(db, t.sealer, id)).status).toBe('awaiting_verification');
  });
});
