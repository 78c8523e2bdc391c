import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/users.js';
import { type Config, configSchema, resolveConfig } from '../../src/config.js';
import { listCookieAudits } from '../../src/cookies/store.js';
import { createApp } from '../../src/http/app.js';
import { cookiesAudit } from '../../src/jobs/kinds/cookies-audit.js';
import { enqueue, openJobQueue } from '../../src/jobs/queue.js';
import { startWorker } from '../../src/jobs/worker.js';
import { memoryLogger } from '../../src/log.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { Db } from '../../src/store/db.js';
import { CHROMIUM, launchChromium, signIn } from '../helpers/browser.js';
import { writeDeclaringPolicy } from '../helpers/cookie-policy.js';
import { type CookieSites, startCookieSites } from '../helpers/cookie-sites.js';
import { csrfIn, TestBrowser } from '../helpers/http.js';
import { jobState, waitFor } from '../helpers/jobs.js';
import { saveScreenshot } from '../helpers/screenshots.js';
import { freshPglite } from '../helpers/store.js';

/**
 * Scheduled cookie audits end to end: the `cookies.audit` job runs through a real queue and worker
 * on the configured page, twice, with a tracker added to the site in between; the console's Cookies
 * page lists both runs and what changed, in a real browser (screenshots in docs/screenshots/ with
 * GRONDSLAG_SCREENSHOTS=1).
 */

const available = existsSync(CHROMIUM);
if (!available && process.env.GRONDSLAG_REQUIRE_SERVICES === '1') {
  throw new Error(`Chromium is required (GRONDSLAG_REQUIRE_SERVICES=1) but ${CHROMIUM} does not exist`);
}

const tuning = { maintenanceIntervalSeconds: 1, cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 };
const EMAIL = 'dpo@cloudaware.example';
const PASSWORD = 'a long and private passphrase';

describe.skipIf(!available)('scheduled cookie audits and the Cookies page', () => {
  let sites: CookieSites;
  let dir: string;
  let db: Db;
  let config: Config;
  let policyPath: string;

  beforeAll(async () => {
    sites = await startCookieSites();
    dir = mkdtempSync(join(tmpdir(), 'grondslag-cookie-console-'));
    policyPath = writeDeclaringPolicy(dir);
    db = await freshPglite();
    config = resolveConfig(
      configSchema.parse({ policy: policyPath, cookies: { auditUrls: [`${sites.clean}/`] } }),
      join(dir, 'grondslag.config.yaml'),
      {},
      dir,
    );
  });

  afterAll(async () => {
    await db?.close();
    await sites?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('audits the configured page on each run and records what changed', async () => {
    const queue = await openJobQueue({ db, kinds: [cookiesAudit], tuning });
    const worker = await startWorker({ queue, log: memoryLogger(), config, pollingIntervalSeconds: 0.5 });
    try {
      const run = async () => {
        const id = (await enqueue(queue, cookiesAudit, {})) as string;
        await waitFor(`job ${id}`, async () => (await jobState(db, id))?.state === 'completed', 180_000);
      };
      await run();
      sites.addTrackerToClean();
      await run();
    } finally {
      await worker.stop();
      await queue.close();
    }
    const [latest, first] = await listCookieAudits(db);
    expect(first).toMatchObject({ url: `${sites.clean}/`, status: 'completed', errors: 0, thirdParties: 0 });
    expect(first?.diff?.previousRunId).toBeNull();
    expect(latest?.errors).toBeGreaterThan(0);
    expect(latest?.diff?.previousRunId).toBe(first?.id);
    expect(latest?.diff?.newCookies.map((c) => [c.name, c.category, c.setBy])).toEqual([
      ['_ga', 'analytics', `${sites.tracker}/analytics.js`],
    ]);
    expect(latest?.diff?.newThirdParties).toEqual([new URL(sites.tracker).host]);
  }, 240_000);

  it('shows the runs and the changes on the Cookies page, to every role', async () => {
    const clock = () => new Date();
    const app = createApp({
      db,
      config,
      policy: await loadPolicyFile(policyPath),
      clock,
      log: memoryLogger(),
    });
    await createUser(db, { email: EMAIL, role: 'dpo', password: PASSWORD }, { actor: 'cli', now: clock() });
    await createUser(
      db,
      { email: 'auditor@cloudaware.example', role: 'auditor', password: PASSWORD },
      { actor: 'cli', now: clock() },
    );
    const auditor = new TestBrowser(app);
    await auditor.signIn('auditor@cloudaware.example', PASSWORD);
    const list = await auditor.get('/admin/cookies');
    expect(list.status).toBe(200);
    const text = await list.text();
    expect(text).toContain('_ga');
    expect(text).toContain(new URL(sites.tracker).host);
    csrfIn(text);
    expect((await auditor.get('/admin/cookies/00000000-0000-4000-8000-000000000000')).status).toBe(404);

    const server: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await signIn(page, base, EMAIL, PASSWORD);
      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Cookies' }).click();
      await page.waitForURL(`${base}/admin/cookies`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cookie audits');
      expect(await page.locator('table tbody tr').count()).toBe(2);
      expect(await page.locator('.changes li').first().textContent()).toContain('_ga');
      await saveScreenshot(page, 'admin-cookies.png');

      await page.locator('table tbody tr').first().getByRole('link').click();
      await page.waitForURL(/\/admin\/cookies\/[0-9a-f-]{36}$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        `Cookie audit of ${sites.clean}/`,
      );
      expect(await page.getByRole('heading', { name: 'Findings' }).isVisible()).toBe(true);
      await saveScreenshot(page, 'admin-cookie-run.png');
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 120_000);
});
