import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/users.js';
import { resolveConfig } from '../../src/config.js';
import { createApp } from '../../src/http/app.js';
import { createLogger } from '../../src/log.js';
import { demoPolicyPath } from '../../src/paths.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { utcDay } from '../../src/stats/daily-salt.js';
import { recordPageview } from '../../src/stats/record.js';
import type { Db } from '../../src/store/db.js';
import { CHROMIUM, launchChromium, signIn } from '../helpers/browser.js';
import { saveScreenshot } from '../helpers/screenshots.js';
import { freshPglite } from '../helpers/store.js';

/**
 * The cookieless statistics in a real Chromium: the portal and a customer's site (another origin,
 * with a strict CSP of its own) load the tracker; the browser ends up with no cookie and nothing in
 * its storage, the views arrive and are counted once per visitor and day, a site that is not
 * configured is refused, and the Statistics page shows the result (screenshot in docs/screenshots/
 * with GRONDSLAG_SCREENSHOTS=1).
 */

const available = existsSync(CHROMIUM);
if (!available && process.env.GRONDSLAG_REQUIRE_SERVICES === '1') {
  throw new Error(`Chromium is required (GRONDSLAG_REQUIRE_SERVICES=1) but ${CHROMIUM} does not exist`);
}

/** A person's browser: the user agent of an ordinary desktop Chrome. */
const PERSON_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const EMAIL = 'dpo@cloudaware.example';
const PASSWORD = 'a long and private passphrase';

