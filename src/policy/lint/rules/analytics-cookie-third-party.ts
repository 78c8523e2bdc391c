import type { LintRule } from '../rule.js';

/**
 * The AP exempts analytics from consent only with little or no privacy impact: among its conditions,
 * no sharing of data with third parties. A third-party analytics cookie shares by construction, so a
 * policy that claims privacy-friendly analytics while declaring one contradicts itself.
 */
export const analyticsCookieThirdParty: LintRule = {
  id: 'analytics-cookie-third-party',
  severity: 'warning',
  article: 'Tw art. 11.7a',
  title: 'analytics called privacy-friendly uses no third-party cookies',
  check(policy) {
    const { cookies } = policy;
    if (!cookies.privacyFriendlyAnalytics || cookies.declared === 'unstated') return [];
    return cookies.declared.flatMap((c, i) =>
      c.category === 'analytics' && !c.firstParty
        ? [
            {
              path: ['cookies', 'declared', i],
              message: `analytics is declared privacy-friendly, but cookie "${c.name}" of ${c.provider} is a third-party cookie, so data is shared and the consent exemption does not hold: ask consent for it, or replace it with first-party analytics`,
            },
          ]
        : [],
    );
  },
};
