import type { LintRule, RuleFinding } from '../rule.js';

/**
 * Tw art. 11.7a: storing or reading cookies needs consent unless strictly necessary or analytics with
 * little or no privacy impact. Tracking (marketing) cookies always need consent, and so does analytics
 * that is not set up the privacy-friendly way. Consent-based cookies need a purpose resting on consent.
 */
export const cookiesNeedConsent: LintRule = {
  id: 'cookies-need-consent',
  severity: 'error',
  article: 'Tw art. 11.7a',
  title: 'cookies that need consent go with a purpose that rests on consent',
  check(policy) {
    if (policy.activities.some((a) => a.legalBasis === 'consent')) return [];
    const { cookies } = policy;
    const declared = cookies.declared === 'unstated' ? [] : cookies.declared;
    const findings: RuleFinding[] = [];
    const used = (category: 'marketing' | 'analytics') =>
      cookies.categoriesUsed.includes(category) || declared.some((c) => c.category === category);
    if (used('marketing')) {
      findings.push({
        path: ['cookies', 'categoriesUsed'],
        message:
          'marketing cookies are declared, but no purpose rests on consent: ask consent before placing them (and set that purpose’s legalBasis to consent), or stop using them',
      });
    }
    if (used('analytics') && !cookies.privacyFriendlyAnalytics) {
      findings.push({
        path: ['cookies', 'privacyFriendlyAnalytics'],
        message:
          'analytics cookies are used without the privacy-friendly set-up (IP truncated, no sharing, no linking), so they need consent, but no purpose rests on consent: configure privacy-friendly analytics or ask consent',
      });
    }
    return findings;
  },
};
