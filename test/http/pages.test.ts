import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintPolicy } from '../../src/policy/lint/lint.js';
import { buildRegister } from '../../src/policy/register.js';
import { renderStatementHtmlFragment } from '../../src/policy/render/render.js';
import type { Db } from '../../src/store/db.js';
import { csrfIn, seedUsers, TestBrowser, testApp } from '../helpers/http.js';
import { freshPglite } from '../helpers/store.js';

describe('portal and console pages', () => {
  let db: Db;
  let t: Awaited<ReturnType<typeof testApp>>;
  let dpo: TestBrowser;
  let auditor: TestBrowser;
  const visited: string[] = [];

  beforeAll(async () => {
    db = await freshPglite();
    t = await testApp(db);
    const emails = await seedUsers(db, t.clock());
    dpo = new TestBrowser(t.app);
    await dpo.signIn(emails.dpo);
    auditor = new TestBrowser(t.app);
    await auditor.signIn(emails.auditor);
  });
  afterAll(async () => {
    await db.close();
  });

  async function page(b: TestBrowser, path: string): Promise<string> {
    const res = await b.get(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
    const html = await res.text();
    visited.push(html);
    return html;
  }

  it('shows the statement in Dutch by default and in English with ?lang=en, linking the two', async () => {
    const anon = new TestBrowser(t.app);
    const nl = await page(anon, '/');
    expect(nl).toMatch(/^<!doctype html>\s*<html lang="nl">/);
    expect(nl).toContain(renderStatementHtmlFragment(t.policy.policy, { lang: 'nl' }).trim());
    expect(nl).toContain('<a href="/?lang=en" hreflang="en" lang="en">English</a>');
    expect(nl).toContain('aria-current="true">Nederlands</a>');

    const en = await page(anon, '/?lang=en');
    expect(en).toMatch(/<html lang="en">/);
    expect(en).toContain(renderStatementHtmlFragment(t.policy.policy, { lang: 'en' }).trim());
    expect(en).toContain('<a href="/" hreflang="nl" lang="nl">Nederlands</a>');
    expect((await anon.get('/?lang=en')).headers.get('content-language')).toBe('en');
    // A language the policy is not published in falls back to the original.
    expect(await page(anon, '/?lang=de')).toMatch(/<html lang="nl">/);
  });

  it('shows the lint status and every finding on the dashboard, with the record of processing', async () => {
    const html = await page(dpo, '/admin');
    const report = lintPolicy(t.policy);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(html).toContain(`<strong>${report.summary.error}</strong> error`);
    expect(html).toContain(`<strong>${report.summary.warning}</strong> warning`);
    const rows = html.match(/<span class="badge (error|warning|info)">/g) ?? [];
    expect(rows).toHaveLength(report.findings.length);
    for (const f of report.findings) expect(html).toContain(f.rule);
    for (const a of buildRegister(t.policy.policy).activities) {
      expect(html).toContain(a.purpose.replaceAll('&', '&amp;').replaceAll("'", '&#39;'));
    }
  });

  it('shows the register in each of its languages', async () => {
    const nl = await page(auditor, '/admin/register');
    const en = await page(auditor, '/admin/register?lang=en');
    expect(nl).toContain('Bewaartermijnen');
    expect(en).toContain('Erasure time limits');
    for (const a of buildRegister(t.policy.policy, { lang: 'en' }).activities) {
      expect(en).toContain(`id="act-${a.id}"`);
    }
    await page(auditor, '/admin/policy');
  });

  it('shows the audit log with the result of verifying the chain, and a break when an entry was altered', async () => {
    const ok = await page(auditor, '/admin/audit');
    expect(ok).toContain('Chain intact.');
    expect(ok).toContain('user.signed_in');
    const { rows } = await db.query<{ seq: number }>(
      `select seq from grondslag.audit_log where action = 'user.created' order by seq limit 1`,
    );
    const seq = rows[0]!.seq;
    // Tampering as the table owner, who can switch off the append-only trigger.
    await db.exec(`alter table grondslag.audit_log disable trigger audit_log_no_update_or_delete;
      update grondslag.audit_log set data = '{"role":"dpo","x":1}' where seq = ${seq};
      alter table grondslag.audit_log enable trigger audit_log_no_update_or_delete;`);
    const broken = await page(auditor, '/admin/audit');
    expect(broken).toContain(`Chain broken at entry ${seq}`);
  });

  it('shows a new API token once and never again', async () => {
    const created = await dpo.post(
      '/admin/tokens',
      { name: 'nightly export', role: 'auditor' },
      { csrfFrom: '/admin/users' },
    );
    expect(created.status).toBe(201);
    const secret = /class="secret">(gs_[^<]+)</.exec(await created.text())?.[1];
    expect(secret).toBeDefined();
    const later = await page(dpo, '/admin/users');
    expect(later).toContain('nightly export');
    expect(later).not.toContain(secret!);
    const me = await t.app.request('/api/me', { headers: { authorization: `Bearer ${secret}` } });
    expect(me.status).toBe(200);
  });

  it('escapes what people typed when it is shown again', async () => {
    const res = await dpo.post(
      '/admin/users',
      { email: '<b>x</b>@example.org', role: 'operator' },
      { csrfFrom: '/admin/users' },
    );
    const html = await res.text();
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;@example.org');
    expect(html).not.toContain('<b>x</b>');
    // The token for the next form is bound to the session, not to the failed request.
    expect(csrfIn(html)).toBe(csrfIn(await (await dpo.get('/admin')).text()));
  });

  it('sends no script and no inline style on any page (the CSP allows neither)', async () => {
    expect(visited.length).toBeGreaterThan(6);
    for (const html of visited) {
      // The one script is the portal's statistics tracker, a file from this origin (src/stats/).
      expect(html.replace('<script defer src="/stats/t.js"></script>', '')).not.toMatch(/<script/i);
      expect(html).not.toMatch(/\sstyle=/i);
      expect(html).not.toMatch(/<style/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
    }
  });
});
