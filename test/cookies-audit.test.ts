import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite, CHROMIUM_PATH, chromiumArgs } from '../src/cookies/audit.js';
import type { CookieAuditReport, CookieRecord, PassKind } from '../src/cookies/report.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { runCliCaptured } from './helpers/cli.js';
import { writeDeclaringPolicy } from './helpers/cookie-policy.js';
import { type CookieSites, startCookieSites } from './helpers/cookie-sites.js';
import { saveScreenshot } from './helpers/screenshots.js';

/**
 * The cookie audit in Debian's Chromium against local sites on 127.0.0.1 (one port per party, see
 * helpers/cookie-sites.ts): every cookie and key is found with the right page, writer and party, on
 * the right pass, classified, and exactly the ones the CloudAware policy forbids are errors.
 */

const available = existsSync(CHROMIUM_PATH);
if (!available && process.env.GRONDSLAG_REQUIRE_SERVICES === '1') {
  throw new Error(`Chromium is required (GRONDSLAG_REQUIRE_SERVICES=1) but ${CHROMIUM_PATH} does not exist`);
}

describe('cookies audit: arguments', () => {
  it('refuses a URL that is not http(s) and a page count that is not a number, with exit 2', async () => {
    const a = await runCliCaptured(['cookies', 'audit', 'ftp://example.org/', '--json'], {
      cwd: process.cwd(),
      stdin: process.stdin,
    });
    expect(a.code).toBe(2);
    expect(JSON.parse(a.stdout).error.code).toBe('COOKIES_URL_INVALID');
    const b = await runCliCaptured(['cookies', 'audit', 'https://example.org/', '--max-pages', 'all'], {
      cwd: process.cwd(),
      stdin: process.stdin,
    });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--max-pages');
  });
});

