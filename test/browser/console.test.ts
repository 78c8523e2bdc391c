import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/users.js';
import { resolveConfig } from '../../src/config.js';
import { sealerFor } from '../../src/crypto/master-key.js';
import { addRestriction } from '../../src/dsr/restriction.js';
import { createApp } from '../../src/http/app.js';
import { createLogger } from '../../src/log.js';
import { demoPolicyPath } from '../../src/paths.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { Db } from '../../src/store/db.js';
import { CHROMIUM, launchChromium } from '../helpers/browser.js';
import { saveScreenshot } from '../helpers/screenshots.js';
import { freshPglite } from '../helpers/store.js';

/**
 * The console and the portal in a real browser against a real server: sign in, dashboard, register,
 * the statement's language switch. Screenshots for the README and review go to docs/screenshots/
 * with GRONDSLAG_SCREENSHOTS=1.
 */

const available = existsSync(CHROMIUM);
if (!available && process.env.GRONDSLAG_REQUIRE_SERVICES === '1') {
  throw new Error(`Chromium is required (GRONDSLAG_REQUIRE_SERVICES=1) but ${CHROMIUM} does not exist`);
}

const EMAIL = 'dpo@cloudaware.example';
const PASSWORD = 'a long and private passphrase';

describe.skipIf(!available)('console and portal in Chromium', () => {
  let db: Db;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let page: Page;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    db = await freshPglite();
    await createUser(
      db,
      { email: EMAIL, role: 'dpo', password: PASSWORD },
      { actor: 'cli', now: new Date() },
    );
    const config = resolveConfig(undefined, undefined, {}, process.cwd());
    // An objection to direct marketing, as an executed request leaves it (no request: nobody to mail).
    await db.transaction((tx) =>
      addRestriction(
        tx,
        sealerFor(config),
        {
          scope: 'direct_marketing',
          purposes: [],
          reason: 'objection_direct_marketing',
          article: 'GDPR Art. 21(3)',
          identity: { email: 'bezwaar@example.org' },
        },
        new Date(),
      ),
    );
    const app = createApp({
      db,
      config,
      policy: await loadPolicyFile(demoPolicyPath, 'examples/cloudaware/policy.yaml'),
      clock: () => new Date(),
      log: createLogger({ level: 'warn' }),
    });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db?.close();
  });

  it('sends a visitor of the console to sign-in, signs them in and shows the dashboard', async () => {
    await page.goto(`${base}/admin`);
    expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'sign-in.png');

    await page.getByLabel('E-mail address').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/admin`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dashboard');
    expect(await page.getByRole('heading', { name: 'Policy check' }).isVisible()).toBe(true);
    // The stylesheet loaded under the CSP: the top bar has its colour.
    const bar = await page.locator('.topbar').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bar).toBe('rgb(20, 33, 61)');
    await saveScreenshot(page, 'admin-dashboard.png');
  });

  it('opens the register from the navigation', async () => {
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Register' }).click();
    await page.waitForURL(`${base}/admin/register`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Record of processing activities',
    );
    expect(await page.locator('section.card').count()).toBeGreaterThan(3);
    const nav = page.getByRole('navigation', { name: 'Console' });
    expect(await nav.getByRole('link', { name: 'Register' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows the restriction list and lifts an entry from it', async () => {
    await page.goto(`${base}/admin`);
    await page
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: 'Restrictions' })
      .click();
    await page.waitForURL(`${base}/admin/restrictions`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Restriction list');
    const row = page.locator('tbody tr').first();
    expect(await row.textContent()).toContain('no direct marketing');
    expect(await page.content()).not.toContain('bezwaar@example.org');
    await saveScreenshot(page, 'restrictions.png');

    await row.getByLabel(/Why lift entry/).fill('Opnieuw aangemeld voor de nieuwsbrief.');
    await row.getByRole('button', { name: 'Lift' }).click();
    await page.waitForURL(`${base}/admin/restrictions?notice=lifted`);
    expect(await page.getByRole('status').textContent()).toContain('The entry is lifted');
    expect(await page.getByText('No active entries.').isVisible()).toBe(true);
  });

  it("switches the statement's language on the portal", async () => {
    await page.goto(`${base}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Privacybeleid');
    await saveScreenshot(page, 'portal-nl.png');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${base}/?lang=en`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Privacy statement');
    await saveScreenshot(page, 'portal-en.png');

    await page.getByRole('link', { name: 'Nederlands' }).click();
    await page.waitForURL(`${base}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it('ran every page without a Content Security Policy violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
