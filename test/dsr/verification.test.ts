import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markVerified } from '../../src/dsr/actions.js';
import { submitRequest } from '../../src/dsr/intake.js';
import type { RequestDetails } from '../../src/dsr/request.js';
import { listEvents, listMessages, loadRequest } from '../../src/dsr/store.js';
import { CODE_MAX_ATTEMPTS, checkCode, sendVerificationCode } from '../../src/dsr/verification.js';
import type { Db } from '../../src/store/db.js';
import { databaseText, dsrTestDeps } from '../helpers/dsr.js';
import { codeIn, type SmtpSink, startSmtpSink } from '../helpers/smtp.js';
import { testStores } from '../helpers/store.js';

describe.each(testStores)('verification by e-mail code over SMTP on $name', (store) => {
  let db: Db;
  let close: () => Promise<void>;
  let smtp: SmtpSink;
  let deps: Awaited<ReturnType<typeof dsrTestDeps>>;
  let n = 0;

  beforeAll(async () => {
    if (!store.available) return;
    const s = await store.open();
    db = s.db;
    close = s.close;
    smtp = await startSmtpSink();
    deps = await dsrTestDeps(db, { smtp });
  });
  afterAll(async () => {
    await close?.();
    await smtp?.close();
  });

  async function filed(details: RequestDetails = { type: 'access' }, language: 'nl' | 'en' = 'nl') {
    const email = `person${++n}@example.org`;
    const { request } = await submitRequest(deps, {
      details,
      identity: { email },
      channel: 'portal',
      language,
      actor: 'person',
    });
    const sent = await sendVerificationCode(deps, request.id);
    const mail = await smtp.waitForMail(email);
    return { email, request: sent.request, token: sent.statusToken, mail, code: codeIn(mail) };
  }

  it.skipIf(!store.available)('mails a code in the request’s language; the right code verifies', async () => {
    const { request, token, mail, code } = await filed({ type: 'access' }, 'en');
    expect(request.status).toBe('awaiting_verification');
    expect(mail.subject).toContain(request.reference);
    expect(mail.text).toContain('enter this code');
    expect(mail.text).toContain(`http://portal.test/request/verify/${token}`);
    // The code is kept only as a keyed hash; the evidence copy of the mail has it blanked out.
    expect(await databaseText(db)).not.toContain(code);
    const out = (await listMessages(db, deps.sealer, request.id)).find((m) => m.purpose === 'code');
    expect(out?.body).toContain('••••••');

    const result = await checkCode(deps, token, code);
    expect(result.ok).toBe(true);
    const after = await loadRequest(db, deps.sealer, request.id);
    expect(after.status).toBe('verified');
    expect(after.verification?.method).toBe('email_code');
  });

  it.skipIf(!store.available)('counts wrong codes and locks the attempt after five', async () => {
    const { token, code, request, email } = await filed();
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i < CODE_MAX_ATTEMPTS; i++) {
      expect(await checkCode(deps, token, wrong)).toEqual({
        ok: false,
        reason: 'wrong',
        attemptsLeft: CODE_MAX_ATTEMPTS - i,
      });
    }
    expect(await checkCode(deps, token, wrong)).toEqual({ ok: false, reason: 'exhausted' });
    // Even the right code no longer works on this attempt.
    expect(await checkCode(deps, token, code)).toEqual({ ok: false, reason: 'exhausted' });
    expect((await loadRequest(db, deps.sealer, request.id)).status).toBe('awaiting_verification');
    expect((await listEvents(db, request.id)).filter((e) => e.kind === 'verification_failed')).toHaveLength(
      5,
    );

    // A new code on the same link starts afresh.
    await sendVerificationCode(deps, request.id, { statusToken: token });
    const second = codeIn(await smtp.waitForMail(email, 2));
    expect((await checkCode(deps, token, second)).ok).toBe(true);
  });

  it.skipIf(!store.available)(
    'refuses a code after 30 minutes, and an old code after a new one was sent',
    async () => {
      const { token, code, request, email } = await filed();
      deps.clock.advance(30 * 60_000 + 1);
      expect(await checkCode(deps, token, code)).toEqual({ ok: false, reason: 'expired' });
      await sendVerificationCode(deps, request.id, { statusToken: token });
      const fresh = codeIn(await smtp.waitForMail(email, 2));
      if (fresh !== code) expect((await checkCode(deps, token, code)).ok).toBe(false);
      expect((await checkCode(deps, token, fresh)).ok).toBe(true);
    },
  );

  it.skipIf(!store.available)('opens nothing for an unknown link', async () => {
    expect(await checkCode(deps, 'not-a-token', '123456')).toEqual({ ok: false, reason: 'unknown' });
  });

  it.skipIf(!store.available)(
    'puts a direct-marketing objection into effect the moment it is verified',
    async () => {
      const { token, code, request } = await filed({
        type: 'objection',
        ground: 'direct_marketing',
        purposes: [],
      });
      await checkCode(deps, token, code);
      const after = await loadRequest(db, deps.sealer, request.id);
      expect(after.status).toBe('in_progress');
      const kinds = (await listEvents(db, request.id)).map((e) => e.kind);
      expect(kinds.slice(-2)).toEqual(['verified', 'approved']);
    },
  );

  it.skipIf(!store.available)(
    'leaves an objection on legitimate interest verified, waiting for the DPO',
    async () => {
      const { token, code, request } = await filed({
        type: 'objection',
        ground: 'legitimate_interest',
        purposes: [],
      });
      await checkCode(deps, token, code);
      expect((await loadRequest(db, deps.sealer, request.id)).status).toBe('verified');
    },
  );

  it.skipIf(!store.available)('an operator can verify by other means, with a note', async () => {
    const { request } = await submitRequest(deps, {
      details: { type: 'erasure' },
      identity: { email: 'walk-in@example.org' },
      channel: 'cli',
      language: 'nl',
      actor: 'cli',
    });
    const v = await markVerified(deps, request.id, { by: 'user:op', note: 'Ingelogd in Mijn CloudAware' });
    expect(v.verification).toMatchObject({
      method: 'operator',
      by: 'user:op',
      note: 'Ingelogd in Mijn CloudAware',
    });
  });
});
