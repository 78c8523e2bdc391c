import { maxDays, parseDuration } from '../policy/duration.js';
import type { Policy } from '../policy/schema.js';
import { declaredCategory } from './classify.js';
import type {
  CookieCategory,
  CookieRecord,
  Finding,
  PassKind,
  RequestRecord,
  Setter,
  Severity,
  StorageRecord,
} from './report.js';

/**
 * Holds what the browser saw against what the policy says. Tw art. 11.7a: storing or reading
 * anything on a visitor's device needs clear information and consent, except what is strictly
 * necessary for the service asked for and analytics with little or no privacy impact (the AP's
 * conditions: IP truncated, nothing shared, no linking to other services, visitors informed).
 * Tracking always needs consent. GDPR Art. 13 requires the statement to name what is collected and
 * who receives it.
 *
 * Rules (stable ids):
 * - `tracking-before-consent` (error): a marketing cookie, key or request before any consent.
 * - `category-not-in-policy` (error): marketing or analytics the statement does not say it uses.
 * - `analytics-not-privacy-friendly` (error): analytics that a third party sets or receives (the
 *   full IP address goes to it) before consent, or at any time while the policy claims
 *   privacy-friendly analytics.
 * - `cookie-undeclared` (error for analytics and marketing, warning otherwise): not in
 *   `cookies.declared`.
 * - `lifetime-exceeds-declared` (warning): kept longer than the policy says.
 */

const TW = 'Tw art. 11.7a';

interface PolicyView {
  categoriesUsed: Set<CookieCategory>;
  privacyFriendlyAnalytics: boolean;
  listed: boolean;
}

function policyView(cookies: Policy['cookies']): PolicyView {
  return {
    categoriesUsed: new Set(cookies.categoriesUsed.map((c) => declaredCategory(c))),
    privacyFriendlyAnalytics: cookies.privacyFriendlyAnalytics,
    listed: cookies.declared !== 'unstated',
  };
}

/** A cookie or storage key, judged by the same rules (Tw art. 11.7a covers both). */
interface Stored {
  pass: PassKind;
  page: string;
  kind: 'cookie' | 'localStorage' | 'sessionStorage';
  name: string;
  where: string;
  category: CookieCategory;
  declared: boolean;
  /** Set or written by, or belonging to, another site. */
  thirdParty: boolean;
  setBy: Setter;
  lifetimeSeconds: number | null;
  declaredLifetime?: string;
  subject: Finding['subject'];
}

function fromCookie(c: CookieRecord): Stored {
  return {
    pass: c.pass,
    page: c.page,
    kind: 'cookie',
    name: c.name,
    where: c.domain,
    category: c.classification.category,
    declared: c.classification.source === 'policy',
    thirdParty: c.party === 'third' || c.setBy.party === 'third',
    setBy: c.setBy,
    lifetimeSeconds: c.lifetimeSeconds,
    declaredLifetime: c.classification.source === 'policy' ? c.classification.lifetime : undefined,
    subject: { kind: 'cookie', name: c.name, domain: c.domain },
  };
}

function fromStorage(s: StorageRecord): Stored {
  return {
    pass: s.pass,
    page: s.page,
    kind: s.area,
    name: s.key,
    where: s.origin,
    category: s.classification.category,
    declared: s.classification.source === 'policy',
    thirdParty: s.party === 'third' || s.setBy.party === 'third',
    setBy: s.setBy,
    lifetimeSeconds: null,
    subject: { kind: s.area, name: s.key, origin: s.origin },
  };
}

function describe(s: Stored): string {
  const what =
    s.kind === 'cookie' ? `cookie "${s.name}" (${s.where})` : `${s.kind} key "${s.name}" (${s.where})`;
  const by =
    s.setBy.source === 'unknown'
      ? ''
      : s.setBy.source === 'header'
        ? `, set by a Set-Cookie header from ${s.setBy.url}`
        : `, written by ${s.setBy.inline ? 'an inline script in ' : 'the script '}${s.setBy.url}`;
  return `${what}${by}`;
}

function when(pass: PassKind): string {
  return pass === 'before-consent' ? 'before any consent' : 'after consent';
}

function judgeStored(s: Stored, p: PolicyView): Omit<Finding, 'pass' | 'page' | 'subject' | 'setBy'>[] {
  const out: Omit<Finding, 'pass' | 'page' | 'subject' | 'setBy'>[] = [];
  const base = { category: s.category };
  if (s.category === 'marketing' && s.pass === 'before-consent') {
    out.push({
      ...base,
      rule: 'tracking-before-consent',
      severity: 'error',
      message: `marketing ${describe(s)} is stored ${when(s.pass)}: tracking needs prior consent`,
      articles: [TW],
    });
  }
  if ((s.category === 'marketing' || s.category === 'analytics') && !p.categoriesUsed.has(s.category)) {
    out.push({
      ...base,
      rule: 'category-not-in-policy',
      severity: 'error',
      message: `${s.category} ${describe(s)}: the statement says only ${[...p.categoriesUsed].join(' and ') || 'no'} cookies are used`,
      articles: [TW, 'GDPR Art. 13(1)(c)'],
    });
  }
  if (
    s.category === 'analytics' &&
    s.thirdParty &&
    (s.pass === 'before-consent' || p.privacyFriendlyAnalytics)
  ) {
    out.push({
      ...base,
      rule: 'analytics-not-privacy-friendly',
      severity: 'error',
      message: `analytics ${describe(s)} involves a third party ${when(s.pass)}${
        p.privacyFriendlyAnalytics ? ', yet the policy claims privacy-friendly analytics' : ''
      }: analytics is only exempt from consent when nothing is shared with a third party`,
      articles: [TW, 'AP conditions for consent-free analytics'],
    });
  }
  if (!s.declared) {
    // With no list at all, analytics of a declared category is a gap in the information, not a hidden cookie.
    const serious =
      s.category === 'marketing' ||
      (s.category === 'analytics' && (p.listed || !p.categoriesUsed.has('analytics')));
    out.push({
      ...base,
      rule: 'cookie-undeclared',
      severity: serious ? 'error' : 'warning',
      message: `${describe(s)} is not declared in the policy's cookies (classified as ${s.category})`,
      articles: [TW, 'GDPR Art. 13'],
    });
  }
  if (s.declared && s.declaredLifetime) {
    const excess = lifetimeExcess(s.lifetimeSeconds, s.declaredLifetime);
    if (excess) {
      out.push({
        ...base,
        rule: 'lifetime-exceeds-declared',
        severity: 'warning',
        message: `${describe(s)} ${excess}`,
        articles: ['GDPR Art. 13(2)(a)'],
      });
    }
  }
  return out;
}

