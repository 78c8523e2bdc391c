import { describe, expect, it } from 'vitest';
import type { Policy } from '../policy/schema.js';
import type { CookieRecord, Finding, PassKind, RequestRecord, StorageRecord } from './report.js';
import { classifyRequest } from './trackers.js';
import { lifetimeExcess, verdict } from './verdict.js';

const cloudAware: Policy['cookies'] = {
  categoriesUsed: ['functional', 'analytics'],
  privacyFriendlyAnalytics: true,
  declared: [
    {
      name: 'sessionid',
      provider: 'CloudAware',
      category: 'functional',
      purpose: { en: 'Session' },
      lifetime: 'session',
      firstParty: true,
    },
    {
      name: 'stats_day',
      provider: 'CloudAware',
      category: 'analytics',
      purpose: { en: 'Stats' },
      lifetime: 'P1D',
      firstParty: true,
    },
  ],
  optOut: { en: 'Browser settings' },
};

function cookie(name: string, over: Partial<CookieRecord> = {}): CookieRecord {
  const declared = cloudAware.declared !== 'unstated' && cloudAware.declared.find((d) => d.name === name);
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
    page: 'https://www.cloudaware.eu/',
    setBy: { source: 'header', url: 'https://www.cloudaware.eu/', party: 'first' },
    classification: declared
      ? {
          category: declared.category === 'preferences' ? 'functional' : declared.category,
          source: 'policy',
          matched: name,
          lifetime: declared.lifetime,
        }
      : { category: 'unknown', source: 'none' },
    ...over,
  };
}

function request(url: string, pass: PassKind, category: RequestRecord['category']): RequestRecord {
  const u = new URL(url);
  return {
    pass,
    url,
    host: u.host,
    site: u.hostname,
    type: 'image',
    method: 'GET',
    page: 'https://www.cloudaware.eu/',
    category,
  };
}

