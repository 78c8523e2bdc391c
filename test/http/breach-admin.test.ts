import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/access/api-tokens.js';
import type { Db } from '../../src/store/db.js';
import { csrfIn, seedUsers, TestBrowser, testApp } from '../helpers/http.js';
import { freshPglite } from '../helpers/store.js';

/**
 * The Breaches pages and API on the real app: a DPO records a breach through the form, watches the
 * 24-hour clock (CloudAware is a telecom provider) go from "near" to overdue in red, previews the
 * notice with its missing items, and is refused a late notice without reasons.
 */

// The app seals with the configured key; a test key keeps it from creating one in the working tree.
process.env.GRONDSLAG_SECRET_KEY = randomBytes(32).toString('hex');

describe('Breaches in the console and the API', () => {
  let db: Db;
  let t: Awaited<ReturnType<typeof testApp>>;
  let dpo: TestBrowser;
  let dpoToken: string;
  let id = '';

  beforeAll(async () => {
    db = await freshPglite();
    t = await testApp(db);
    const users = await seedUsers(db, t.clock());
    dpo = new TestBrowser(t.app);
    expect((await dpo.signIn(users.dpo)).status).toBe(303);
    ({ secret: dpoToken } = await createApiToken(
      db,
      { name: 'ci', role: 'dpo' },
      { actor: 'cli', now: t.clock() },
    ));
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('records a breach from the form and shows its clocks, overdue in red', async () => {
    // The app's clock stands at 2026-03-02 09:00 UTC; aware 2026-03-01 11:30 Amsterdam = 10:30 UTC.
    const bad = await dpo.post(
      '/admin/breaches',
      { awareAt: '', category: 'email' },
      { csrfFrom: '/admin/breaches/new' },
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('awareAt');

    const res = await dpo.post(
      '/admin/breaches',
      { awareAt: '2026-03-01T11:30', category: 'email', description: 'Mailing list exported by mistake' },
      { csrfFrom: '/admin/breaches/new' },
    );
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    id = /\/admin\/breaches\/(br_[0-9a-f]+)/.exec(location)?.[1] ?? '';
    expect(id).not.toBe('');

    const list = await (await dpo.get('/admin/breaches')).text();
    expect(list).toContain('href="/admin/breaches"');
    expect(list).toMatch(
      /class="badge warning" data-clock="telecom-24h" data-state="near">24 h: 0d 01h 30m left/,
    );
    expect(list).toContain('2026-03-02 11:30 CET');
    // A second breach, aware an hour earlier the day before: its 24 hours ran out 30 minutes ago.
    const overdue = await dpo.post(
      '/admin/breaches',
      { awareAt: '2026-03-01T09:30', category: 'phone' },
      { csrfFrom: '/admin/breaches/new' },
    );
    expect(overdue.status).toBe(303);
    const later = await (await dpo.get('/admin/breaches')).text();
    expect(later).toMatch(
      /class="badge error" data-clock="telecom-24h" data-state="overdue">24 h: overdue 0d 00h 30m/,
    );
    expect(later).toMatch(/<tr class="overdue">/);
  });

  it('previews the notice with missing items and refuses a late notice without reasons', async () => {
    const page = await (await dpo.get(`/admin/breaches/${id}?to=authority&lang=en`)).text();
    expect(page).toContain('Still to fill in:');
    expect(page).toContain('Likely consequences');
    expect(page).toContain('Mailing list exported by mistake');
    const csrf = csrfIn(page);
    const late = await dpo.request(`/admin/breaches/${id}/notices`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        _csrf: csrf,
        to: 'authority',
        lang: 'en',
        sentAt: '2026-03-02T12:00',
      }).toString(),
    });
    expect(late.status).toBe(400);
    expect(await late.text()).toContain('reasons for the delay');
    const ok = await dpo.request(`/admin/breaches/${id}/notices`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        _csrf: csrf,
        to: 'authority',
        lang: 'en',
        sentAt: '2026-03-02T12:00',
        delayReasons: 'found on Sunday, checked scope first',
      }).toString(),
    });
    expect(ok.status).toBe(303);
    const after = await (await dpo.get(`/admin/breaches/${id}`)).text();
    expect(after).toContain('data-state="late"');
    expect(after).toContain('found on Sunday, checked scope first');
  });

  it('serves the register as JSON and names a bad field', async () => {
    const auth = { authorization: `Bearer ${dpoToken}`, accept: 'application/json' };
    const list = await t.app.request('/api/breaches', { headers: auth });
    expect(list.status).toBe(200);
    const body = (await list.json()) as {
      breaches: { id: string; categories: string[]; clocks: { dueAt: string }[] }[];
    };
    expect(body.breaches.find((b) => b.id === id)?.clocks[0]?.dueAt).toBe('2026-03-02T10:30:00.000Z');
    expect(body.breaches.find((b) => b.id === id)?.categories).toEqual(['email']);
    const bad = await t.app.request('/api/breaches', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ awareAt: '2026-03-02 08:00', approxPeople: 'lots' }),
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('approxPeople');
    const notice = await t.app.request(`/api/breaches/${id}/notice?to=subjects&lang=nl`, { headers: auth });
    expect(notice.status).toBe(200);
    expect(((await notice.json()) as { text: string }).text).toContain('Wat kunt u zelf doen?');
  });
});
