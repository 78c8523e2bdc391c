import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/access/api-tokens.js';
import { ensureFirstAdmin } from '../../src/access/first-admin.js';
import type { Role } from '../../src/access/roles.js';
import { sha256Hex } from '../../src/access/secrets.js';
import { sessionLimits } from '../../src/access/sessions.js';
import { throttleLimits } from '../../src/access/throttle.js';
import { totpCode } from '../../src/access/totp.js';
import { verifyAuditChain } from '../../src/audit/verify.js';
import type { Db } from '../../src/store/db.js';
import { csrfIn, PASSWORD, seedUsers, TestBrowser, testApp } from '../helpers/http.js';
import { testStores } from '../helpers/store.js';

async function auditActions(
  db: Db,
): Promise<{ action: string; actor: string; subject_id: string | null; data: Record<string, unknown> }[]> {
  const { rows } = await db.query<{
    action: string;
    actor: string;
    subject_id: string | null;
    data: Record<string, unknown>;
  }>('select action, actor, subject_id, data from grondslag.audit_log order by seq');
  return rows;
}

async function userId(db: Db, email: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>('select id from grondslag.app_user where email = $1', [
    email,
  ]);
  return rows[0]!.id;
}

describe.each(testStores)('people and access on $name', (store) => {
  let db: Db;
  let close: () => Promise<void>;
  let t: Awaited<ReturnType<typeof testApp>>;
  let emails: Record<Role, string>;

  beforeAll(async () => {
    if (!store.available) return;
    const s = await store.open();
    db = s.db;
    close = s.close;
    t = await testApp(db);
    emails = await seedUsers(db, t.clock());
  });
  afterAll(async () => {
    await close?.();
  });

  it.skipIf(!store.available)(
    'refuses a wrong password without saying whether the account exists, and audits it',
    async () => {
      const b = new TestBrowser(t.app, { incoming: { socket: { remoteAddress: '198.51.100.1' } } });
      const wrong = await b.signIn(emails.operator, 'not the password at all');
      const unknown = await b.signIn('nobody@example.org', 'not the password at all');
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      const a = await wrong.text();
      const u = await unknown.text();
      expect(a).toContain('E-mail address or password is not correct.');
      expect(u).toContain('E-mail address or password is not correct.');
      expect(b.cookies.has('gs_session')).toBe(false);
      const failures = (await auditActions(db)).filter((e) => e.action === 'user.sign_in_failed');
      expect(failures.map((f) => f.data.reason)).toEqual(
        expect.arrayContaining(['wrong_password', 'unknown_account']),
      );
      // The audit log records who by id, never the address that was typed.
      expect(JSON.stringify(failures)).not.toContain('nobody@example.org');
    },
  );

  it.skipIf(!store.available)(
    'signs in with an httpOnly, SameSite=Strict session cookie whose token is stored only as a hash',
    async () => {
      const b = new TestBrowser(t.app);
      const res = await b.signIn(emails.dpo);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/admin');
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('gs_session='))!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).not.toMatch(/Secure/i);
      const token = b.cookies.get('gs_session')!;
      const { rows } = await db.query<{ token_hash: string }>(
        'select token_hash from grondslag.user_session',
      );
      expect(rows.map((r) => r.token_hash)).toContain(sha256Hex(token));
      expect(rows.map((r) => r.token_hash)).not.toContain(token);
      expect((await b.get('/admin')).status).toBe(200);
      const signedIn = (await auditActions(db)).filter((e) => e.action === 'user.signed_in');
      expect(signedIn.at(-1)?.actor).toBe(`user:${await userId(db, emails.dpo)}`);
    },
  );

  it.skipIf(!store.available)(
    'marks the session cookie Secure when the request came over https',
    async () => {
      const page = await t.app.request('https://grondslag.example/admin/sign-in');
      const pre = page.headers.getSetCookie().find((c) => c.startsWith('gs_pre='))!;
      expect(pre).toMatch(/Secure/i);
      const res = await t.app.request('https://grondslag.example/admin/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pre.split(';')[0]! },
        body: new URLSearchParams({
          email: emails.auditor,
          password: PASSWORD,
          _csrf: csrfIn(await page.text()),
        }).toString(),
      });
      expect(res.status).toBe(303);
      expect(res.headers.getSetCookie().find((c) => c.startsWith('gs_session='))).toMatch(/Secure/i);
      expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    },
  );

  it.skipIf(!store.available)(
    'ends a session after the idle timeout, and at sign-out on the server too',
    async () => {
      const b = new TestBrowser(t.app);
      await b.signIn(emails.auditor);
      t.clock.advance(sessionLimits.idleMs - 60_000);
      expect((await b.get('/admin')).status).toBe(200);
      // Activity moved the idle deadline: another almost-idle period is fine.
      t.clock.advance(sessionLimits.idleMs - 60_000);
      expect((await b.get('/admin')).status).toBe(200);
      t.clock.advance(sessionLimits.idleMs);
      const idle = await b.get('/admin');
      expect(idle.status).toBe(303);
      expect(idle.headers.get('location')).toBe('/admin/sign-in?next=%2Fadmin');

      await b.signIn(emails.auditor);
      const kept = b.cookies.get('gs_session')!;
      const csrf = csrfIn(await (await b.get('/admin')).text());
      expect((await b.post('/admin/sign-out', { _csrf: csrf })).status).toBe(303);
      // Replaying the old cookie does not bring the session back.
      const replay = await t.app.request('/admin', { headers: { cookie: `gs_session=${kept}` } });
      expect(replay.status).toBe(303);
    },
  );

  it.skipIf(!store.available)('ends a session at its absolute expiry however active it is', async () => {
    const b = new TestBrowser(t.app);
    await b.signIn(emails.auditor);
    const steps = Math.ceil(sessionLimits.absoluteMs / (sessionLimits.idleMs / 2));
    let last = 200;
    for (let i = 0; i < steps; i++) {
      t.clock.advance(sessionLimits.idleMs / 2);
      last = (await b.get('/admin')).status;
    }
    expect(last).toBe(303);
  });

  it.skipIf(!store.available)(
    'asks for the authenticator code when two-step sign-in is on, and checks it',
    async () => {
      const b = new TestBrowser(t.app);
      await b.signIn(emails.operator);
      const setup = await b.post('/admin/account/totp/setup', {}, { csrfFrom: '/admin/account' });
      expect(setup.status).toBe(303);
      const page = await (await b.get('/admin/account/totp')).text();
      const secret = /aria-label="Secret">([A-Z2-7]+)</.exec(page)?.[1];
      expect(secret).toBeDefined();
      expect(page).toContain(
        `otpauth://totp/Grondslag:operator%40example.org?issuer=Grondslag&amp;secret=${secret}`,
      );
      const bad = await b.post(
        '/admin/account/totp',
        { code: '000000' },
        { csrfFrom: '/admin/account/totp' },
      );
      expect(bad.status).toBe(400);
      const on = await b.post(
        '/admin/account/totp',
        { code: totpCode(secret!, t.clock()) },
        { csrfFrom: '/admin/account/totp' },
      );
      expect(on.status).toBe(303);
      expect((await auditActions(db)).map((e) => e.action)).toContain('user.totp_enabled');

      // A new browser: the password alone is not enough.
      t.clock.advance(60_000);
      const c = new TestBrowser(t.app);
      const step1 = await c.signIn(emails.operator);
      expect(step1.status).toBe(303);
      expect(step1.headers.get('location')).toMatch(/^\/admin\/sign-in\/code/);
      // The half-way session opens nothing but the code step.
      expect((await c.get('/admin')).status).toBe(303);
      expect((await c.get('/api/me')).status).toBe(401);
      const wrong = await c.post(
        '/admin/sign-in/code',
        { code: '123456' },
        { csrfFrom: '/admin/sign-in/code' },
      );
      expect(wrong.status).toBe(401);
      const code = totpCode(secret!, t.clock());
      const right = await c.post(
        '/admin/sign-in/code',
        { code, next: '/admin/policy' },
        { csrfFrom: '/admin/sign-in/code' },
      );
      expect(right.status).toBe(303);
      expect(right.headers.get('location')).toBe('/admin/policy');
      expect((await c.get('/admin')).status).toBe(200);

      // The same code cannot be used a second time.
      const d = new TestBrowser(t.app);
      await d.signIn(emails.operator);
      const replay = await d.post('/admin/sign-in/code', { code }, { csrfFrom: '/admin/sign-in/code' });
      expect(replay.status).toBe(401);
    },
  );

  it.skipIf(!store.available)(
    'throttles sign-in per account, in the database, so a restart does not reset it',
    async () => {
      const victim = 'throttled@example.org';
      const { createUser } = await import('../../src/access/users.js');
      await createUser(
        db,
        { email: victim, role: 'auditor', password: PASSWORD },
        { actor: 'cli', now: t.clock() },
      );
      const attacker = new TestBrowser(t.app, { incoming: { socket: { remoteAddress: '203.0.113.7' } } });
      for (let i = 0; i < throttleLimits.perAccount; i++) {
        expect((await attacker.signIn(victim, `guess number ${i}`)).status).toBe(401);
      }
      // A restarted server (a new app on the same database) still refuses, even the right password.
      const restarted = await testApp(db);
      restarted.clock.advance(t.clock().getTime() - restarted.clock().getTime());
      const owner = new TestBrowser(restarted.app, { incoming: { socket: { remoteAddress: '192.0.2.99' } } });
      const refused = await owner.signIn(victim);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(
        (await auditActions(db)).filter(
          (e) => e.action === 'user.sign_in_failed' && e.data.reason === 'throttled',
        ),
      ).not.toHaveLength(0);
      restarted.clock.advance(throttleLimits.windowMs);
      expect((await owner.signIn(victim)).status).toBe(303);
    },
  );

  it.skipIf(!store.available)('throttles sign-in per client address across accounts', async () => {
    const from = new TestBrowser(t.app, { incoming: { socket: { remoteAddress: '203.0.113.50' } } });
    for (let i = 0; i < throttleLimits.perAddress; i++) {
      expect((await from.signIn(`spray${i}@example.org`, 'Winter2026!')).status).toBe(401);
    }
    expect((await from.signIn(emails.auditor)).status).toBe(429);
    // Someone else, elsewhere, is not affected.
    expect(
      (
        await new TestBrowser(t.app, { incoming: { socket: { remoteAddress: '192.0.2.200' } } }).signIn(
          emails.auditor,
        )
      ).status,
    ).toBe(303);
  });

  it.skipIf(!store.available)(
    'authenticates API tokens, stores only their hash, and stops a revoked one at once',
    async () => {
      const { token, secret } = await createApiToken(
        db,
        { name: 'ci-check', role: 'auditor' },
        { actor: 'cli', now: t.clock() },
      );
      expect(secret).toMatch(/^gs_[A-Za-z0-9_-]{43}$/);
      const { rows } = await db.query<{ token_hash: string }>(
        'select token_hash from grondslag.api_token where id = $1',
        [token.id],
      );
      expect(rows[0]?.token_hash).toBe(sha256Hex(secret));
      const me = await t.app.request('/api/me', { headers: { authorization: `Bearer ${secret}` } });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ kind: 'token', role: 'auditor', tokenName: 'ci-check' });
      const audit = await t.app.request('/api/audit?limit=5', {
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(audit.status).toBe(200);

      const dpo = (
        await createApiToken(db, { name: 'admin-script', role: 'dpo' }, { actor: 'cli', now: t.clock() })
      ).secret;
      const revoke = await t.app.request(`/api/tokens/${token.id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${dpo}` },
      });
      expect(revoke.status).toBe(200);
      expect(
        ((await revoke.json()) as { token: { revokedAt: string | null } }).token.revokedAt,
      ).not.toBeNull();
      expect(
        (await t.app.request('/api/me', { headers: { authorization: `Bearer ${secret}` } })).status,
      ).toBe(401);
      const actions = (await auditActions(db)).filter((e) => e.subject_id === token.id).map((e) => e.action);
      expect(actions).toEqual(['api_token.created', 'api_token.revoked']);
    },
  );

  it.skipIf(!store.available)(
    'audits user changes made in the console and keeps the chain verifiable',
    async () => {
      const b = new TestBrowser(t.app);
      await b.signIn(emails.dpo);
      const created = await b.post(
        '/admin/users',
        { email: 'new.operator@example.org', role: 'operator' },
        { csrfFrom: '/admin/users' },
      );
      expect(created.status).toBe(201);
      const page = await created.text();
      const oneTime = /class="secret">([^<]+)</.exec(page)?.[1];
      expect(oneTime).toMatch(/^[A-Za-z0-9_-]{20}$/);
      const id = await userId(db, 'new.operator@example.org');
      expect(
        (await b.post(`/admin/users/${id}/role`, { role: 'auditor' }, { csrfFrom: '/admin/users' })).status,
      ).toBe(303);
      expect((await b.post(`/admin/users/${id}/disable`, {}, { csrfFrom: '/admin/users' })).status).toBe(303);
      const mine = (await auditActions(db)).filter((e) => e.subject_id === id);
      expect(mine.map((e) => e.action)).toEqual(['user.created', 'user.role_changed', 'user.disabled']);
      expect(mine[1]?.data).toEqual({ from: 'operator', to: 'auditor' });
      const dpoActor = `user:${await userId(db, emails.dpo)}`;
      expect(mine.map((e) => e.actor)).toEqual([dpoActor, dpoActor, dpoActor]);
      // A disabled user cannot sign in with the password they were given.
      expect((await new TestBrowser(t.app).signIn('new.operator@example.org', oneTime)).status).toBe(401);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    },
  );

  it.skipIf(!store.available)(
    'lets a DPO script manage people over the API: create, change role, reset password',
    async () => {
      const dpoToken = (
        await createApiToken(db, { name: 'hr-sync', role: 'dpo' }, { actor: 'cli', now: t.clock() })
      ).secret;
      const api = (path: string, method: string, body?: unknown) =>
        t.app.request(path, {
          method,
          headers: { authorization: `Bearer ${dpoToken}`, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      const created = await api('/api/users', 'POST', { email: 'api.made@example.org', role: 'operator' });
      expect(created.status).toBe(201);
      const { user, generatedPassword } = (await created.json()) as {
        user: { id: string };
        generatedPassword: string;
      };
      const patched = await api(`/api/users/${user.id}`, 'PATCH', { role: 'auditor' });
      expect(((await patched.json()) as { user: { role: string } }).user.role).toBe('auditor');
      const reset = await api(`/api/users/${user.id}/password-reset`, 'POST');
      const fresh = ((await reset.json()) as { generatedPassword: string }).generatedPassword;
      expect(fresh).not.toBe(generatedPassword);
      expect((await new TestBrowser(t.app).signIn('api.made@example.org', generatedPassword)).status).toBe(
        401,
      );
      const signIn = await new TestBrowser(t.app).signIn('api.made@example.org', fresh);
      expect(signIn.headers.get('location')).toBe('/admin/account/password');
      expect((await api(`/api/users/${crypto.randomUUID()}`, 'PATCH', { disabled: true })).status).toBe(404);
      const actions = (await auditActions(db)).filter((e) => e.subject_id === user.id).map((e) => e.action);
      expect(actions.slice(0, 3)).toEqual(['user.created', 'user.role_changed', 'user.password_reset']);
    },
  );

  it.skipIf(!store.available)('keeps the last DPO from being demoted or disabled', async () => {
    const b = new TestBrowser(t.app);
    await b.signIn(emails.dpo);
    const self = await userId(db, emails.dpo);
    const res = await b.post(`/admin/users/${self}/role`, { role: 'auditor' }, { csrfFrom: '/admin/users' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('last enabled dpo');
    expect((await b.get('/admin/users')).status).toBe(200);
  });
});

describe.each(testStores)('first start on $name', (store) => {
  it.skipIf(!store.available)(
    'creates exactly one admin, even when several servers start at once, who must change the password',
    async () => {
      const s = await store.open();
      try {
        const t = await testApp(s.db);
        const results = await Promise.all([1, 2, 3].map(() => ensureFirstAdmin(s.db, { now: t.clock() })));
        const created = results.filter((r) => r !== undefined);
        expect(created).toHaveLength(1);
        expect(created[0]?.email).toBe('admin@localhost');
        expect(await ensureFirstAdmin(s.db, { now: t.clock() })).toBeUndefined();
        const { rows } = await s.db.query<{ n: number }>('select count(*) as n from grondslag.app_user');
        expect(rows[0]?.n).toBe(1);

        const b = new TestBrowser(t.app);
        const signIn = await b.signIn('admin@localhost', created[0]!.password);
        expect(signIn.headers.get('location')).toBe('/admin/account/password');
        // Nothing else opens until the one-time password is replaced.
        expect((await b.get('/admin')).headers.get('location')).toBe('/admin/account/password');
        expect((await b.get('/api/me')).status).toBe(403);
        const csrf = csrfIn(await (await b.get('/admin/account/password')).text());
        const short = await b.post('/admin/account/password', {
          _csrf: csrf,
          currentPassword: created[0]!.password,
          newPassword: 'short',
          confirmPassword: 'short',
        });
        expect(short.status).toBe(400);
        const changed = await b.post('/admin/account/password', {
          _csrf: csrf,
          currentPassword: created[0]!.password,
          newPassword: PASSWORD,
          confirmPassword: PASSWORD,
        });
        expect(changed.status).toBe(303);
        expect((await b.get('/admin')).status).toBe(200);
        const { rows: audit } = await s.db.query<{ action: string; actor: string }>(
          'select action, actor from grondslag.audit_log order by seq',
        );
        expect(audit.map((a) => a.action)).toEqual([
          'user.created',
          'user.signed_in',
          'user.password_changed',
        ]);
        expect(audit[0]?.actor).toBe('system');
      } finally {
        await s.close();
      }
    },
  );
});