/** Why an observed lifetime exceeds the declared one, or undefined when it does not. */
export function lifetimeExcess(lifetimeSeconds: number | null, declared: string): string | undefined {
  if (declared === 'session') {
    return lifetimeSeconds === null
      ? undefined
      : `persists for ${Math.round(lifetimeSeconds / 86400)} days, but the policy declares a session cookie`;
  }
  const d = parseDuration(declared);
  if (!d || lifetimeSeconds === null) return undefined;
  // A day of slack: servers compute expiry from their own clock and round.
  const limit = (maxDays(d) + 1) * 86400;
  return lifetimeSeconds > limit
    ? `expires after ${Math.round(lifetimeSeconds / 86400)} days, longer than the declared ${declared}`
    : undefined;
}

function judgeRequest(
  r: RequestRecord,
  p: PolicyView,
): Omit<Finding, 'pass' | 'page' | 'subject' | 'setBy'>[] {
  if (r.category === 'other') return [];
  const out: Omit<Finding, 'pass' | 'page' | 'subject' | 'setBy'>[] = [];
  const what = `request to third party ${r.host} (${r.type}${r.reason ? `; ${r.reason}` : ''})`;
  const articles = [TW, 'GDPR Art. 13(1)(e)'];
  if (r.category === 'marketing') {
    if (r.pass === 'before-consent') {
      out.push({
        rule: 'tracking-before-consent',
        severity: 'error',
        category: 'marketing',
        message: `marketing ${what} ${when(r.pass)}: tracking needs prior consent`,
        articles,
      });
    }
    if (!p.categoriesUsed.has('marketing')) {
      out.push({
        rule: 'category-not-in-policy',
        severity: 'error',
        category: 'marketing',
        message: `marketing ${what}: the statement says no marketing cookies or trackers are used`,
        articles,
      });
    }
  } else if (r.pass === 'before-consent' || p.privacyFriendlyAnalytics) {
    out.push({
      rule: 'analytics-not-privacy-friendly',
      severity: 'error',
      category: 'analytics',
      message: `analytics ${what} ${when(r.pass)}: the visitor's full IP address goes to a third party${
        p.privacyFriendlyAnalytics ? ', yet the policy claims privacy-friendly analytics' : ''
      }`,
      articles: [TW, 'AP conditions for consent-free analytics', 'GDPR Art. 13(1)(e)'],
    });
  }
  return out;
}

/**
 * The findings for one audit. A cookie seen on both passes is judged once, on its first pass, so
 * that "before consent" findings are not repeated for the after-consent pass; requests are judged
 * once per pass, host and category.
 *
 * @example
 *   const findings = verdict({ cookies, storage, requests }, policy.cookies);
 *   findings.filter((f) => f.severity === 'error').length; // > 0 → exit 1
 */
export function verdict(
  seen: { cookies: CookieRecord[]; storage: StorageRecord[]; requests: RequestRecord[] },
  cookies: Policy['cookies'],
): Finding[] {
  const p = policyView(cookies);
  const findings: Finding[] = [];
  const judged = new Set<string>();
  const stored = [...seen.cookies.map(fromCookie), ...seen.storage.map(fromStorage)];
  for (const s of stored) {
    for (const f of judgeStored(s, p)) {
      // Later passes repeat what an earlier one showed; a stricter earlier finding stands for both.
      const key = `${f.rule}|${s.kind}|${s.name}|${s.where}`;
      if (judged.has(key)) continue;
      judged.add(key);
      findings.push({ ...f, pass: s.pass, page: s.page, subject: s.subject, setBy: s.setBy });
    }
  }
  for (const r of seen.requests) {
    for (const f of judgeRequest(r, p)) {
      const key = `${f.rule}|request|${r.host}|${r.category}`;
      if (judged.has(key)) continue;
      judged.add(key);
      findings.push({
        ...f,
        pass: r.pass,
        page: r.page,
        subject: { kind: 'request', url: r.url, host: r.host },
        setBy: r.initiator ? { source: 'script', url: r.initiator, frameUrl: r.frameUrl } : undefined,
      });
    }
  }
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return findings.sort((a, b) => order[a.severity] - order[b.severity]);
}
