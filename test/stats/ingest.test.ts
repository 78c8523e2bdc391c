import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/access/api-tokens.js';
import { resolveConfig } from '../../src/config.js';
import { createApp } from '../../src/http/app.js';
import { memoryLogger } from '../../src/log.js';
import { demoPolicyPath } from '../../src/paths.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { trackerScript } from '../../src/stats/tracker-script.js';
import type { Db } from '../../src/store/db.js';
import { seedUsers, TestBrowser, testClock } from '../helpers/http.js';
import { testStores } from '../helpers/store.js';

/**
 * The statistics endpoint as browsers and bots reach it, the aggregates it leaves behind, and the
 * dashboard and API that read them — in-process, on both database drivers.
 */

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SHOP = 'https://www.cloudaware.nl';
const PORTAL = 'http://localhost';
const DAY = 86_400_000;

interface Row {
  site: string;
  day: string;
  dimension: string;
  key: string;
  pageviews: number;
  visitors: number;
}

describe.each(testStores)('statistics ingest on $name', (store) => {
  let db: Db;
  let close: () => Promise<void>;
  const clock = testClock(new Date('2026-03-02T09:00:30Z'));
  let app: ReturnType<typeof createApp>;
  let auditor: string;

  beforeAll(async () => {
    if (!store.available) return;
    ({ db, close } = await store.open());
    const config = {
      ...resolveConfig(undefined, undefined, {}, process.cwd()),
      stats: { sites: { cloudaware: { origins: [SHOP, 'https://cloudaware.nl'] } }, ratePerMinute: 8 },
    };
    const policy = await loadPolicyFile(demoPolicyPath, 'examples/cloudaware/policy.yaml');
    app = createApp({ db, config, policy, clock, log: memoryLogger() });
    await seedUsers(db, clock());
    ({ secret: auditor } = await createApiToken(
      db,
      { name: 'stats', role: 'auditor' },
      { actor: 'cli', now: clock() },
    ));
  });
  afterAll(async () => {
    await close?.();
  });

  const send = (
    event: unknown,
    o: { origin?: string | null; ua?: string; ip?: string; type?: string; secChUa?: string } = {},
  ) => {
    const headers: Record<string, string> = { 'content-type': o.type ?? 'text/plain;charset=UTF-8' };
    const origin = o.origin === undefined ? SHOP : o.origin;
    if (origin !== null) headers.origin = origin;
    headers['user-agent'] = o.ua ?? CHROME;
    if (o.secChUa) headers['sec-ch-ua'] = o.secChUa;
    return app.request(
      '/stats/event',
      { method: 'POST', headers, body: typeof event === 'string' ? event : JSON.stringify(event) },
      { incoming: { socket: { remoteAddress: o.ip ?? '198.51.100.17' } } },
    );
  };
  const view = (url: string, referrer = '') => ({ name: 'pageview', url, referrer });
  const rows = async (site: string, dimension?: string): Promise<Row[]> =>
    (
      await db.query<Row>(
        `select site, day::text as day, dimension, key, pageviews::int as pageviews, visitors::int as visitors
         from grondslag.stats_daily where site = $1 and ($2::text is null or dimension = $2)
         order by day, dimension, key`,
        [site, dimension ?? null],
      )
    ).rows;
  const siteTotal = async (site: string, day: string) =>
    (await rows(site, 'site')).find((r) => r.day === day) ?? { pageviews: 0, visitors: 0 };

  it.skipIf(!store.available)(
    'counts a page view and answers the site’s origin with CORS, setting no cookie',
    async () => {
      const res = await send(
        view(
          `${SHOP}/tarieven?utm_source=nieuwsbrief&utm_medium=email&token=s3cret#prijs`,
          'https://www.google.com/search?q=cloud',
        ),
      );
      expect(res.status).toBe(202);
      expect(res.headers.get('access-control-allow-origin')).toBe(SHOP);
      expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(res.headers.getSetCookie()).toEqual([]);
      expect(await rows('cloudaware')).toEqual([
        {
          site: 'cloudaware',
          day: '2026-03-02',
          dimension: 'campaign',
          key: 'utm_source=nieuwsbrief&utm_medium=email',
          pageviews: 1,
          visitors: 1,
        },
        {
          site: 'cloudaware',
          day: '2026-03-02',
          dimension: 'page',
          key: '/tarieven',
          pageviews: 1,
          visitors: 1,
        },
        {
          site: 'cloudaware',
          day: '2026-03-02',
          dimension: 'referrer',
          key: 'google.com',
          pageviews: 1,
          visitors: 1,
        },
        { site: 'cloudaware', day: '2026-03-02', dimension: 'site', key: '', pageviews: 1, visitors: 1 },
      ]);
    },
  );

  it.skipIf(!store.available)(
    'stores no query string beyond the campaign tags, no fragment, no address, no user agent',
    async () => {
      const dump = JSON.stringify(
        (await db.query('select * from grondslag.stats_daily')).rows.concat(
          (await db.query(`select encode(token, 'hex') as t from grondslag.stats_seen`)).rows,
        ),
      );
      expect(dump).not.toMatch(/token=|s3cret|prijs|q=cloud|198\.51|Chrome|Windows/);
    },
  );

  it.skipIf(!store.available)(
    'counts the same browser on the same /24 once a day, another browser again',
    async () => {
      const before = await siteTotal('cloudaware', '2026-03-02');
      expect((await send(view(`${SHOP}/`), { ip: '198.51.100.201' })).status).toBe(202);
      expect((await send(view(`${SHOP}/tarieven`))).status).toBe(202);
      let after = await siteTotal('cloudaware', '2026-03-02');
      expect(after.pageviews - before.pageviews).toBe(2);
      expect(after.visitors - before.visitors).toBe(0);
      const tarieven = (await rows('cloudaware', 'page')).find((r) => r.key === '/tarieven');
      expect(tarieven).toMatchObject({ pageviews: 2, visitors: 1 });

      expect((await send(view(`${SHOP}/`), { ua: FIREFOX })).status).toBe(202);
      after = await siteTotal('cloudaware', '2026-03-02');
      expect(after.visitors - before.visitors).toBe(1);
    },
  );

  it.skipIf(!store.available)('drops bots without telling them, and counts nothing for them', async () => {
    const before = await siteTotal('cloudaware', '2026-03-02');
    for (const ua of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36',
      'curl/8.5.0',
    ]) {
      expect((await send(view(`${SHOP}/`), { ua, ip: '192.0.2.50' })).status).toBe(202);
    }
    expect(
      (
        await send(view(`${SHOP}/`), {
          ip: '192.0.2.50',
          secChUa: '"HeadlessChrome";v="126", "Chromium";v="126"',
        })
      ).status,
    ).toBe(202);
    expect(await siteTotal('cloudaware', '2026-03-02')).toEqual(before);
  });

  it.skipIf(!store.available)(
    'refuses pages of unknown sites and events whose Origin is not the page’s site',
    async () => {
      const before = await db.query('select site, key, pageviews from grondslag.stats_daily order by 1, 2');
      const stranger = await send(view('https://evil.example/'), { origin: 'https://evil.example' });
      expect(stranger.status).toBe(403);
      expect(((await stranger.json()) as { error: { code: string } }).error.code).toBe(
        'STATS_ORIGIN_NOT_ALLOWED',
      );
      expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
      // A page elsewhere cannot count views "of" the shop by writing the shop's URL into the event.
      expect((await send(view(`${SHOP}/`), { origin: 'https://evil.example' })).status).toBe(403);
      expect(
        (await db.query('select site, key, pageviews from grondslag.stats_daily order by 1, 2')).rows,
      ).toEqual(before.rows);
    },
  );

  it.skipIf(!store.available)(
    'rejects malformed, oversized and wrongly typed bodies with stable codes',
    async () => {
      const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
      const notJson = await send('{"name":');
      expect([notJson.status, await code(notJson)]).toEqual([400, 'BAD_JSON']);
      const wrong = await send({ name: 'click', url: 'javascript:alert(1)' });
      expect([wrong.status, await code(wrong)]).toEqual([400, 'STATS_EVENT_INVALID']);
      const extra = await send({ ...view(`${SHOP}/`), userId: 42 });
      expect(extra.status).toBe(400);
      const huge = await send(view(`${SHOP}/${'a'.repeat(5000)}`));
      expect(huge.status).toBe(413);
      const form = await send('name=pageview', { type: 'application/x-www-form-urlencoded' });
      expect([form.status, await code(form)]).toEqual([400, 'UNSUPPORTED_MEDIA_TYPE']);
    },
  );

  it.skipIf(!store.available)(
    'limits events per minute from one /24, in the database, then lets it through again',
    async () => {
      clock.advance(60_000);
      const ip = (n: number) => `203.0.113.${n}`;
      const statuses: number[] = [];
      for (let i = 1; i <= 10; i++) statuses.push((await send(view(`${SHOP}/rate`), { ip: ip(i) })).status);
      expect(statuses).toEqual([202, 202, 202, 202, 202, 202, 202, 202, 429, 429]);
      const limited = await send(view(`${SHOP}/rate`), { ip: ip(99) });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another network is not held back by this one.
      expect((await send(view(`${SHOP}/rate`), { ip: '233.252.0.1' })).status).toBe(202);
      const page = (await rows('cloudaware', 'page')).find((r) => r.key === '/rate');
      expect(page?.pageviews).toBe(9);
      clock.advance(60_000);
      expect((await send(view(`${SHOP}/rate`), { ip: ip(1) })).status).toBe(202);
    },
  );

  it.skipIf(!store.available)('counts the same visitor again the next day, under a new salt', async () => {
    const tokensOf = async (day: string) =>
      (
        await db.query<{ t: string }>(
          `select encode(token, 'hex') as t from grondslag.stats_seen where day = $1::date`,
          [day],
        )
      ).rows.map((r) => r.t);
    const today = await tokensOf('2026-03-02');
    clock.advance(DAY);
    expect((await send(view(`${SHOP}/`))).status).toBe(202);
    expect(await siteTotal('cloudaware', '2026-03-03')).toMatchObject({ pageviews: 1, visitors: 1 });
    const tomorrow = await tokensOf('2026-03-03');
    expect(tomorrow.length).toBeGreaterThan(0);
    expect(tomorrow.filter((t) => today.includes(t))).toEqual([]);
    const salts = await db.query<{ day: string; salt: string }>(
      `select day::text as day, encode(salt, 'hex') as salt from grondslag.stats_salt order by day`,
    );
    expect(salts.rows.map((r) => r.day)).toEqual(['2026-03-02', '2026-03-03']);
    expect(salts.rows[0]!.salt).not.toBe(salts.rows[1]!.salt);
  });

  it.skipIf(!store.available)(
    'counts the portal’s own visits when they come from the portal’s origin',
    async () => {
      const res = await send(view(`${PORTAL}/?lang=en`), { origin: PORTAL });
      expect(res.status).toBe(202);
      expect(res.headers.get('access-control-allow-origin')).toBe(PORTAL);
      expect((await rows('portal', 'page')).map((r) => [r.key, r.pageviews])).toEqual([['/', 1]]);
    },
  );

  it.skipIf(!store.available)('serves the tracker as a cacheable script other sites may load', async () => {
    const res = await app.request('/stats/t.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await res.text()).toBe(trackerScript);
    const again = await app.request('/stats/t.js', {
      headers: { 'if-none-match': res.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it.skipIf(!store.available)('answers a CORS preflight for a site’s origin only', async () => {
    const ok = await app.request('/stats/event', {
      method: 'OPTIONS',
      headers: {
        origin: SHOP,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SHOP);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
    const other = await app.request('/stats/event', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.skipIf(!store.available)(
    'includes the tracker in the portal and allows it in the portal’s CSP',
    async () => {
      const res = await app.request('/?lang=en');
      const html = await res.text();
      expect(html).toContain('<script defer src="/stats/t.js"></script>');
      expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("default-src 'none'");
      // The console keeps the policy without any script.
      const admin = await app.request('/admin/sign-in');
      expect(admin.headers.get('content-security-policy')).not.toContain('script-src');
    },
  );

  it.skipIf(!store.available)('shows the numbers on the Statistics page and in /api/stats', async () => {
    const browser = new TestBrowser(app);
    expect((await browser.signIn('auditor@example.org')).status).toBe(303);
    const page = await browser.get('/admin/statistics?site=cloudaware&days=7');
    expect(page.status).toBe(200);
    const html = await page.text();
    const shopTotal = (await rows('cloudaware', 'site')).reduce((s, r) => s + r.pageviews, 0);
    expect(html).toContain(`<strong>${shopTotal}</strong> page views`);
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain('/tarieven');
    expect(html).toContain('google.com');
    expect(html).toContain('nieuwsbrief');
    expect(html).toContain('aria-current="page">Statistics<');
    expect(html).not.toMatch(/<script/);

    const api = await app.request('/api/stats?site=cloudaware&days=7', {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(api.status).toBe(200);
    const body = (await api.json()) as {
      site: string;
      sites: string[];
      totals: { pageviews: number };
      days: { day: string; pageviews: number }[];
      campaigns: { source: string | null; medium: string | null }[];
    };
    expect(body.site).toBe('cloudaware');
    expect(body.sites).toEqual(expect.arrayContaining(['cloudaware', 'portal']));
    expect(body.totals.pageviews).toBe(shopTotal);
    expect(body.days).toHaveLength(7);
    expect(body.days.at(-1)).toMatchObject({ day: '2026-03-03', pageviews: 1 });
    expect(body.campaigns[0]).toMatchObject({ source: 'nieuwsbrief', medium: 'email' });

    const unknown = await app.request('/api/stats?site=nope', {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(unknown.status).toBe(404);
    const backwards = await app.request('/api/stats?site=cloudaware&from=2026-03-03&to=2026-03-01', {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(backwards.status).toBe(400);
  });
});