/** A minimal site that includes the tracker from Grondslag and allows nothing else in its CSP. */
function siteServer(grondslag: () => string, title: string): Server {
  return createServer((req, res) => {
    if (req.url === '/favicon.ico') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; script-src ${grondslag()}; connect-src ${grondslag()}`,
    });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script defer src="${grondslag()}/stats/t.js" data-spa></script></head>
<body><h1>${title}</h1><p>Cloud hosting from the Netherlands.</p></body></html>`);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe.skipIf(!available)('cookieless statistics in Chromium', () => {
  let db: Db;
  let server: ServerType;
  let base = '';
  let shop: Server;
  let shopBase: string;
  let stranger: Server;
  let strangerBase: string;
  let browser: Browser;
  let person: BrowserContext;
  let page: Page;
  const cspViolations: string[] = [];
  const today = () => utcDay(new Date());

  const total = async (site: string, dimension: string, key: string) => {
    const { rows } = await db.query<{ pageviews: number; visitors: number }>(
      `select pageviews::int as pageviews, visitors::int as visitors from grondslag.stats_daily
       where site = $1 and dimension = $2 and key = $3 and day = $4::date`,
      [site, dimension, key, today()],
    );
    return rows[0] ?? { pageviews: 0, visitors: 0 };
  };

  /** Navigates and waits for the tracker's event to be answered. */
  const visit = async (p: Page, url: string, options: { referer?: string } = {}) => {
    const answered = p.waitForResponse(
      (r) => r.url().endsWith('/stats/event') && r.request().method() === 'POST',
    );
    await p.goto(url, options);
    return answered;
  };

  beforeAll(async () => {
    db = await freshPglite();
    await createUser(
      db,
      { email: EMAIL, role: 'dpo', password: PASSWORD },
      { actor: 'cli', now: new Date() },
    );
    shop = siteServer(() => base, 'CloudAware shop');
    shopBase = await listen(shop);
    stranger = siteServer(() => base, 'Not configured');
    strangerBase = await listen(stranger);
    const app = createApp({
      db,
      config: {
        ...resolveConfig(undefined, undefined, {}, process.cwd()),
        stats: { sites: { shop: { origins: [shopBase] } }, ratePerMinute: 600 },
      },
      policy: await loadPolicyFile(demoPolicyPath, 'examples/cloudaware/policy.yaml'),
      clock: () => new Date(),
      log: createLogger({ level: 'warn' }),
    });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    // An automated browser announces itself (navigator.webdriver, "HeadlessChrome"), and the tracker
    // rightly ignores it; this context looks like the browser of a person.
    person = await browser.newContext({ userAgent: PERSON_UA, viewport: { width: 1280, height: 900 } });
    await person.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false });
    });
    page = await person.newPage();
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const s of [shop, stranger])
      await new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve()));
    await db?.close();
  });

  it('counts the portal’s page views, the same browser once a day', async () => {
    for (const path of ['/', '/?lang=en', '/'])
      expect((await visit(page, `${base}${path}`)).status()).toBe(202);
    expect(await total('portal', 'page', '/')).toEqual({ pageviews: 3, visitors: 1 });
    expect(await total('portal', 'site', '')).toEqual({ pageviews: 3, visitors: 1 });
  });

  it('counts a customer site on another origin, its referrer, campaign and history navigation', async () => {
    const first = await visit(page, `${shopBase}/?utm_source=test&utm_campaign=launch&session=abc#top`, {
      referer: 'https://duckduckgo.com/',
    });
    expect(first.status()).toBe(202);
    expect(first.headers()['access-control-allow-origin']).toBe(shopBase);
    const pushed = page.waitForResponse((r) => r.url().endsWith('/stats/event'));
    await page.evaluate(() => history.pushState({}, '', '/pricing'));
    expect((await pushed).status()).toBe(202);
    expect(await total('shop', 'page', '/')).toEqual({ pageviews: 1, visitors: 1 });
    expect(await total('shop', 'page', '/pricing')).toEqual({ pageviews: 1, visitors: 1 });
    expect(await total('shop', 'referrer', 'duckduckgo.com')).toEqual({ pageviews: 1, visitors: 1 });
    expect(await total('shop', 'campaign', 'utm_source=test&utm_campaign=launch')).toEqual({
      pageviews: 1,
      visitors: 1,
    });
    expect(await total('shop', 'site', '')).toEqual({ pageviews: 2, visitors: 1 });
  });

  it('refuses a site that is not configured, and counts nothing for it', async () => {
    const before = (await db.query('select sum(pageviews)::int as n from grondslag.stats_daily')).rows[0];
    // The server answers 403 without CORS headers, so the browser reports the request as failed.
    const failed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/stats/event'));
    await page.goto(`${strangerBase}/`);
    expect((await failed).url()).toBe(`${base}/stats/event`);
    expect((await db.query('select sum(pageviews)::int as n from grondslag.stats_daily')).rows[0]).toEqual(
      before,
    );
  });

  it('left no cookie and nothing in the browser’s storage, on any origin', async () => {
    expect(await person.cookies()).toEqual([]);
    for (const origin of [base, shopBase, strangerBase]) {
      await page.goto(origin);
      const stored = await page.evaluate(async () => ({
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        indexedDb: (await indexedDB.databases()).length,
      }));
      expect(stored, origin).toEqual({ cookie: '', local: 0, session: 0, indexedDb: 0 });
    }
    expect(await person.cookies()).toEqual([]);
    const state = await person.storageState();
    expect(state.cookies).toEqual([]);
    expect(state.origins.filter((o) => o.localStorage.length > 0)).toEqual([]);
  });

  it('shows the statistics on the console’s Statistics page', async () => {
    // Four weeks of earlier traffic on the shop, so that the chart has a shape.
    const pages = ['/', '/pricing', '/cloud-hosting', '/contact', '/blog/migrating-to-the-cloud'];
    const referrers = [undefined, undefined, 'google.com', 'duckduckgo.com', 'linkedin.com'];
    const now = Date.now();
    for (let d = 27; d >= 1; d--) {
      const day = utcDay(new Date(now - d * 86_400_000));
      const views = 14 + Math.round(9 * Math.sin(d / 2.5)) + (d % 7 < 2 ? -6 : 4);
      for (let v = 0; v < views; v++) {
        const visitor = Buffer.alloc(32, 0);
        visitor.writeUInt32BE(d * 1000 + Math.floor(v / 2));
        await recordPageview(db, {
          site: 'shop',
          day,
          visitor,
          facts: {
            page: pages[(v * 7 + d) % pages.length]!,
            ...(referrers[(v + d) % referrers.length]
              ? { referrer: referrers[(v + d) % referrers.length]! }
              : {}),
            ...(v % 9 === 0
              ? { campaign: 'utm_source=newsletter&utm_medium=email&utm_campaign=spring' }
              : {}),
          },
        });
      }
    }
    const { rows } = await db.query<{ pageviews: number }>(
      `select sum(pageviews)::int as pageviews from grondslag.stats_daily where site = 'shop' and dimension = 'site'`,
    );

    const admin = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    admin.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await signIn(admin, base, EMAIL, PASSWORD);
    await admin
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: 'Statistics' })
      .click();
    await admin.waitForURL(`${base}/admin/statistics`);
    expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe('Website statistics');
    // The site with the most page views is shown first: the shop, over the last 30 days.
    expect(await admin.getByLabel('Site').inputValue()).toBe('shop');
    expect(await admin.locator('.stat strong').first().textContent()).toBe(String(rows[0]!.pageviews));
    expect(await admin.locator('svg.chart rect.bar').count()).toBe(30);
    expect(await admin.getByRole('cell', { name: '/pricing' }).first().isVisible()).toBe(true);
    expect(await admin.getByRole('cell', { name: 'duckduckgo.com' }).first().isVisible()).toBe(true);
    await saveScreenshot(admin, 'statistics.png', { fullPage: true });

    await admin.getByLabel('Period').selectOption('7');
    await admin.getByRole('button', { name: 'Show' }).click();
    await admin.waitForURL(/days=7/);
    expect(await admin.locator('svg.chart rect.bar').count()).toBe(7);
    await admin.close();
  });

  it('ran every page without a Content Security Policy violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
