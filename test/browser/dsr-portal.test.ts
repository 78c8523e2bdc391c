import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/users.js';
import { configSchema, resolveConfig } from '../../src/config.js';
import { approveRequest, sendAnswer } from '../../src/dsr/actions.js';
import { dsrDeps } from '../../src/dsr/deps.js';
import { submitRequest } from '../../src/dsr/intake.js';
import { createPackageLink } from '../../src/dsr/package-link.js';
import { createApp } from '../../src/http/app.js';
import { createLogger } from '../../src/log.js';
import { demoPolicyPath } from '../../src/paths.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { Db } from '../../src/store/db.js';
import { CHROMIUM, launchChromium, signIn } from '../helpers/browser.js';
import { saveScreenshot } from '../helpers/screenshots.js';
import { codeIn, linkIn, type SmtpSink, startSmtpSink } from '../helpers/smtp.js';
import { freshPglite } from '../helpers/store.js';

/**
 * A person files a request in Chromium, receives the code over SMTP, verifies, sees the status; an
 * operator answers with a package, and the person downloads it through the link in the mail.
 * Screenshots go to docs/screenshots/ with GRONDSLAG_SCREENSHOTS=1.
 */

const available = existsSync(CHROMIUM);
if (!available && process.env.GRONDSLAG_REQUIRE_SERVICES === '1') {
  throw new Error(`Chromium is required (GRONDSLAG_REQUIRE_SERVICES=1) but ${CHROMIUM} does not exist`);
}

const OPERATOR = 'operator@cloudaware.example';
const PASSWORD = 'a long and private passphrase';
const PERSON = 'noor.bakker@example.nl';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

describe.skipIf(!available)('request portal in Chromium', () => {
  let db: Db;
  let smtp: SmtpSink;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let page: Page;
  let deps: ReturnType<typeof dsrDeps>;
  let statusUrl: string;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    db = await freshPglite();
    smtp = await startSmtpSink();
    await createUser(
      db,
      { email: OPERATOR, role: 'operator', password: PASSWORD },
      { actor: 'cli', now: new Date() },
    );
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const dir = mkdtempSync(join(tmpdir(), 'grondslag-dsr-browser-'));
    const config = resolveConfig(
      configSchema.parse({ store: { dataDir: './data' }, server: { publicUrl: base }, mail: smtp.config }),
      join(dir, 'grondslag.config.yaml'),
      {},
      dir,
    );
    const policy = await loadPolicyFile(demoPolicyPath, 'examples/cloudaware/policy.yaml');
    const clock = () => new Date();
    deps = dsrDeps({ db, config, policy: policy.policy, clock });
    const app = createApp({ db, config, policy, clock, log: createLogger({ level: 'warn' }) });
    server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 1000 }, acceptDownloads: true });
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db?.close();
    await smtp?.close();
  });

  it('files a request and lands on the code page', async () => {
    await page.goto(`${base}/request`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Privacyverzoek indienen');
    await page.locator('input[name=type][value=access]').check();
    await page.getByLabel('E-mailadres').fill(PERSON);
    await page.getByLabel('Telefoonnummer (optioneel)').fill('06 4321 8765');
    await page
      .getByLabel('Toelichting (optioneel)')
      .fill('Ik wil graag weten welke gegevens jullie van mij hebben.');
    await saveScreenshot(page, 'dsr-portal-form.png', { fullPage: true });
    await page.getByRole('button', { name: 'Verzoek indienen' }).click();
    await page.waitForURL(/\/request\/verify\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Controleer uw e-mail');
  });

  it('takes the code from the e-mail and shows the status', async () => {
    const mail = await smtp.waitForMail(PERSON);
    expect(linkIn(mail, '/request/verify/')).toBe(page.url().replace(/\?.*$/, ''));
    await page.getByLabel('Code').fill(codeIn(mail));
    await saveScreenshot(page, 'dsr-portal-verify.png');
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.waitForURL(/\/request\/status\//);
    statusUrl = page.url();
    expect(await page.locator('[data-status]').textContent()).toBe(
      'Identiteit bevestigd; wij beoordelen uw verzoek',
    );
    expect(await page.locator('ol.history').textContent()).toContain('Identiteit bevestigd');
    await saveScreenshot(page, 'dsr-portal-status.png', { fullPage: true });
  });

  it('shows the operator the queue with its deadline marks, and the request', async () => {
    // Two requests that came in by e-mail weeks ago: one overdue, one due within a week.
    for (const [email, days] of [
      ['laat@example.nl', 30],
      ['bijna@example.nl', 24],
    ] as const) {
      await submitRequest(deps, {
        details: { type: 'erasure' },
        identity: { email },
        channel: 'email',
        language: 'nl',
        receivedAt: new Date(Date.now() - days * 86_400_000),
        actor: 'person',
      });
    }
    const staff = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signIn(staff, base, OPERATOR, PASSWORD, { returnTo: '/admin/requests' });
    const rows = staff.locator('table.queue tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-deadline')))).toEqual([
      'overdue',
      'near',
      'ok',
    ]);
    expect(await rows.first().locator('.badge.error').textContent()).toContain('overdue');
    const row = rows.last();
    await saveScreenshot(staff, 'dsr-console-queue.png');
    await row.getByRole('link').click();
    await staff.waitForURL(/\/admin\/requests\/dsr_/);
    expect(await staff.content()).not.toContain(PERSON);
    await saveScreenshot(staff, 'dsr-console-detail.png', { fullPage: true });
    await staff.close();
  });

  it('downloads the package through the link in the answer', async () => {
    const id = (
      await db.query<{ id: string }>(`select id from grondslag.dsr_request where channel = 'portal'`)
    ).rows[0]!.id;
    await approveRequest(deps, id, { by: 'user:operator' });
    const dir = mkdtempSync(join(tmpdir(), 'grondslag-pkg-'));
    const zip = join(dir, 'package.zip');
    writeFileSync(zip, 'PK\u0003\u0004 the person’s data');
    await createPackageLink(
      db,
      { requestId: id, path: zip, fileName: 'cloudaware-inzage.zip', byteLength: readFileSync(zip).length },
      new Date(),
    );
    await sendAnswer(deps, id, { by: 'user:operator', message: 'Hierbij uw gegevens.' });
    const answer = await smtp.waitForMail(PERSON, 2);
    await page.goto(linkIn(answer, '/request/download/'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Uw gegevens downloaden');
    await saveScreenshot(page, 'dsr-portal-download.png');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cloudaware-inzage.zip');
    const saved = join(dir, 'saved.zip');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(readFileSync(zip))).toBe(true);

    await page.goto(statusUrl);
    expect(await page.locator('[data-status]').textContent()).toBe(
      'Afgehandeld; u hebt ons antwoord per e-mail ontvangen',
    );
  });

  it('ran every page without a Content Security Policy violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