const rules = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule}`).sort();
const none = { storage: [] as StorageRecord[], requests: [] as RequestRecord[] };

describe('verdict', () => {
  it('accepts declared first-party functional and analytics cookies', () => {
    const seen = [cookie('sessionid'), cookie('stats_day', { lifetimeSeconds: 3600 })];
    expect(verdict({ ...none, cookies: seen }, cloudAware)).toEqual([]);
  });

  it('calls a marketing cookie before consent tracking, and judges it once across passes', () => {
    const fbp = (pass: PassKind) =>
      cookie('_fbp', {
        pass,
        classification: { category: 'marketing', source: 'open-cookie-database', provider: 'Facebook' },
        setBy: { source: 'script', url: 'https://connect.facebook.net/en_US/fbevents.js', party: 'third' },
      });
    const findings = verdict({ ...none, cookies: [fbp('before-consent'), fbp('after-consent')] }, cloudAware);
    expect(rules(findings)).toEqual([
      'error category-not-in-policy',
      'error cookie-undeclared',
      'error tracking-before-consent',
    ]);
    expect(findings.every((f) => f.pass === 'before-consent')).toBe(true);
    expect(findings[0]?.setBy?.url).toBe('https://connect.facebook.net/en_US/fbevents.js');
  });

  it('accepts marketing after consent when the policy declares it, but never before', () => {
    const policy: Policy['cookies'] = {
      ...cloudAware,
      categoriesUsed: ['functional', 'marketing'],
      declared: [
        {
          name: 'IDE',
          provider: 'Google',
          category: 'marketing',
          purpose: { en: 'Ads' },
          lifetime: 'P1Y',
          firstParty: false,
        },
      ],
    };
    const ide = (pass: PassKind) =>
      cookie('IDE', {
        pass,
        party: 'third',
        classification: { category: 'marketing', source: 'policy', matched: 'IDE', lifetime: 'P1Y' },
      });
    expect(verdict({ ...none, cookies: [ide('after-consent')] }, policy)).toEqual([]);
    expect(rules(verdict({ ...none, cookies: [ide('before-consent')] }, policy))).toEqual([
      'error tracking-before-consent',
    ]);
  });

  it('holds third-party analytics against a privacy-friendly claim, and before consent always', () => {
    const ga = (pass: PassKind) =>
      cookie('_ga', {
        pass,
        classification: {
          category: 'analytics',
          source: 'open-cookie-database',
          provider: 'Google Analytics',
        },
        setBy: { source: 'script', url: 'https://www.googletagmanager.com/gtag/js', party: 'third' },
      });
    expect(rules(verdict({ ...none, cookies: [ga('after-consent')] }, cloudAware))).toEqual([
      'error analytics-not-privacy-friendly',
      'error cookie-undeclared',
    ]);
    const noClaim = { ...cloudAware, privacyFriendlyAnalytics: false };
    expect(rules(verdict({ ...none, cookies: [ga('after-consent')] }, noClaim))).toEqual([
      'error cookie-undeclared',
    ]);
    expect(rules(verdict({ ...none, cookies: [ga('before-consent')] }, noClaim))).toEqual([
      'error analytics-not-privacy-friendly',
      'error cookie-undeclared',
    ]);
  });

  it('rates undeclared cookies by what they are and whether the policy lists cookies at all', () => {
    const fn = cookie('theme', { classification: { category: 'functional', source: 'heuristic' } });
    const an = cookie('_pk_id.1', {
      classification: { category: 'analytics', source: 'open-cookie-database' },
    });
    expect(rules(verdict({ ...none, cookies: [fn] }, cloudAware))).toEqual(['warning cookie-undeclared']);
    expect(rules(verdict({ ...none, cookies: [an] }, cloudAware))).toEqual(['error cookie-undeclared']);
    // With no list at all, first-party analytics of a declared category is a gap to fill, not a hidden cookie.
    expect(rules(verdict({ ...none, cookies: [an] }, { ...cloudAware, declared: 'unstated' }))).toEqual([
      'warning cookie-undeclared',
    ]);
  });

  it('warns when a cookie outlives its declared lifetime', () => {
    const long = cookie('stats_day', { lifetimeSeconds: 30 * 86400 });
    const persistentSession = cookie('sessionid', { lifetimeSeconds: 400 * 86400 });
    expect(rules(verdict({ ...none, cookies: [long, persistentSession] }, cloudAware))).toEqual([
      'warning lifetime-exceeds-declared',
      'warning lifetime-exceeds-declared',
    ]);
    expect(lifetimeExcess(86400, 'P1D')).toBeUndefined();
    expect(lifetimeExcess(null, 'P1Y')).toBeUndefined();
  });

  it('judges third-party requests: pixels are tracking, analytics beacons hand over the IP address', () => {
    const requests = [
      request('https://px.ads.example/pixel.gif?e=1', 'before-consent', 'marketing'),
      request('https://px.ads.example/pixel.gif?e=2', 'before-consent', 'marketing'),
      request('https://stats.example/collect', 'after-consent', 'analytics'),
      request('https://fonts.example/font.woff2', 'before-consent', 'other'),
    ];
    const findings = verdict({ cookies: [], storage: [], requests }, cloudAware);
    expect(
      findings.map((f) => `${f.rule} ${f.subject.kind === 'request' ? f.subject.host : ''}`).sort(),
    ).toEqual([
      'analytics-not-privacy-friendly stats.example',
      'category-not-in-policy px.ads.example',
      'tracking-before-consent px.ads.example',
    ]);
  });

  it('judges storage keys like cookies', () => {
    const key: StorageRecord = {
      pass: 'before-consent',
      area: 'localStorage',
      origin: 'https://www.cloudaware.eu',
      key: '_hjid',
      party: 'first',
      page: 'https://www.cloudaware.eu/',
      setBy: { source: 'script', url: 'https://static.hotjar.com/c/hotjar.js', party: 'third' },
      classification: { category: 'analytics', source: 'open-cookie-database', provider: 'Hotjar' },
    };
    const findings = verdict({ cookies: [], storage: [key], requests: [] }, cloudAware);
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'analytics-not-privacy-friendly',
      'cookie-undeclared',
    ]);
    expect(findings[0]?.subject).toEqual({
      kind: 'localStorage',
      name: '_hjid',
      origin: 'https://www.cloudaware.eu',
    });
  });
});

describe('classifyRequest', () => {
  it('knows tracker hosts, learns from what a host stores, and reads beacon and pixel URLs', () => {
    expect(
      classifyRequest('https://www.google-analytics.com/g/collect?v=2', { cookieCategories: [] }).category,
    ).toBe('analytics');
    expect(
      classifyRequest('https://connect.facebook.net/en_US/fbevents.js', { cookieCategories: [] }).category,
    ).toBe('marketing');
    expect(classifyRequest('https://cdn.example/widget', { cookieCategories: ['marketing'] }).category).toBe(
      'marketing',
    );
    expect(classifyRequest('https://t.example/pixel.gif?id=1', { cookieCategories: [] }).category).toBe(
      'marketing',
    );
    expect(classifyRequest('https://t.example/collect?id=1', { cookieCategories: [] }).category).toBe(
      'analytics',
    );
    expect(
      classifyRequest('https://fonts.example/inter.woff2', { cookieCategories: ['functional'] }).category,
    ).toBe('other');
  });
});
