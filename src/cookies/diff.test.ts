import { describe, expect, it } from 'vitest';
import { diffAudits } from './diff.js';
import type { CookieAuditReport, CookieRecord } from './report.js';

function report(
  cookies: [string, CookieRecord['pass'], CookieRecord['classification']['category']][],
  hosts: string[],
  errors = 0,
) {
  return {
    cookies: cookies.map(([name, pass, category]) => ({
      name,
      pass,
      domain: 'www.cloudaware.eu',
      setBy: { source: 'header', url: 'https://www.cloudaware.eu/' },
      classification: { category, source: 'heuristic' },
    })),
    summary: { error: errors, warning: 0, info: 0, cookies: cookies.length, storage: 0, thirdParties: hosts },
  } as unknown as CookieAuditReport;
}

describe('diffAudits', () => {
  it('lists new and gone cookies and third parties, once per cookie whatever the passes', () => {
    const before = report(
      [
        ['sessionid', 'before-consent', 'functional'],
        ['old', 'before-consent', 'unknown'],
      ],
      ['cdn.example'],
    );
    const now = report(
      [
        ['sessionid', 'before-consent', 'functional'],
        ['_fbp', 'before-consent', 'marketing'],
        ['_fbp', 'after-consent', 'marketing'],
      ],
      ['cdn.example', 'connect.facebook.net'],
      3,
    );
    const d = diffAudits(before, now, 'run-1');
    expect(d.previousRunId).toBe('run-1');
    expect(d.newCookies).toEqual([
      expect.objectContaining({
        name: '_fbp',
        category: 'marketing',
        passes: ['before-consent', 'after-consent'],
      }),
    ]);
    expect(d.goneCookies.map((c) => c.name)).toEqual(['old']);
    expect(d.newThirdParties).toEqual(['connect.facebook.net']);
    expect(d.goneThirdParties).toEqual([]);
    expect(d.errorDelta).toBe(3);
  });

  it('reports nothing as new on a first run', () => {
    const d = diffAudits(null, report([['sessionid', 'before-consent', 'functional']], ['cdn.example']));
    expect(d).toEqual({
      previousRunId: null,
      newCookies: [],
      goneCookies: [],
      newThirdParties: [],
      goneThirdParties: [],
      errorDelta: 0,
    });
  });
});
