import type { Policy } from '../policy/schema.js';
import { lookupOcd, type OcdDatabase, ocdCategory, openCookieDatabase } from './ocd.js';
import type { Classification, CookieCategory, Party } from './report.js';

/**
 * Classifies a cookie or storage key by name, in order of authority: the policy's own declaration
 * (what the organisation says it is), the bundled Open Cookie Database (what the platform says it
 * is), name heuristics (what such names usually are), else `unknown`.
 */

export type DeclaredCookies = Policy['cookies']['declared'];
type DeclaredCookie = Exclude<DeclaredCookies, 'unstated'>[number];

/** The policy's categories in ours: a preference cookie serves the visitor, so it is functional. */
export function declaredCategory(category: DeclaredCookie['category']): CookieCategory {
  return category === 'preferences' ? 'functional' : category;
}

/**
 * Whether a declared name matches: exact, or a pattern with `*` for any run of characters
 * (`_ga_*` declares every `_ga_<container>` cookie).
 *
 * @example
 *   declaredNameMatches('_ga_*', '_ga_ABC123'); // true
 */
export function declaredNameMatches(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(name);
}

/**
 * Names too common to pin on one platform (`token`, `lang`, `sid`, two-letter names): the database
 * lists them for some platform's own domain, so on the audited site's own domain they say nothing
 * about that platform and are left to the heuristics.
 */
const genericNames = new Set([
  'sid',
  'id',
  'nid',
  'aid',
  'token',
  'uid',
  'uuid',
  'cid',
  'pid',
  'fid',
  'oid',
  'lang',
  'locale',
  'callback',
  'viewer',
  'audience',
  'frontend',
  'secret',
  'cart',
  'player',
  'autocomplete',
  'inst',
  'disco',
  'rsid',
  'loc',
]);

function isGeneric(name: string): boolean {
  return name.length <= 2 || genericNames.has(name.toLowerCase());
}

interface Heuristic {
  rule: string;
  category: CookieCategory;
  test: RegExp;
}

/**
 * Name patterns, most telling first. Marketing before analytics before functional, so that
 * `_uetsid` (Bing Ads) is not taken for a session id; utm cookies (campaign attribution, counted
 * as analytics like the database's `__utmz`) before the advertising words that `utm_campaign` holds.
 */
const heuristics: Heuristic[] = [
  { rule: 'utm campaign parameters', category: 'analytics', test: /utm/i },
  {
    rule: 'ad-platform prefix (_fbp, _gcl, _uet, _ttp, _pin, _rdt, _scid)',
    category: 'marketing',
    test: /^_(fb[pc]|gcl_|uet|ttp|tt_|pin_|rdt_|scid)/i,
  },
  {
    rule: 'advertising or tracking word (ad, pixel, track, retarget, campaign, affiliate)',
    category: 'marketing',
    test: /(^|[_\-.])(ads?|adid|advert\w*|pixel|track(er|ing)?|retarget\w*|remarketing|campaign|affiliate)([_\-.]|$)/i,
  },
  {
    rule: 'analytics prefix (_ga, _gid, _gat, _pk_, _hj, _clck, mp_, ajs_)',
    category: 'analytics',
    test: /^(_ga($|_)|_gid$|_gat|_pk_|_hj|_cl(ck|sk)|mp_|ajs_|amplitude)/i,
  },
  {
    rule: 'statistics word (analytics, stats, visitor, pageview, metrics)',
    category: 'analytics',
    test: /(^|[_\-.])(analytics?|stats?|statistics|visits?|visitors?|pageviews?|metrics?)([_\-.]|$)/i,
  },
  {
    rule: 'session id',
    category: 'functional',
    test: /(sess(ion)?([_-]?id)?|^sid$|[_-]sid$|^sid[_-]|^__(host|secure)-)/i,
  },
  {
    rule: 'security token (csrf, xsrf, antiforgery)',
    category: 'functional',
    test: /(csrf|xsrf|antiforgery)/i,
  },
  {
    rule: 'consent record',
    category: 'functional',
    test: /(consent|cookie[_-]?(notice|policy|banner|law)|gdpr|^cmp)/i,
  },
  {
    rule: 'preference (language, locale, currency, theme, time zone)',
    category: 'functional',
    test: /^(lang|language|locale|i18n|currency|theme|tz|timezone|dark[_-]?mode)$/i,
  },
  { rule: 'shopping cart', category: 'functional', test: /(cart|basket|wishlist)/i },
  { rule: 'sign-in (auth, login, remember me)', category: 'functional', test: /(auth|login|remember)/i },
  {
    rule: 'load balancer affinity',
    category: 'functional',
    test: /(affinity|sticky|^lb[_-]|^route$|^serverid$)/i,
  },
];

/**
 * Classifies one name.
 *
 * @example
 *   classifyName('_ga', { declared: 'unstated' });
 *   // { category: 'analytics', source: 'open-cookie-database', matched: '_ga', provider: 'Google Analytics', … }
 */
export function classifyName(
  name: string,
  context: { declared: DeclaredCookies; party?: Party; database?: OcdDatabase },
): Classification {
  if (context.declared !== 'unstated') {
    // Exact declarations win over patterns, so `_ga_special` can be declared apart from `_ga_*`.
    const hit =
      context.declared.find((d) => d.name === name) ??
      context.declared.find((d) => declaredNameMatches(d.name, name));
    if (hit) {
      return {
        category: declaredCategory(hit.category),
        source: 'policy',
        matched: hit.name,
        provider: hit.provider,
        lifetime: hit.lifetime,
        declaredCategory: hit.category,
      };
    }
  }
  const row = lookupOcd(name, context.database ?? openCookieDatabase());
  if (row && (context.party === 'third' || !isGeneric(name))) {
    return {
      category: ocdCategory(row.category),
      source: 'open-cookie-database',
      matched: row.name,
      provider: row.platform,
      lifetime: row.retention,
    };
  }
  const h = heuristics.find((x) => x.test.test(name));
  if (h) return { category: h.category, source: 'heuristic', matched: h.rule };
  return { category: 'unknown', source: 'none' };
}
