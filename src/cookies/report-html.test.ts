import { describe, expect, it } from 'vitest';
import { policyWith } from '../../test/helpers/policy-variants.js';
import { buildReport } from './build-report.js';
import type { AuditObservation } from './report.js';
import { cookieReportPage } from './report-html.js';

const hostile = '<img src=x onerror=alert(1)>';

const observation: AuditObservation = {
  url: 'https://www.cloudaware.eu/',
  site: 'cloudaware.eu',
  startedAt: '2026-03-02T05:15:00.000Z',
  finishedAt: '2026-03-02T05:15:20.000Z',
  browser: 'HeadlessChrome/156',
  passes: [
    {
      kind: 'before-consent',
      startedAt: '2026-03-02T05:15:00.000Z',
      finishedAt: '2026-03-02T05:15:10.000Z',
      pages: [{ url: 'https://www.cloudaware.eu/', status: 200 }],
      firstPartyRequests: 3,
    },
  ],
  cookies: [
    {
      pass: 'before-consent',
      name: hostile,
      domain: 'www.cloudaware.eu',
      path: '/',
      expires: null,
      lifetimeSeconds: null,
      httpOnly: false,
      secure: true,
      sameSite: 'Lax',
      party: 'first',
      page: 'https://www.cloudaware.eu/"><script>alert(2)</script>',
      setBy: { source: 'script', url: 'https://cdn.example/a.js?<b>', party: 'third' },
    },
  ],
  storage: [],
  requests: [],
};

describe('cookieReportPage', () => {
  it('escapes everything the site controls and carries no script', () => {
    const page = cookieReportPage(buildReport(observation, policyWith('example'))).value;
    expect(page).not.toContain(hostile);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('cookie-undeclared');
  });
});
