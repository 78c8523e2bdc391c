import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyName, type DeclaredCookies, declaredNameMatches } from './classify.js';
import { ocdPath, openCookieDatabase } from './ocd.js';

const declared: DeclaredCookies = [
  {
    name: '_ga_*',
    provider: 'Google',
    category: 'analytics',
    purpose: { en: 'Statistics' },
    lifetime: 'P1Y',
    firstParty: true,
  },
  {
    name: '_ga_SPECIAL',
    provider: 'Us',
    category: 'functional',
    purpose: { en: 'Odd' },
    lifetime: 'session',
    firstParty: true,
  },
  {
    name: 'lang',
    provider: 'Us',
    category: 'preferences',
    purpose: { en: 'Language' },
    lifetime: 'P1Y',
    firstParty: true,
  },
];

describe('classifyName', () => {
  it('takes the policy’s declaration first, exact names before patterns, preferences as functional', () => {
    expect(classifyName('_ga_ABC123', { declared })).toMatchObject({
      category: 'analytics',
      source: 'policy',
      matched: '_ga_*',
      lifetime: 'P1Y',
    });
    expect(classifyName('_ga_SPECIAL', { declared })).toMatchObject({
      category: 'functional',
      matched: '_ga_SPECIAL',
    });
    expect(classifyName('lang', { declared })).toMatchObject({
      category: 'functional',
      declaredCategory: 'preferences',
      source: 'policy',
    });
  });

  it('then the Open Cookie Database, wildcard rows and placeholder names included', () => {
    expect(classifyName('_ga', { declared: 'unstated' })).toMatchObject({
      category: 'analytics',
      source: 'open-cookie-database',
      provider: 'Google Analytics',
    });
    expect(classifyName('_ga_Q2W3E4', { declared: 'unstated' })).toMatchObject({
      category: 'analytics',
      matched: '_ga_',
    });
    expect(classifyName('_gac_UA-1234', { declared: 'unstated' })).toMatchObject({ category: 'marketing' });
    expect(classifyName('SR42', { declared: 'unstated' })).toMatchObject({
      category: 'marketing',
      provider: 'Adform',
    });
    expect(classifyName('OptanonConsent', { declared: 'unstated' })).toMatchObject({
      category: 'functional',
      provider: 'OneTrust',
    });
  });

  it('does not pin a common name on a platform when it is the site’s own cookie', () => {
    expect(classifyName('token', { declared: 'unstated', party: 'first' }).source).not.toBe(
      'open-cookie-database',
    );
    expect(classifyName('token', { declared: 'unstated', party: 'third' })).toMatchObject({
      source: 'open-cookie-database',
      provider: 'Adform',
    });
    // Cookie names are case-sensitive: the site's `cart` is not Shopify's `Cart`.
    expect(classifyName('cart', { declared: 'unstated' })).toMatchObject({
      source: 'heuristic',
      category: 'functional',
    });
  });

  it('then name heuristics, else unknown', () => {
    const h = (name: string) => classifyName(name, { declared: 'unstated', party: 'first' });
    expect(h('_fbc')).toMatchObject({ category: 'marketing', source: 'heuristic' });
    expect(h('retargeting_id')).toMatchObject({ category: 'marketing' });
    expect(h('utm_campaign')).toMatchObject({ category: 'analytics' });
    expect(h('site_visitor')).toMatchObject({ category: 'analytics' });
    expect(h('shop_session_id')).toMatchObject({ category: 'functional' });
    expect(h('csrftoken')).toMatchObject({ category: 'functional' });
    expect(h('cookie_consent_level')).toMatchObject({ category: 'functional' });
    expect(h('xq7')).toEqual({ category: 'unknown', source: 'none' });
  });

  it('matches declared patterns with * only', () => {
    expect(declaredNameMatches('_pk_id.*', '_pk_id.1.abcd')).toBe(true);
    expect(declaredNameMatches('_pk_id.*', '_pk_idx')).toBe(false);
    expect(declaredNameMatches('a.b', 'axb')).toBe(false);
  });
});

describe('the bundled Open Cookie Database', () => {
  it('ships with its licence, naming the same source commit and date as the data', () => {
    const db = openCookieDatabase();
    const licence = readFileSync(ocdPath.replace(/\.json$/, '.LICENSE'), 'utf8');
    expect(db.entries.length).toBe(581);
    expect(licence).toContain(db.commit);
    expect(licence).toContain(db.copied);
    expect(licence).toContain('Apache License, Version 2.0');
    expect(db.source).toBe('https://github.com/jkwakman/Open-Cookie-Database');
    expect(new Set(db.entries.map((e) => e.category))).toEqual(
      new Set(['Functional', 'Analytics', 'Marketing']),
    );
  });
});
