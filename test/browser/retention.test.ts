import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/users.js';
import type { Config } from '../../src/config.js';
import { createApp } from '../../src/http/app.js';
import { createLogger } from '../../src/log.js';
import { demoDatamapPath, demoPolicyPath } from '../../src/paths.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { retentionDeps, retentionInputs } from '../../src/retention/deps.js';
import { sweepRetention } from '../../src/retention/sweep.js';
import type { Db } from '../../src/store/db.js';
import { CHROMIUM, launchChromium, signIn } from '../helpers/browser.js';
import { type DemoDatabase, demoEngines, seedDemo, writeDemoConfig } from '../helpers/retention-demo.js';
import { saveScreenshot } from '../helpers/screenshots.js';
import { freshPglite } from '../helpers/store.js';

/**
 * The Retention page in Chromium against the CloudAware demo store on PostgreSQL: the plan and its
 * chart (inline SVG, no script), placing and releasing a legal hold through the forms, and a sweep's
 * evidence. With GRONDSLAG_SCREENSHOTS=1 the screenshot goes to docs/screenshots/retention.png.
 */

const engine = demoEngines.find((e) => e.name === 'postgres')!;
const available = existsSync(CHROMIUM) && engine.available;
if (!existsSync(CHROMIUM) && process.env.GRONDSLAG_REQUIRE_SERVICES === '1') {
  throw new Error(`Chromium is required (GRONDSLAG_REQUIRE_SERVICES=1) but ${CHROMIUM} does not exist`);
}

const EMAIL = 'dpo@cloudaware.example';
const PASSWORD = 'a long and private passphrase';
const AT = '2026-07-15';

