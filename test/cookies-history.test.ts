import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit/records.js';
import { verifyAuditChain } from '../src/audit/verify.js';
import { buildReport } from '../src/cookies/build-report.js';
import type { AuditObservation, ObservedCookie } from '../src/cookies/report.js';
import { getCookieAudit, listCookieAudits, recordCookieAudits } from '../src/cookies/store.js';
import type { Db } from '../src/store/db.js';
import { policyWith } from './helpers/policy-variants.js';
import { testStores } from './helpers/store.js';

/**
 * The history of cookie audits on both store drivers: each run is kept with its report and what
 * changed since the previous completed run of the same page; failed runs are kept but never become
 * the baseline; every run leaves an audit-log entry.
 */

const policy = policyWith('example');
const URL_A = 'https://www.cloudaware.eu/';

function cookie(name: string, setBy: string): ObservedCookie {
  return {
    pass: 'before-consent',
    name,
    domain: 'www.cloudaware.eu',
    path: '/',
    expires: null,
    lifetimeSeconds: null,
    httpOnly: false,
    secure: true,
    sameSite: 'Lax',
    party: 'first',
    page: URL_A,
    setBy: { source: 'script', url: setBy, party: setBy.startsWith(URL_A) ? 'first' : 'third' },
  };
}

function observation(cookies: ObservedCookie[], thirdParty: string[]): AuditObservation {
  return {
    url: URL_A,
    site: 'cloudaware.eu',
    startedAt: '2026-03-02T05:15:00.000Z',
    finishedAt: '2026-03-02T05:15:20.000Z',
    browser: 'HeadlessChrome/156',
    passes: [
      {
        kind: 'before-consent',
        startedAt: '',
        finishedAt: '',
        pages: [{ url: URL_A, status: 200 }],
        firstPartyRequests: 4,
      },
    ],
    cookies,
    storage: [],
    requests: thirdParty.map((url) => ({
      pass: 'before-consent' as const,
      url,
      host: new URL(url).host,
      site: new URL(url).hostname,
      type: 'script',
      method: 'GET',
      page: URL_A,
    })),
  };
}

describe.each(testStores)('cookie audit history on $name', (store) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    if (!store.available) return;
    ({ db, close } = await store.open());
  });
  afterAll(async () => {
    await close?.();
  });

  it.skipIf(!store.available)('keeps each run with the changes since the last completed one', async () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 5, minute));
    const first = buildReport(
      observation([cookie('sessionid', URL_A)], ['https://cdn.example/app.js']),
      policy,
    );
    const second = buildReport(
      observation(
        [cookie('sessionid', URL_A), cookie('_ga', 'https://www.googletagmanager.com/gtag/js')],
        ['https://cdn.example/app.js', 'https://www.googletagmanager.com/gtag/js'],
      ),
      policy,
    );
    const third = buildReport(
      observation([cookie('_ga', 'https://www.googletagmanager.com/gtag/js')], []),
      policy,
    );

    const [r1] = await db.transaction((tx) =>
      recordCookieAudits(tx, [{ url: URL_A, startedAt: at(0), finishedAt: at(1), report: first }]),
    );
    const [r2, failed] = await db.transaction((tx) =>
      recordCookieAudits(tx, [
        { url: URL_A, startedAt: at(10), finishedAt: at(11), report: second },
        {
          url: 'https://shop.cloudaware.eu/',
          startedAt: at(9),
          finishedAt: at(12),
          error: 'net::ERR_CONNECTION_REFUSED',
        },
      ]),
    );
    const [failedAgain] = await db.transaction((tx) =>
      recordCookieAudits(tx, [
        { url: URL_A, startedAt: at(20), finishedAt: at(21), error: 'Chromium crashed' },
      ]),
    );
    const [r3] = await db.transaction((tx) =>
      recordCookieAudits(tx, [{ url: URL_A, startedAt: at(30), finishedAt: at(31), report: third }]),
    );

    expect(r1?.diff).toMatchObject({ previousRunId: null, newCookies: [] });
    expect(r2?.diff?.previousRunId).toBe(r1?.id);
    expect(r2?.diff?.newCookies.map((c) => [c.name, c.category])).toEqual([['_ga', 'analytics']]);
    expect(r2?.diff?.newThirdParties).toEqual(['www.googletagmanager.com']);
    expect(r2?.errors).toBeGreaterThan(0);
    expect(failed).toMatchObject({ status: 'failed', error: 'net::ERR_CONNECTION_REFUSED', diff: null });
    expect(failedAgain?.status).toBe('failed');
    // The failed run in between is not the baseline: the third run is compared with the second.
    expect(r3?.diff?.previousRunId).toBe(r2?.id);
    expect(r3?.diff?.goneCookies.map((c) => c.name)).toEqual(['sessionid']);
    expect(r3?.diff?.goneThirdParties).toEqual(['cdn.example', 'www.googletagmanager.com']);

    const listed = await listCookieAudits(db);
    expect(listed.map((r) => r.id)).toEqual([r3?.id, failedAgain?.id, r2?.id, failed?.id, r1?.id]);
    const stored = await getCookieAudit(db, r2?.id as string);
    expect(stored?.report?.cookies.map((c) => c.name)).toEqual(['sessionid', '_ga']);
    expect(stored?.report?.findings.some((f) => f.rule === 'analytics-not-privacy-friendly')).toBe(true);
    expect(await getCookieAudit(db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await getCookieAudit(db, 'not-a-uuid')).toBeUndefined();

    const audit = (await listAudit(db, { limit: 50 })).filter((a) => a.subjectType === 'cookie_audit');
    expect(audit.map((a) => a.action).sort()).toEqual([
      'cookies.audit_failed',
      'cookies.audit_failed',
      'cookies.audited',
      'cookies.audited',
      'cookies.audited',
    ]);
    expect(audit.find((a) => a.subjectId === r2?.id)?.data).toMatchObject({
      newCookies: 1,
      newThirdParties: 1,
    });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
