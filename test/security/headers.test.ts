import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { dsrTestApp } from '../helpers/dsr-app.js';
import { testApp } from '../helpers/http.js';
import { freshPglite } from '../helpers/store.js';

/** The security headers a browser relies on: CSP with frame-ancestors everywhere, HSTS only on TLS. */

let db: Db;
beforeAll(async () => {
  db = await freshPglite();
});
afterAll(async () => {
  await db?.close();
});

const PAGES = ['/', '/request', '/admin/sign-in', '/api/me', '/healthz', '/no-such-page'];

describe('security headers', () => {
  it('forbid framing and set a CSP on portal, console, API and error answers', async () => {
    const { app } = await testApp(db);
    for (const path of PAGES) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toMatch(/default-src 'none'|default-src 'self'/);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('send HSTS only when the browser is on TLS: an https request or an https public URL', async () => {
    const plain = await testApp(db);
    expect(
      (await plain.app.request('http://localhost/request')).headers.get('strict-transport-security'),
    ).toBeNull();
    expect(
      (await plain.app.request('https://localhost/request')).headers.get('strict-transport-security'),
    ).toMatch(/max-age=\d{7,}/);
    // Behind a TLS-terminating proxy the request arrives as plain http.
    const proxied = await dsrTestApp(db, undefined, { publicUrl: 'https://privacy.cloudaware.example' });
    expect(
      (await proxied.app.request('http://localhost/request')).headers.get('strict-transport-security'),
    ).toMatch(/max-age=\d{7,}/);
  });
});