describe.skipIf(!available)('the Retention page in Chromium', () => {
  let dir: string;
  let store: DemoDatabase;
  let db: Db;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let page: Page;
  let phone: string;
  let runId: string;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grondslag-retention-browser-'));
    store = await engine.create();
    const logs = join(dir, 'logs');
    await seedDemo(writeDemoConfig(dir, engine, store.url, logs), dir, logs, 300);
    db = await freshPglite();
    await createUser(
      db,
      { email: EMAIL, role: 'dpo', password: PASSWORD },
      { actor: 'cli', now: new Date() },
    );
    const config: Config = {
      policyPath: demoPolicyPath,
      datamapPath: demoDatamapPath,
      store: { dataDir: join(dir, 'state') },
      server: { port: 0, host: '127.0.0.1' },
      systems: {
        cloudaware: { type: 'postgres', url: store.url },
        weblogs: { type: 'logfile', url: logs },
      },
    };
    process.env.GRONDSLAG_SECRET_KEY ??= '7'.repeat(64);
    // One sweep in the history: as of the start of the year, so that plenty is still due in July.
    const inputs = await retentionInputs(config);
    const deps = retentionDeps({ db, config, ...inputs });
    try {
      runId = (await sweepRetention(deps, { at: new Date('2026-01-01T00:00:00Z'), actor: 'cli' })).runs[0]!
        .id;
    } finally {
      await deps.systems.close();
    }
    // A number with calls the first sweep left that are due by July.
    phone = (
      await store.rows<{ msisdn: string }>(
        `select msisdn from call_records where started_at < timestamptz '2025-07-15 00:00:00+00' group by msisdn order by count(*) desc, msisdn limit 1`,
      )
    )[0]!.msisdn;
    const app = createApp({
      db,
      config,
      policy: await loadPolicyFile(demoPolicyPath, 'examples/cloudaware/policy.yaml'),
      clock: () => new Date(`${AT}T00:00:00Z`),
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
    await signIn(page, base, EMAIL, PASSWORD);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db?.close();
    await store?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the plan per rule, a chart of what becomes due, and the sweep history', async () => {
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Retention' }).click();
    await page.waitForURL(`${base}/admin/retention`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Retention');
    const due = await store.count(
      `select count(*) from call_records where started_at < timestamptz '2025-07-15 00:00:00+00'`,
    );
    const row = page.getByRole('row').filter({ hasText: 'cloudaware.call_records' });
    expect(await row.locator('td.num').first().textContent()).toBe(due.toLocaleString('en-US'));
    // The chart is server-drawn SVG: a bar segment per rule and week with something due.
    const chart = page.getByRole('img', { name: /Rows becoming due per week/ });
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('rect.due').count()).toBeGreaterThan(10);
    // Colours come from the stylesheet, so the CSP's style-src holds.
    const fill = await chart
      .locator('rect.due.r0')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    expect(fill).toBe('rgb(31, 79, 163)');
    expect(await page.getByRole('link', { name: `Run ${runId.slice(0, 8)}` }).isVisible()).toBe(true);
    await saveScreenshot(page, 'retention.png', { fullPage: true });
  });

  it('places a legal hold through the form, without ever showing the number again', async () => {
    await page.getByLabel('Reference of the order').fill('OM-2026-0777');
    await page.getByLabel('Issued by').fill('Officier van Justitie, Den Haag');
    await page.getByLabel('Date of the order').fill('2026-07-01');
    await page.getByLabel('Last day it holds').fill('2026-12-31');
    await page.getByLabel('Person, identified by').selectOption('phone');
    await page.getByLabel('Their identifier').fill(phone);
    await page.getByRole('button', { name: 'Place hold' }).click();
    await page.waitForURL(/\/admin\/retention\?notice=hold-added/);
    expect(await page.getByRole('status').first().textContent()).toContain('The legal hold is in force');
    const hold = page.getByRole('row').filter({ hasText: 'OM-2026-0777' });
    expect(await hold.textContent()).toContain('one person, by phone');
    expect(await page.content()).not.toContain(phone);
    // The plan now counts that number's old calls as held.
    const calls = page.getByRole('row').filter({ hasText: 'cloudaware.call_records' });
    expect(Number((await calls.locator('td.num').nth(1).textContent())?.replace(/,/g, ''))).toBeGreaterThan(
      0,
    );
  });

  it('shows what is wrong with an incomplete order, and releases a hold with a reason', async () => {
    await page.getByLabel('Reference of the order').fill('OM-2026-0778');
    await page.getByLabel('Issued by').fill('Rechtbank Den Haag');
    await page.getByLabel('Date of the order').fill('2026-07-01');
    await page.getByLabel('Last day it holds').fill('2026-06-01');
    await page.getByLabel('Collection').selectOption('cloudaware.location_records');
    await page.getByRole('button', { name: 'Place hold' }).click();
    expect(await page.getByRole('alert').first().textContent()).toContain('the legal hold is incomplete');
    expect(await page.locator('p.field-error').textContent()).toBe('expires before it was issued');
    // What was typed is still there to correct.
    expect(await page.getByLabel('Reference of the order').inputValue()).toBe('OM-2026-0778');

    const hold = page.getByRole('row').filter({ hasText: 'OM-2026-0777' });
    await hold.getByLabel('Why release OM-2026-0777').fill('order lifted');
    await hold.getByRole('button', { name: 'Release' }).click();
    await page.waitForURL(/notice=hold-released/);
    expect(await page.getByRole('row').filter({ hasText: 'OM-2026-0777' }).textContent()).toContain(
      'released',
    );
    const calls = page.getByRole('row').filter({ hasText: 'cloudaware.call_records' });
    expect(await calls.locator('td.num').nth(1).textContent()).toBe('0');
  });

  it("opens a sweep's evidence: its collections, batches and audit entry", async () => {
    await page.getByRole('link', { name: `Run ${runId.slice(0, 8)}` }).click();
    await page.waitForURL(`${base}/admin/retention/runs/${runId}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      `Retention run ${runId.slice(0, 8)}`,
    );
    expect(await page.getByText('retention.sweep_completed').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Batches' }).isVisible()).toBe(true);
    expect(await page.locator('table').nth(1).locator('tbody tr').count()).toBeGreaterThan(3);
  });

  it('ran every page without a Content Security Policy violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
