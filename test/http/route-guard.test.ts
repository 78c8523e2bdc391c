import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/access/api-tokens.js';
import type { Role } from '../../src/access/roles.js';
import { csrfIn, seedUsers, TestBrowser, testApp } from '../helpers/http.js';
import { testStores } from '../helpers/store.js';

/**
 * Walks the whole route table: not a sample. Every route that is not on the explicit public list must
 * refuse a caller without a session or token, every state change must refuse the wrong role, and
 * every browser state change must refuse a missing or wrong CSRF token.
 */

const PUBLIC = new Set([
  'GET /',
  'GET /healthz',
  'GET /api/openapi.json',
  'GET /assets/grondslag.css',
  'GET /admin/sign-in',
  'POST /admin/sign-in',
  'GET /admin/sign-in/code',
  'POST /admin/sign-in/code',
  // Cookieless statistics: the tracker script and its endpoint are loaded by every visitor's browser.
  'GET /stats/t.js',
  'OPTIONS /stats/event',
  'POST /stats/event',
  // Data-subject request portal: open to everyone by design; links carry their own bearer tokens.
  'GET /request',
  'POST /request',
  'GET /request/verify/:token',
  'POST /request/verify/:token',
  'POST /request/verify/:token/resend',
  'GET /request/status/:token',
  'GET /request/id/:token',
  'POST /request/id/:token',
  'GET /request/download/:token',
  'GET /request/download/:token/file',
]);

/** A signed-in person's own account: open to every role, state change or not. */
const SELF_SERVICE = new Set([
  'POST /admin/sign-out',
  'POST /admin/account/password',
  'POST /admin/account/totp/setup',
  'POST /admin/account/totp',
  'POST /admin/account/totp/disable',
]);

/** What only a DPO may do, read or write. */
const PEOPLE = /^\/(admin|api)\/(users|tokens)(\/|$)/;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface RouteRef {
  method: string;
  path: string;
  key: string;
  url: string;
}

function concrete(path: string): string {
  return path.replace(/:[A-Za-z0-9_]+/g, () => randomUUID());
}