describe.skipIf(!available)('cookie audit in Chromium', () => {
  let sites: CookieSites;
  let dir: string;
  let policyPath: string;
  let report: CookieAuditReport;

  const cookie = (pass: PassKind, name: string): CookieRecord => {
    const found = report.cookies.find((c) => c.pass === pass && c.name === name);
    if (!found) throw new Error(`no cookie ${name} on the ${pass} pass`);
    return found;
  };
  const names = (pass: PassKind) =>
    report.cookies
      .filter((c) => c.pass === pass)
      .map((c) => c.name)
      .sort();

  beforeAll(async () => {
    sites = await startCookieSites();
    dir = mkdtempSync(join(tmpdir(), 'grondslag-cookie-test-'));
    policyPath = writeDeclaringPolicy(dir);
    report = await auditSite(`${sites.shop}/`, await loadPolicyFile(policyPath), { maxPages: 5 });
  });

  afterAll(async () => {
    await sites?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('follows only the same-site pages, never sign-out links, files, mailto: or other sites', () => {
    const before = report.passes.find((p) => p.kind === 'before-consent');
    expect(before?.pages.map((p) => p.url)).toEqual([
      `${sites.shop}/`,
      `${sites.shop}/over-ons`,
      `${sites.shop}/contact`,
    ]);
    expect(sites.hits.get(`${sites.shop}/account/uitloggen`)).toBeUndefined();
    expect(sites.hits.get(`${sites.shop}/files/brochure.pdf`)).toBeUndefined();
    expect(sites.hits.get(`${sites.tracker}/elders`)).toBeUndefined();
  });

  it('finds the cookies of the page before consent, and the marketing ones only after accepting', () => {
    expect(names('before-consent')).toEqual(['_ga', 'fr', 'lang', 'last_page', 'sessionid', 'theme']);
    expect(names('after-consent')).toEqual([
      'IDE',
      '_fbp',
      '_ga',
      'consent',
      'fr',
      'lang',
      'last_page',
      'sessionid',
      'theme',
    ]);
    const after = report.passes.find((p) => p.kind === 'after-consent');
    expect(after?.consent?.clicked).toMatchObject({
      element: 'button#accept',
      text: 'alle cookies accepteren',
      matchedBy: 'text',
      frameUrl: `${sites.shop}/`,
    });
  });

  it('attributes header cookies to the response that set them and the page they appeared on', () => {
    expect(cookie('before-consent', 'sessionid')).toMatchObject({
      party: 'first',
      page: `${sites.shop}/`,
      httpOnly: true,
      lifetimeSeconds: null,
      setBy: { source: 'header', url: `${sites.shop}/`, party: 'first' },
    });
    expect(cookie('before-consent', 'last_page')).toMatchObject({
      page: `${sites.shop}/over-ons`,
      setBy: { source: 'header', url: `${sites.shop}/over-ons` },
    });
    // The widget's iframe: a third party's response, inside its own document.
    expect(cookie('before-consent', 'fr')).toMatchObject({
      party: 'third',
      page: `${sites.shop}/`,
      setBy: {
        source: 'header',
        url: `${sites.widget}/widget`,
        party: 'third',
        frameUrl: `${sites.widget}/widget`,
      },
    });
    expect(cookie('after-consent', 'IDE')).toMatchObject({
      party: 'third',
      setBy: { source: 'header', url: `${sites.ads}/pixel.gif?ev=PageView`, party: 'third' },
    });
  });

  it('attributes script cookies to the script that wrote them, inline ones to their page', () => {
    expect(cookie('before-consent', 'lang').setBy).toMatchObject({
      source: 'script',
      url: `${sites.shop}/js/prefs.js`,
      inline: false,
      party: 'first',
    });
    expect(cookie('before-consent', 'theme').setBy).toMatchObject({
      source: 'script',
      url: `${sites.shop}/`,
      inline: true,
    });
    // A third party's script writing into the site's own cookies: a first-party cookie, a third-party writer.
    const ga = cookie('before-consent', '_ga');
    expect(ga.party).toBe('first');
    expect(ga.setBy).toMatchObject({
      source: 'script',
      url: `${sites.tracker}/analytics.js`,
      party: 'third',
    });
    // Asked for two years; Chromium stores at most 400 days, and the audit reports what is stored.
    expect(ga.lifetimeSeconds).toBeGreaterThan(399 * 86400);
    expect(ga.lifetimeSeconds).toBeLessThanOrEqual(400 * 86400);
    expect(cookie('after-consent', '_fbp').setBy).toMatchObject({
      url: `${sites.ads}/fbevents.js`,
      party: 'third',
    });
    expect(cookie('after-consent', 'consent').setBy).toMatchObject({ url: `${sites.shop}/js/consent.js` });
  });

  it('finds localStorage and sessionStorage keys with their origin and writer, the widget’s in its own origin', () => {
    const keys = report.storage
      .filter((s) => s.pass === 'before-consent')
      .map((s) => [s.area, s.origin, s.key, s.party, s.setBy.url]);
    expect(keys).toEqual(
      expect.arrayContaining([
        ['localStorage', sites.shop, 'cart', 'first', `${sites.shop}/js/prefs.js`],
        ['sessionStorage', sites.shop, 'checkout_step', 'first', `${sites.shop}/js/prefs.js`],
        ['localStorage', sites.widget, 'widget_seen', 'third', `${sites.widget}/widget`],
      ]),
    );
    expect(keys).toHaveLength(3);
  });

  it('lists third-party requests with the script that started them', () => {
    const request = (pass: PassKind, url: string) =>
      report.requests.find((r) => r.pass === pass && r.url === url);
    expect(request('before-consent', `${sites.tracker}/analytics.js`)).toMatchObject({
      type: 'script',
      initiator: `${sites.shop}/`,
      category: 'analytics',
    });
    expect(request('before-consent', `${sites.tracker}/collect?v=2&tid=G-TEST&cid=1234567.89`)).toMatchObject(
      {
        type: 'image',
        initiator: `${sites.tracker}/analytics.js`,
        category: 'analytics',
      },
    );
    expect(request('after-consent', `${sites.ads}/pixel.gif?ev=PageView`)).toMatchObject({
      initiator: `${sites.ads}/fbevents.js`,
      category: 'marketing',
    });
    expect(
      report.requests.some((r) => r.pass === 'before-consent' && r.host === new URL(sites.ads).host),
    ).toBe(false);
    // The site's own requests are counted, not listed.
    expect(report.requests.some((r) => r.url.startsWith(sites.shop))).toBe(false);
  });

  it('classifies from the policy first, then the Open Cookie Database, then the name', () => {
    const c = (name: string) => cookie('after-consent', name).classification;
    expect(c('sessionid')).toMatchObject({
      category: 'functional',
      source: 'policy',
      provider: 'CloudAware',
    });
    expect(c('lang')).toMatchObject({ category: 'functional', source: 'policy' });
    expect(c('_ga')).toMatchObject({
      category: 'analytics',
      source: 'open-cookie-database',
      provider: 'Google Analytics',
    });
    expect(c('_fbp')).toMatchObject({
      category: 'marketing',
      source: 'open-cookie-database',
      provider: 'Facebook',
    });
    expect(c('fr')).toMatchObject({
      category: 'marketing',
      source: 'open-cookie-database',
      provider: 'Facebook',
    });
    expect(c('IDE')).toMatchObject({ category: 'marketing', source: 'open-cookie-database' });
    expect(c('consent')).toMatchObject({ category: 'functional', source: 'heuristic' });
    expect(c('theme')).toMatchObject({ category: 'functional', source: 'heuristic' });
    expect(c('last_page')).toMatchObject({ category: 'unknown', source: 'none' });
  });

  it('flags exactly what the policy forbids as errors, with page, writer and article', () => {
    const errors = report.findings.filter((f) => f.severity === 'error');
    const subjects = new Set(
      errors.map((f) =>
        f.subject.kind === 'request' ? `request ${f.subject.host}` : `${f.subject.kind} ${f.subject.name}`,
      ),
    );
    expect([...subjects].sort()).toEqual(
      [
        'cookie IDE',
        'cookie _fbp',
        'cookie _ga',
        'cookie fr',
        `request ${new URL(sites.ads).host}`,
        `request ${new URL(sites.tracker).host}`,
        `request ${new URL(sites.widget).host}`,
      ].sort(),
    );
    const ga = errors.filter((f) => f.subject.kind === 'cookie' && f.subject.name === '_ga');
    expect(ga.map((f) => f.rule).sort()).toEqual(['analytics-not-privacy-friendly', 'cookie-undeclared']);
    expect(ga[0]).toMatchObject({
      pass: 'before-consent',
      page: `${sites.shop}/`,
      setBy: { url: `${sites.tracker}/analytics.js` },
    });
    expect(ga.every((f) => f.articles.includes('Tw art. 11.7a'))).toBe(true);
    const fr = errors.find((f) => f.rule === 'tracking-before-consent' && f.subject.kind === 'cookie');
    expect(fr?.subject).toMatchObject({ name: 'fr' });
    const pixel = errors.find(
      (f) => f.subject.kind === 'request' && f.subject.host === new URL(sites.ads).host,
    );
    expect(pixel).toMatchObject({
      rule: 'category-not-in-policy',
      pass: 'after-consent',
      category: 'marketing',
    });
    expect(pixel?.articles).toContain('GDPR Art. 13(1)(e)');
    // The declared cookies are not findings at all; the undeclared functional ones only warnings.
    const mentioned = (name: string) =>
      report.findings.filter((f) => f.subject.kind !== 'request' && f.subject.name === name);
    for (const name of ['sessionid', 'lang', 'cart']) expect(mentioned(name)).toEqual([]);
    for (const name of ['consent', 'theme', 'last_page', 'widget_seen', 'checkout_step']) {
      expect(mentioned(name).map((f) => [f.rule, f.severity])).toEqual([['cookie-undeclared', 'warning']]);
    }
  });

  it('gives a site that keeps the CloudAware promise no error findings (exit 0), in one JSON document', async () => {
    const { code, stdout } = await runCliCaptured(
      ['cookies', 'audit', `${sites.clean}/`, '--policy', policyPath, '--json'],
      { cwd: dir, stdin: process.stdin },
    );
    const clean = JSON.parse(stdout) as CookieAuditReport;
    expect(code).toBe(0);
    expect(clean.findings).toEqual([]);
    expect(clean.cookies.map((c) => c.name).sort()).toEqual(['lang', 'sessionid']);
    expect(clean.storage.map((s) => s.key)).toEqual(['cart']);
    expect(clean.requests).toEqual([]);
    expect(clean.passes.map((p) => [p.kind, p.skipped !== undefined])).toEqual([
      ['before-consent', false],
      ['after-consent', true],
    ]);
    // Its own statistics beacon reached it, and counted as a first-party request.
    expect(sites.hits.get(`${sites.clean}/stats`)).toBeGreaterThan(0);
    expect(clean.passes[0]?.firstPartyRequests).toBeGreaterThan(0);
  });

  it('exits 1 for the shop and writes report.json and an escaped, script-free report.html', async () => {
    const out = join(dir, 'evidence');
    const { code, stdout } = await runCliCaptured(
      ['cookies', 'audit', `${sites.shop}/`, '--policy', policyPath, '--max-pages', '2', '--out', out],
      { cwd: dir, stdin: process.stdin },
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/error analytics-not-privacy-friendly .*_ga/);
    expect(stdout).toMatch(/after-consent: 3 page\(s\), 9 cookie\(s\), accepted by clicking button#accept/);
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as CookieAuditReport;
    expect(json.summary.error).toBeGreaterThan(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Cookie audit of');
    expect(html).toContain(`${sites.tracker}/analytics.js`);

    // Look at it as a person would.
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(pathToFileURL(join(out, 'report.html')).href);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        `Cookie audit of ${sites.shop}/`,
      );
      expect(await page.locator('.badge.error').count()).toBeGreaterThan(5);
      await saveScreenshot(page, 'cookie-audit-report.png');
    } finally {
      await browser.close();
    }
  });
});