describe.each(testStores)('route guards on $name', (store) => {
  let close: () => Promise<void>;
  let t: Awaited<ReturnType<typeof testApp>>;
  let routes: RouteRef[];
  let emails: Record<Role, string>;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    if (!store.available) return;
    const s = await store.open();
    close = s.close;
    t = await testApp(s.db);
    emails = await seedUsers(s.db, t.clock());
    for (const role of ['dpo', 'operator', 'auditor'] as const) {
      tokens[role] = (
        await createApiToken(s.db, { name: role, role }, { actor: 'cli', now: t.clock() })
      ).secret;
    }
    const seen = new Map<string, RouteRef>();
    for (const r of t.app.routes) {
      if (r.method === 'ALL') continue;
      const key = `${r.method} ${r.path}`;
      if (!seen.has(key)) seen.set(key, { method: r.method, path: r.path, key, url: concrete(r.path) });
    }
    routes = [...seen.values()];
  });
  afterAll(async () => {
    await close?.();
  });

  const request = (r: RouteRef, headers: Record<string, string> = {}) =>
    t.app.request(r.url, {
      method: r.method,
      headers: UNSAFE.has(r.method)
        ? { 'content-type': 'application/x-www-form-urlencoded', ...headers }
        : headers,
      ...(UNSAFE.has(r.method) ? { body: '' } : {}),
    });

  it.skipIf(!store.available)(
    'lists only public routes that exist, and guards everything else under /admin or /api',
    () => {
      const keys = new Set(routes.map((r) => r.key));
      for (const p of PUBLIC) expect(keys, p).toContain(p);
      for (const r of routes.filter((r) => !PUBLIC.has(r.key))) {
        expect(r.path, `${r.key} is neither public nor in a guarded area`).toMatch(/^\/(admin|api)(\/|$)/);
      }
      expect(routes.filter((r) => !PUBLIC.has(r.key)).length).toBeGreaterThan(20);
    },
  );

  it.skipIf(!store.available)(
    'answers every protected route without credentials with 401 (API) or a redirect to sign-in (pages)',
    async () => {
      for (const r of routes.filter((r) => !PUBLIC.has(r.key))) {
        const res = await request(r, { accept: 'text/html' });
        if (r.path.startsWith('/api/')) {
          expect(res.status, r.key).toBe(401);
          expect(((await res.json()) as { error: { code: string } }).error.code, r.key).toBe(
            'UNAUTHENTICATED',
          );
        } else {
          expect(res.status, r.key).toBe(303);
          expect(res.headers.get('location'), r.key).toMatch(/^\/admin\/sign-in(\?|$)/);
        }
      }
    },
  );

  it.skipIf(!store.available)(
    'treats a wrong bearer token or a made-up session cookie as no credentials',
    async () => {
      for (const r of routes.filter((r) => !PUBLIC.has(r.key))) {
        const bearer = await request(r, {
          authorization: 'Bearer gs_notarealtoken000000000000000000000000000',
        });
        const cookie = await request(r, { cookie: 'gs_session=forged-session-token' });
        if (r.path.startsWith('/api/')) {
          expect(bearer.status, r.key).toBe(401);
          expect(cookie.status, r.key).toBe(401);
        } else {
          expect(bearer.status, r.key).toBe(303);
          expect(cookie.status, r.key).toBe(303);
        }
      }
    },
  );

  it.skipIf(!store.available)(
    'refuses every state change to an auditor, in the console and over the API',
    async () => {
      const browser = new TestBrowser(t.app);
      expect((await browser.signIn(emails.auditor)).status).toBe(303);
      const csrf = csrfIn(await (await browser.get('/admin')).text());
      let checked = 0;
      for (const r of routes.filter(
        (r) => UNSAFE.has(r.method) && !PUBLIC.has(r.key) && !SELF_SERVICE.has(r.key),
      )) {
        const res = r.path.startsWith('/api/')
          ? await request(r, {
              authorization: `Bearer ${tokens.auditor}`,
              'content-type': 'application/json',
            })
          : await browser.post(r.url, { _csrf: csrf });
        expect(res.status, r.key).toBe(403);
        checked++;
      }
      expect(checked).toBeGreaterThan(8);
    },
  );

  it.skipIf(!store.available)(
    'refuses people and token management, read or write, to an operator',
    async () => {
      const browser = new TestBrowser(t.app);
      await browser.signIn(emails.operator);
      const csrf = csrfIn(await (await browser.get('/admin')).text());
      const people = routes.filter((r) => PEOPLE.test(r.path));
      expect(people.length).toBeGreaterThan(8);
      for (const r of people) {
        const res = r.path.startsWith('/api/')
          ? await request(r, {
              authorization: `Bearer ${tokens.operator}`,
              'content-type': 'application/json',
            })
          : r.method === 'GET'
            ? await browser.get(r.url)
            : await browser.post(r.url, { _csrf: csrf });
        expect(res.status, r.key).toBe(403);
      }
    },
  );

  it.skipIf(!store.available)(
    'refuses every browser state change without the CSRF token or with a wrong one',
    async () => {
      const browser = new TestBrowser(t.app);
      await browser.signIn(emails.dpo);
      const stale = new TestBrowser(t.app);
      await stale.signIn(emails.dpo);
      // A real token, but bound to another session.
      const otherSessionToken = csrfIn(await (await stale.get('/admin')).text());
      const unsafe = routes.filter((r) => UNSAFE.has(r.method) && !PUBLIC.has(r.key));
      for (const r of unsafe) {
        if (r.path.startsWith('/api/')) {
          // The API with a session cookie (no bearer token) needs the X-CSRF-Token header.
          const res = await browser.request(r.url, {
            method: r.method,
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: '{}',
          });
          expect(res.status, r.key).toBe(403);
          expect(((await res.json()) as { error: { code: string } }).error.code, r.key).toBe('CSRF_FAILED');
          continue;
        }
        const missing = await browser.post(r.url, {});
        const wrong = await browser.post(r.url, { _csrf: otherSessionToken });
        expect(missing.status, r.key).toBe(403);
        expect(wrong.status, r.key).toBe(403);
        expect(await wrong.text(), r.key).toContain('CSRF_FAILED');
      }
      // Still signed in: none of the refused posts (sign-out among them) went through.
      expect((await browser.get('/admin')).status).toBe(200);
    },
  );

  it.skipIf(!store.available)('refuses the public sign-in form without a valid CSRF token', async () => {
    const browser = new TestBrowser(t.app);
    await browser.get('/admin/sign-in');
    const res = await browser.post('/admin/sign-in', {
      email: emails.dpo,
      password: 'whatever-it-is',
      _csrf: 'x',
    });
    expect(res.status).toBe(403);
    const none = await new TestBrowser(t.app).post('/admin/sign-in', { email: emails.dpo, password: 'x' });
    expect(none.status).toBe(403);
  });
});
